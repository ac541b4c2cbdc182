package careercoach.slack.workflow;

import careercoach.Stores;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.workflow.WorkflowRun;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances sharing one database sweep the workflow runs a stopped process left unfinished at the same moment:
 * each run is reported to Slack once, by one of them; one whose Slack is away gives its runs to the other.
 */
class WorkflowInstancesProtocolTest {
    private static final Predicate<FakeSlackApi.Call> COMPLETIONS = c -> c.method().startsWith("functions.complete");

    @DatabaseTest
    void twoInstancesSweepingAtOnce_reportEachRunOnce(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            Instant longAgo = Instant.now().minus(WorkflowFeature.INTERRUPTED_AFTER).minusSeconds(60);
            for (int i = 0; i < 20; i++) {
                one.stores().workflowRuns().claim(new WorkflowRun("FxMANY" + i, FakeSlackApi.TEAM_ID,
                        WorkflowFeature.SHARE_CHECKLIST, "UPERSON", "UMANAGER", WorkflowRun.State.RUNNING,
                        Optional.empty(), longAgo.plusSeconds(i)));
            }

            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> sweeps = both.invokeAll(List.<Callable<Integer>>of(
                        () -> one.app().finishInterruptedWorkflowSteps(),
                        () -> two.app().finishInterruptedWorkflowSteps()));
                assertEquals(20, sweeps.get(0).get() + sweeps.get(1).get());
            } finally {
                both.shutdown();
            }

            assertEquals(20, one.slack().calls(COMPLETIONS).size() + two.slack().calls(COMPLETIONS).size());
            for (int i = 0; i < 20; i++) {
                assertEquals(WorkflowRun.State.FAILED, two.stores().workflowRuns()
                        .find(FakeSlackApi.TEAM_ID, "FxMANY" + i).orElseThrow().state());
            }
        }
    }

    @DatabaseTest
    void anInstanceWhoseSlackIsAway_leavesItsRunsToTheOther(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            Instant longAgo = Instant.now().minus(WorkflowFeature.INTERRUPTED_AFTER).minusSeconds(60);
            one.stores().workflowRuns().claim(new WorkflowRun("FxAWAY", FakeSlackApi.TEAM_ID,
                    WorkflowFeature.SHARE_CHECKLIST, "UPERSON", "UMANAGER", WorkflowRun.State.RUNNING,
                    Optional.empty(), longAgo));
            for (int i = 0; i < 4; i++) {
                one.slack().failNext("functions.completeError", 503, Map.of(), "unavailable");
            }

            assertEquals(0, one.app().finishInterruptedWorkflowSteps());
            assertEquals(1, two.app().finishInterruptedWorkflowSteps());
            assertEquals(0, one.app().finishInterruptedWorkflowSteps());

            assertEquals(1, two.slack().calls(COMPLETIONS).size());
            assertEquals(WorkflowRun.State.FAILED,
                    one.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "FxAWAY").orElseThrow().state());
        }
    }
}
