package careercoach.install;

/**
 * A refresh that did not happen. {@code error} is Slack's error code (or what went wrong on the way);
 * {@link #permanent()} when the refresh token is dead and trying again cannot help.
 */
public final class TokenRefreshException extends RuntimeException {
    private final String error;

    public TokenRefreshException(String error, Throwable cause) {
        super("token refresh failed: " + error, cause);
        this.error = error;
    }

    public String error() {
        return error;
    }

    public boolean permanent() {
        return Installations.DEAD_TOKEN_ERRORS.contains(error);
    }
}
