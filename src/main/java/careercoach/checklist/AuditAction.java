package careercoach.checklist;

/** What happened to a checklist, as written to its audit log. */
public enum AuditAction {
    SHARE, CREATE_PRIVATE, TICK, UNTICK, ARCHIVE, REMIND, FORGET
}
