package careercoach.checklist;

/** No checklist with this id (any more): it may have been deleted by forget-me. */
public final class ChecklistNotFoundException extends RuntimeException {

    public ChecklistNotFoundException(long checklistId) {
        super("no checklist " + checklistId);
    }
}
