package careercoach.checklist;

/** What forget-me did to checklists: private ones deleted, shared ones with the user replaced by a placeholder. */
public record ForgetResult(int deletedPrivate, int anonymisedShared) {
}
