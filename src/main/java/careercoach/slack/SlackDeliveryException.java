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

    /** Slack's answers that say the recipient cannot get this message, however often it is sent. */
    private static final java.util.Set<String> RECIPIENT_GONE = java.util.Set.of("channel_not_found",
            "user_not_found", "account_inactive", "user_disabled", "cannot_dm_bot", "is_archived", "not_in_channel",
            "messages_tab_disabled", "restricted_action",
            // The app is no longer installed in that workspace.
            "not_installed");

    /**
     * Trying again cannot help: the user or channel does not exist (any more), is deactivated or archived, or is a
     * bot; or the app is not installed in the workspace. Rate limits, Slack's own errors and network trouble are not
     * permanent.
     */
    public boolean isPermanent() {
        return RECIPIENT_GONE.contains(error);
    }

    /** The bot cannot post where it was asked to: the user must invite it (or it is a private channel). */
    public boolean isChannelAccess() {
        return "not_in_channel".equals(error) || "channel_not_found".equals(error);
    }
}
