package careercoach.checklist;

/**
 * A reminder could not be delivered. {@code permanent} when trying again cannot help (the recipient is gone,
 * deactivated, or a bot): the reminder is then given up; otherwise it is tried again on the next run.
 */
public final class ReminderNotDeliveredException extends RuntimeException {
    private final String reason;
    private final boolean permanent;

    public ReminderNotDeliveredException(String reason, boolean permanent, Throwable cause) {
        super("reminder not delivered: " + reason, cause);
        this.reason = reason;
        this.permanent = permanent;
    }

    public String reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
