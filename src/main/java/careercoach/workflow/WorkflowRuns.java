package careercoach.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runs of workflow steps, kept so that a run is done once however often Slack delivers its event, and so that
 * a step waiting for a person survives a restart.
 */
public interface WorkflowRuns {

    /** Records a new run as {@link WorkflowRun.State#RUNNING}; false when this execution was claimed before. */
    boolean claim(WorkflowRun run);

    /** The run of this execution, in this team. */
    Optional<WorkflowRun> find(String teamId, String executionId);

    /** The run now waits for its person. */
    void waiting(String executionId);

    /**
     * The person pressed start: true the first time, for a waiting run of that person; false for a second press,
     * another person's press, or a run that is not waiting.
     */
    boolean start(String teamId, String executionId, String personId, Instant at);

    /**
     * The run ended: {@link WorkflowRun.State#COMPLETED} or {@link WorkflowRun.State#FAILED}; or its end could not be
     * reported to Slack, and it is left {@link WorkflowRun.State#RUNNING} for {@link #unfinished} to find.
     */
    void finish(String executionId, WorkflowRun.State state);

    /**
     * Runs that a process left unfinished: still {@link WorkflowRun.State#RUNNING} since before {@code before}, or
     * {@link WorkflowRun.State#STARTED} (the person pressed start) since before it, and never reported to Slack.
     */
    List<WorkflowRun> unfinished(Instant before);

    /** Moves a run from {@code from} to {@code to}; true for the one caller that moved it (of several instances). */
    boolean settle(String executionId, WorkflowRun.State from, WorkflowRun.State to);

    /** The run made (or took over) this checklist: it is stored, and about to be posted. */
    void made(String executionId, long checklistId);

    /** The checklist the run made or took over, if it did. */
    Optional<Long> checklistOf(String executionId);

    /**
     * Whether this checklist was left by a run of this team that {@link WorkflowRun.State#FAILED} (it asked for the
     * workflow to be run again), and no run that made or took it over has completed since.
     */
    boolean leftByFailedRun(String teamId, long checklistId);
}
