package careercoach.workflow;

/**
 * A step that cannot be done as asked; the message is one sentence the workflow's author can act on ("Add Career
 * Coach to #team first."), shown by Slack where the step failed.
 */
public final class StepFailedException extends Exception {
    public StepFailedException(String reasonForAuthor) {
        super(reasonForAuthor);
    }
}
