package careercoach.checklist;

/** What happened to a checklist, as written to its audit log. */
public enum AuditAction {
    SHARE, CREATE_PRIVATE, TICK, UNTICK, ARCHIVE, REMIND,
    /** The due-date reminder was given up: nobody left to remind, or Slack refused it for good. */
    REMIND_FAILED,
    FORGET,
    /** The manager sent the person a gentle reminder from the team view. */
    NUDGE
}
