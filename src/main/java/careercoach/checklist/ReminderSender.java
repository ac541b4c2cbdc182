package careercoach.checklist;

/** Delivers a due-date reminder to the checklist's person (a DM, in Slack). */
public interface ReminderSender {

    /** @throws RuntimeException when the reminder could not be delivered; it will be tried again later */
    void remind(Checklist checklist);
}
