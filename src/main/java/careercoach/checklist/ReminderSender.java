package careercoach.checklist;

/** Delivers a due-date reminder (a DM, in Slack). */
public interface ReminderSender {

    /**
     * Reminds {@code recipientId}: the checklist's person, or its manager when the person was forgotten.
     *
     * @throws ReminderNotDeliveredException when it could not be delivered, saying whether trying again can help;
     *                                       any other exception counts as transient
     */
    void remind(Checklist checklist, String recipientId);
}
