package careercoach.store;

import careercoach.workflow.WorkflowRun;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcWorkflowRunsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static WorkflowRun run(String executionId) {
        return new WorkflowRun(executionId, "T1", "ask_for_skill_check", "UPERSON", "UMGR", WorkflowRun.State.RUNNING,
                Optional.empty(), NOW);
    }

    @DatabaseTest
    void anExecution_isClaimedOnce_onEveryInstance(TestDatabase db) {
        var one = new JdbcWorkflowRuns(db.database());
        var two = new JdbcWorkflowRuns(db.openAnother());

        assertTrue(one.claim(run("Fx1")));
        assertFalse(one.claim(run("Fx1")));
        assertFalse(two.claim(run("Fx1")), "another instance on the same database");
        assertEquals(WorkflowRun.State.RUNNING, two.find("T1", "Fx1").orElseThrow().state());
        assertTrue(two.find("T2", "Fx1").isEmpty(), "another team's run is not found");
    }

    @DatabaseTest
    void theChecklistARunMade_isKnownAsAFailedRunsOnlyOnceThatRunFailed_inItsTeam(TestDatabase db) {
        var runs = new JdbcWorkflowRuns(db.database());
        runs.claim(run("Fx10"));
        runs.made("Fx10", 42);

        assertFalse(runs.leftByFailedRun("T1", 42), "still running");
        runs.finish("Fx10", WorkflowRun.State.FAILED);
        assertTrue(runs.leftByFailedRun("T1", 42));
        assertFalse(runs.leftByFailedRun("T2", 42), "another team's");
        assertFalse(runs.leftByFailedRun("T1", 43));

        runs.claim(run("Fx11"));
        runs.made("Fx11", 44);
        runs.finish("Fx11", WorkflowRun.State.COMPLETED);
        assertFalse(runs.leftByFailedRun("T1", 44), "a run that completed");

        runs.claim(run("Fx12"));
        runs.made("Fx12", 42);
        runs.finish("Fx12", WorkflowRun.State.COMPLETED);
        assertFalse(runs.leftByFailedRun("T1", 42), "taken over by a run that completed");
    }

    @DatabaseTest
    void aWaitingRun_isStartedOnce_byItsPersonOnly(TestDatabase db) {
        var runs = new JdbcWorkflowRuns(db.database());
        runs.claim(run("Fx2"));

        assertFalse(runs.start("T1", "Fx2", "UPERSON", NOW), "not waiting yet");
        runs.waiting("Fx2");
        assertFalse(runs.start("T1", "Fx2", "UMGR", NOW), "someone else");
        assertTrue(runs.start("T1", "Fx2", "UPERSON", NOW.plusSeconds(5)));
        assertFalse(runs.start("T1", "Fx2", "UPERSON", NOW.plusSeconds(6)), "a second press");

        WorkflowRun started = runs.find("T1", "Fx2").orElseThrow();
        assertEquals(WorkflowRun.State.STARTED, started.state());
        assertEquals(Optional.of(NOW.plusSeconds(5)), started.startedAt());
        runs.finish("Fx2", WorkflowRun.State.COMPLETED);
        assertEquals(WorkflowRun.State.COMPLETED, runs.find("T1", "Fx2").orElseThrow().state());
    }

    @DatabaseTest
    void runsLeftUnfinished_areFoundByAge_andSettledByOneInstanceOnly(TestDatabase db) {
        var one = new JdbcWorkflowRuns(db.database());
        var two = new JdbcWorkflowRuns(db.openAnother());
        one.claim(run("Fx3"));
        one.claim(run("Fx4"));
        one.waiting("Fx4");
        one.start("T1", "Fx4", "UPERSON", NOW.plusSeconds(600));
        one.claim(run("Fx5"));
        one.waiting("Fx5");

        assertEquals(java.util.List.of("Fx3"), two.unfinished(NOW.plusSeconds(300)).stream()
                .map(WorkflowRun::executionId).toList(), "started ten minutes in: not yet; waiting: never");
        assertEquals(java.util.List.of("Fx3", "Fx4"), two.unfinished(NOW.plusSeconds(900)).stream()
                .map(WorkflowRun::executionId).toList());

        assertTrue(two.settle("Fx3", WorkflowRun.State.RUNNING, WorkflowRun.State.FAILED));
        assertFalse(one.settle("Fx3", WorkflowRun.State.RUNNING, WorkflowRun.State.FAILED), "settled already");
        assertEquals(java.util.List.of("Fx4"), one.unfinished(NOW.plusSeconds(900)).stream()
                .map(WorkflowRun::executionId).toList());
    }
}
