package careercoach.slack;

/**
 * The app is not (or no longer) installed in the workspace a call is for, so there is no token to call with.
 * {@link WebApi} reports it as {@code not_installed}, which trying again cannot fix.
 */
public final class NotInstalledException extends RuntimeException {
    public NotInstalledException(String teamKey) {
        super("not installed for " + teamKey);
    }
}
