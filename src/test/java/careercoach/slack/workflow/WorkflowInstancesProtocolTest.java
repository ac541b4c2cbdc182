package careercoach.slack.workflow;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.slack.coach.CoachRenderer;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances sharing one database: one function execution delivered to both at once runs once; when both sweep
 * the workflow runs a stopped process left unfinished at the same moment, each run is reported to Slack once, by one
 * of them; one whose Slack is away gives its runs to the other.
 */
class WorkflowInstancesProtocolTest {
    private static final Predicate<FakeSlackApi.Call> COMPLETIONS = c -> c.method().startsWith("functions.complete");

    @DatabaseTest
    void twoInstancesSweepingAtOnce_reportEachRunOnce(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            afterTheSweepsAtStart();
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
    void oneExecution_deliveredToBothInstancesAtOnce_sharesOneChecklist(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            for (SlackTestKit kit : List.of(one, two)) {
                kit.slack().members("CTEAM", "UPERSON", "UMANAGER");
            }
            var event = WorkflowProtocolTest.functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "FxTWICE", inputs -> {
                inputs.put("person", "UPERSON");
                inputs.put("channel", "CTEAM");
                inputs.put("manager", "UMANAGER");
                inputs.put("extra_items", "Delivered to both");
            });

            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                List<Future<java.net.http.HttpResponse<String>>> acks = both.invokeAll(List.of(
                        () -> one.event(one.newEventId(), event, 0), () -> two.event(two.newEventId(), event, 0)));
                for (Future<java.net.http.HttpResponse<String>> ack : acks) {
                    assertEquals(200, ack.get().statusCode());
                }
            } finally {
                both.shutdown();
            }
            assertTrue(one.app().awaitIdle(java.time.Duration.ofSeconds(30)));
            assertTrue(two.app().awaitIdle(java.time.Duration.ofSeconds(30)));

            assertEquals(1, one.slack().calls(COMPLETIONS).size() + two.slack().calls(COMPLETIONS).size());
            assertEquals(1, one.slack().calls("chat.postMessage").size() + two.slack().calls("chat.postMessage").size());
            assertEquals(1, one.stores().checklists().naming(FakeSlackApi.TEAM_ID, "UPERSON").stream()
                    .filter(c -> c.items().stream().anyMatch(i -> i.text().equals("Delivered to both"))).count());
        }
    }

    @DatabaseTest
    void skillCheckRequest_whosePersonIsForgotten_failsInsteadOfWaitingForEver(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (SlackTestKit kit = SlackTestKit.start(Stores.database(db.database(), clock), Map.of(), clock)) {
            assertEquals(200, kit.event(kit.newEventId(), WorkflowProtocolTest.functionExecuted(
                    WorkflowFeature.ASK_SKILL_CHECK, "FxGONE", inputs -> inputs.put("person", "UGONE")), 0)
                    .statusCode());
            kit.slack().await(c -> c.method().equals("chat.postMessage") && "UGONE".equals(c.param("channel")), 1);
            assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));

            kit.command("UGONE", "C1", "forget-me");
            kit.blockAction("UGONE", "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");
            kit.slack().await("response_url", 1);
            assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));
            assertTrue(kit.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "FxGONE")
                    .map(r -> r.personId().isEmpty()).orElse(true), "the person's id is not kept");

            clock.advance(WorkflowFeature.INTERRUPTED_AFTER.plusMinutes(1));
            assertEquals(1, kit.app().finishInterruptedWorkflowSteps());
            FakeSlackApi.Call failed = kit.slack().await(c -> c.method().startsWith("functions.complete")
                    && "FxGONE".equals(c.param("function_execution_id")), 1).get(0);
            assertEquals("functions.completeError", failed.method());
            assertTrue(failed.param("error").contains("Run the workflow again"), failed.param("error"));
        }
    }

    @DatabaseTest
    void anInstanceWhoseSlackIsAway_leavesItsRunsToTheOther(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            afterTheSweepsAtStart();
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

    /**
     * Each instance sweeps once as it starts, on a thread of its own: the runs a test leaves unfinished are claimed
     * after that, so that only the sweeps the test asks for take them.
     */
    private static void afterTheSweepsAtStart() throws InterruptedException {
        Thread.sleep(2_000);
    }
}
