package careercoach.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of a workflow step: the function execution Slack sent, who it is about ({@code personId}) and who ran the
 * workflow ({@code runnerId}), and how far it got.
 */
public record WorkflowRun(String executionId, String teamId, String step, String personId, String runnerId,
                          State state, Optional<Instant> startedAt, Instant createdAt) {

    public enum State {
        /** Claimed: being run now. */
        RUNNING,
        /** Waiting for the person (the skill check's start button). */
        WAITING,
        /** The person pressed start; the step is completed, or being completed. */
        STARTED,
        /** Completed with its outputs. */
        COMPLETED,
        /** Failed with a reason for the workflow's author. */
        FAILED
    }
}
