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

    /**
     * Failures that may pass: Slack's own trouble and rate limits (as an {@code ok: false} answer, or retried here
     * until given up), a deadline or an interruption on our side, an answer we could not read. Everything else Slack
     * refuses with ({@code channel_not_found}, {@code missing_scope}, {@code invalid_auth}, an external person the bot
     * may not DM, an error code added after this was written...) says the same however often it is sent.
     */
    private static final java.util.Set<String> TRANSIENT = java.util.Set.of("ratelimited", "rate_limited",
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org",
            "deadline_passed", "interrupted", "unreadable_answer", "timeout_not_retried");

    /**
     * Trying again cannot help: Slack refused the call for a reason of its own (the user or channel is gone, the
     * bot may not write there, the app lost its scope or its install). Rate limits, Slack's own errors, network
     * trouble and server errors are not permanent: trying again later may succeed.
     */
    public boolean isPermanent() {
        return !TRANSIENT.contains(error) && !error.startsWith("gave_up_after_") && !error.startsWith("http_5");
    }

    /** The bot cannot post where it was asked to: the user must invite it (or it is a private channel). */
    public boolean isChannelAccess() {
        return "not_in_channel".equals(error) || "channel_not_found".equals(error);
    }
}
