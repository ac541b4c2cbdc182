package careercoach.checklist;

/** A change to a checklist that was archived: it stays as it was when archived. */
public final class ChecklistArchivedException extends RuntimeException {

    public ChecklistArchivedException(long checklistId) {
        super("checklist " + checklistId + " is archived");
    }
}
