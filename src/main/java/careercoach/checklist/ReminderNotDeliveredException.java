package careercoach.checklist;

/**
 * A reminder could not be delivered. {@code permanent} when trying again cannot help (the recipient is gone,
 * deactivated, or a bot): the reminder is then given up; otherwise it is tried again on the next run. An
 * {@link #outcomeUnknown} one may have reached the recipient (Slack took the post, then the answer timed out): it is
 * never sent again blindly.
 */
public final class ReminderNotDeliveredException extends RuntimeException {
    private final String reason;
    private final boolean permanent;
    private final boolean outcomeUnknown;

    public ReminderNotDeliveredException(String reason, boolean permanent, Throwable cause) {
        this(reason, permanent, false, cause);
    }

    private ReminderNotDeliveredException(String reason, boolean permanent, boolean outcomeUnknown, Throwable cause) {
        super("reminder not delivered: " + reason, cause);
        this.reason = reason;
        this.permanent = permanent;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The post may have reached the recipient: whether it did is not known (a timeout after sending). */
    public static ReminderNotDeliveredException outcomeUnknown(String reason, Throwable cause) {
        return new ReminderNotDeliveredException(reason, false, true, cause);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public String reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
