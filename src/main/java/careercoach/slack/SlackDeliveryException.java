package careercoach.slack;

/** A Web API call that failed for good: {@code error} is Slack's error code ({@code not_in_channel}, ...). */
public final class SlackDeliveryException extends Exception {
    private final String method;
    private final String error;

    public SlackDeliveryException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    /** The bot cannot post where it was asked to: the user must invite it (or it is a private channel). */
    public boolean isChannelAccess() {
        return "not_in_channel".equals(error) || "channel_not_found".equals(error);
    }
}
