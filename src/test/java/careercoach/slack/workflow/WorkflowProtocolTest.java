package careercoach.slack.workflow;

import careercoach.MutableClock;
import careercoach.checklist.AuditAction;
import careercoach.checklist.Checklist;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.workflow.WorkflowRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Workflow Builder steps through signed requests shaped as Slack sends them ({@code function_executed}, and
 * {@code block_actions} inside a function's interactivity), with the completions read back from the fake Web API.
 */
class WorkflowProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "UMANAGER";
    private static final String PERSON = "UPERSON";
    private static final String CHANNEL = "CTEAM";
    private static final String FUNCTION_TOKEN = "xwfp-execution-token";
    private static final String LINK = "https://example.slack.com/archives/CTEAM/p1700000000000100";

    private static final java.util.concurrent.atomic.AtomicInteger PRESSES = new java.util.concurrent.atomic.AtomicInteger();

    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    /** A {@code function_executed} event as Slack documents it, for one of the app's functions. */
    static ObjectNode functionExecuted(String callbackId, String executionId, Consumer<ObjectNode> inputs) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "function_executed");
        ObjectNode function = event.putObject("function");
        function.put("id", "Fn0001");
        function.put("callback_id", callbackId);
        function.put("title", callbackId);
        function.put("description", "A Career Coach step");
        function.put("type", "app");
        function.putArray("input_parameters").addObject().put("type", "slack#/types/user_id").put("name", "person")
                .put("title", "Person").put("is_required", true);
        function.putArray("output_parameters");
        function.put("app_id", "A0001");
        function.put("date_created", 1_700_000_000);
        function.put("date_updated", 1_700_000_000);
        function.put("date_deleted", 0);
        function.put("form_enabled", false);
        inputs.accept(event.putObject("inputs"));
        event.put("function_execution_id", executionId);
        event.put("workflow_execution_id", "Wx" + executionId);
        event.put("event_ts", "1700000000.000100");
        event.put("bot_access_token", FUNCTION_TOKEN);
        return event;
    }

    private static ObjectNode shareInputs(ObjectNode inputs) {
        inputs.put("person", PERSON);
        inputs.put("channel", CHANNEL);
        inputs.put("due_date", "2099-01-31");
        inputs.put("extra_items", "Pair on a design review\nShadow an on-call week");
        inputs.putObject("manager").put("id", MANAGER).put("secret", "c2VjcmV0");
        return inputs;
    }

    private static HttpResponse<String> deliver(ObjectNode event) throws Exception {
        HttpResponse<String> response = kit.event(kit.newEventId(), event, 0);
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static FakeSlackApi.Call awaitCompletion(String executionId) {
        return kit.slack().await(c -> c.method().startsWith("functions.complete")
                && executionId.equals(c.param("function_execution_id")), 1).get(0);
    }

    /** Runs the share-checklist step with the usual inputs as execution {@code executionId}; returns its completion. */
    private static FakeSlackApi.Call shareChecklist(String executionId) throws Exception {
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, executionId, WorkflowProtocolTest::shareInputs));
        return awaitCompletion(executionId);
    }

    private static void settle() throws InterruptedException {
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
    }

    /**
     * Workflow Builder shows a failure as plain text: it names channels and people by their names (Slack's, looked up),
     * never as {@code <#C…>} or {@code <@U…>}.
     */
    private static void assertPlainText(String error) {
        assertFalse(error.contains("<#") || error.contains("<@") || error.contains(CHANNEL) || error.contains(PERSON),
                error);
    }

    private static void channelNamedTeam() {
        kit.slack().answerAlways("conversations.info", "{\"ok\":true,\"channel\":{\"id\":\"" + CHANNEL
                + "\",\"name\":\"team\"}}");
    }

    private static JsonNode outputs(FakeSlackApi.Call call) throws Exception {
        return JSON.readTree(call.param("outputs"));
    }

    @Test
    void shareChecklist_sharesItInTheChannelAndCompletesWithItsLink() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        kit.slack().answerAlways("chat.getPermalink", "{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"permalink\":\""
                + LINK + "\"}");

        FakeSlackApi.Call completion = shareChecklist("Fx0001");
        assertEquals("functions.completeSuccess", completion.method());
        assertEquals(LINK, outputs(completion).path("message_link").asText());
        assertEquals(FUNCTION_TOKEN, completion.token(), "the execution's own token reports it");
        FakeSlackApi.Call posted = kit.slack().calls("chat.postMessage").get(0);
        assertEquals(CHANNEL, posted.param("channel"));
        assertTrue(posted.allText().contains("Shadow an on-call week"), posted.allText());
        Checklist shared = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).stream()
                .filter(c -> c.permalink().filter(LINK::equals).isPresent()).findFirst().orElseThrow();
        assertEquals(MANAGER, shared.managerId());
        assertEquals("2099-01-31", shared.dueDate().orElseThrow().toString());
        assertTrue(shared.items().size() > 2, "the guide's next steps and the extra items");
        assertEquals(AuditAction.SHARE, kit.stores().checklists().history(shared.id()).get(0).action());
        assertEquals(WorkflowRun.State.COMPLETED,
                kit.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0001").orElseThrow().state());
    }

    @Test
    void sameExecution_deliveredTwice_runsOnce() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        ObjectNode event = functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0002",
                WorkflowProtocolTest::shareInputs);
        String eventId = kit.newEventId();
        int before = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).size();

        assertEquals(200, kit.event(eventId, event, 0).statusCode());
        assertEquals(200, kit.event(eventId, event, 1).statusCode());
        // The same execution under another event id (a second subscription, a replay) is the same run too.
        assertEquals(200, kit.event(kit.newEventId(), event, 0).statusCode());
        awaitCompletion("Fx0002");
        settle();

        assertEquals(1, kit.slack().calls(c -> c.method().startsWith("functions.complete")).size());
        assertEquals(1, kit.slack().calls("chat.postMessage").size());
        assertEquals(before + 1, kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).size());
    }

    @Test
    void personIsTheBotItself_failsWithWhatToDoAndSharesNothing() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        channelNamedTeam();

        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0B07", inputs -> {
            shareInputs(inputs);
            inputs.put("person", FakeSlackApi.BOT_USER_ID);
        }));

        FakeSlackApi.Call completion = awaitCompletion("Fx0B07");
        assertEquals("functions.completeError", completion.method());
        assertTrue(completion.param("error").contains("Career Coach itself"), completion.param("error"));
        assertPlainText(completion.param("error"));
        settle();
        assertTrue(kit.slack().calls("chat.postMessage").isEmpty(), kit.slack().calls("chat.postMessage").toString());
        assertTrue(kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, FakeSlackApi.BOT_USER_ID).isEmpty());
    }

    @Test
    void personNotInTheChannel_failsWithWhatToDo() throws Exception {
        kit.slack().members(CHANNEL, MANAGER);
        channelNamedTeam();
        int before = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).size();

        FakeSlackApi.Call completion = shareChecklist("Fx0003");
        assertEquals("functions.completeError", completion.method());
        assertTrue(completion.param("error").contains("someone is not in #team"), completion.param("error"));
        assertPlainText(completion.param("error"));
        assertEquals(FUNCTION_TOKEN, completion.token());
        settle();
        assertTrue(kit.slack().calls("chat.postMessage").isEmpty(), kit.slack().calls("chat.postMessage").toString());
        assertEquals(before, kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).size());
    }

    @Test
    void botNotAMember_failsAskingToAddIt() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        kit.slack().removeBotFrom(CHANNEL);
        channelNamedTeam();

        String error = shareChecklist("Fx0004").param("error");
        assertTrue(error.contains("Career Coach is not a member of #team"), error);
        assertPlainText(error);
    }

    @Test
    void privateChannelTheBotCannotSee_failsAskingToAddIt() throws Exception {
        kit.slack().removeChannel(CHANNEL);

        String error = shareChecklist("Fx0005").param("error");
        assertTrue(error.contains("cannot see the channel in the Channel input"), error);
        assertPlainText(error);
    }

    @Test
    void missingOrMistypedInputs_failNamingTheInput() throws Exception {
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0006", inputs -> {
            shareInputs(inputs);
            inputs.remove("channel");
        }));
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0007", inputs -> {
            shareInputs(inputs);
            inputs.put("person", 42);
        }));
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0008", inputs -> {
            shareInputs(inputs);
            inputs.put("due_date", "next Friday");
        }));
        deliver(functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0009", inputs -> inputs.put("person", "#team")));

        assertEquals("The Channel input is empty: set it in Workflow Builder.",
                awaitCompletion("Fx0006").param("error"));
        assertTrue(awaitCompletion("Fx0007").param("error").startsWith("The Person input has the wrong type"));
        assertTrue(awaitCompletion("Fx0008").param("error").startsWith("The Due date input must be a date"));
        assertTrue(awaitCompletion("Fx0009").param("error").startsWith("The Person input must be a person"));
        settle();
        assertEquals(4, kit.slack().calls("functions.completeError").size());
        assertTrue(kit.slack().calls("functions.completeSuccess").isEmpty());
    }

    @Test
    void completionRefused_failsTheStepWithTheReason() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        kit.slack().errorNext("functions.completeSuccess", "invalid_arguments");

        // Items of its own: the checklist this failed run leaves would be taken over by another test's run.
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0010",
                inputs -> shareInputs(inputs).put("extra_items", "Write the on-call handbook")));

        FakeSlackApi.Call failed = kit.slack().await("functions.completeError", 1).get(0);
        assertEquals("Fx0010", failed.param("function_execution_id"));
        assertTrue(failed.param("error").contains("invalid_arguments"), failed.param("error"));
        // The run is marked failed once Slack has answered the completeError call, so wait for it.
        Await.until("the run to be marked failed", () -> kit.stores().workflowRuns()
                .find(FakeSlackApi.TEAM_ID, "Fx0010").map(run -> run.state() == WorkflowRun.State.FAILED).orElse(false));
    }

    @Test
    void completionAfterServerErrors_isRetried() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        kit.slack().failNext("functions.completeSuccess", 503, Map.of(), "unavailable");

        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0011", WorkflowProtocolTest::shareInputs));

        kit.slack().await("functions.completeSuccess", 2);
        settle();
        assertTrue(kit.slack().calls("functions.completeError").isEmpty());
    }

    /** A press of the DM's start button, as Slack sends it for a message the function posted. */
    private static HttpResponse<String> pressStart(String userId, String executionId) throws Exception {
        return pressStart(kit, userId, executionId);
    }

    private static HttpResponse<String> pressStart(SlackTestKit kit, String userId, String executionId)
            throws Exception {
        PRESSES.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.putObject("channel").put("id", "D" + userId).put("name", "directmessage");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000200")
                .put("channel_id", "D" + userId).put("is_ephemeral", false);
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000200").put("text", "hi");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-1");
        payload.put("response_url", kit.slack().responseUrl("start-" + userId));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", WorkflowFeature.START_ACTION);
        action.put("block_id", "b1");
        action.put("type", "button");
        action.put("value", executionId);
        action.putObject("text").put("type", "plain_text").put("text", "Start my skill check");
        action.put("action_ts", "1700000001.000" + (300 + PRESSES.get()));
        payload.putObject("state").putObject("values");
        payload.put("bot_access_token", FUNCTION_TOKEN);
        ObjectNode functionData = payload.putObject("function_data");
        functionData.put("execution_id", executionId);
        functionData.putObject("function").put("callback_id", WorkflowFeature.ASK_SKILL_CHECK);
        functionData.putObject("inputs").put("person", PERSON);
        ObjectNode interactivity = payload.putObject("interactivity");
        interactivity.putObject("interactor").put("id", userId).put("secret", "c2VjcmV0");
        interactivity.put("interactivity_pointer", "ip-" + userId);
        return kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of());
    }

    @Test
    void skillCheckRequest_waitsForStart_thenCompletesOnceWithWhenTheyStarted() throws Exception {
        deliver(functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0020", inputs -> {
            inputs.put("person", PERSON);
            inputs.put("message", "Before our quarterly check-in");
        }));

        FakeSlackApi.Call dm = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(PERSON, dm.param("channel"));
        assertEquals(FUNCTION_TOKEN, dm.token(), "posted with the execution's token, so its button belongs to it");
        assertTrue(dm.allText().contains("Before our quarterly check-in"), dm.allText());
        assertTrue(dm.blocks().toString().contains("\"value\":\"Fx0020\""), dm.blocks().toString());
        settle();
        assertTrue(kit.slack().calls(c -> c.method().startsWith("functions.complete")).isEmpty(),
                "pending until the person starts");
        assertEquals(WorkflowRun.State.WAITING,
                kit.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0020").orElseThrow().state());

        assertEquals(200, pressStart(MANAGER, "Fx0020").statusCode());
        settle();
        assertTrue(kit.slack().calls(c -> c.method().startsWith("functions.complete")).isEmpty(),
                "someone else's press starts nothing");

        assertEquals(200, pressStart(PERSON, "Fx0020").statusCode());
        assertEquals(200, pressStart(PERSON, "Fx0020").statusCode());
        FakeSlackApi.Call completion = awaitCompletion("Fx0020");
        settle();
        assertEquals("functions.completeSuccess", completion.method());
        assertEquals(FUNCTION_TOKEN, completion.token(), "the click's function token completes it");
        long startedAt = outputs(completion).path("started_at").asLong();
        assertTrue(startedAt > 1_700_000_000L, completion.param("outputs"));
        assertEquals(1, kit.slack().calls(c -> c.method().startsWith("functions.complete")).size());
        List<FakeSlackApi.Call> questions = kit.slack().calls(c -> c.method().equals("chat.postMessage") && c != dm
                && (PERSON.equals(c.param("channel")) || ("D" + PERSON).equals(c.param("channel"))));
        assertFalse(questions.isEmpty(), "the skill check starts in their DM: " + kit.slack().botCalls());
        assertEquals(WorkflowRun.State.COMPLETED,
                kit.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0020").orElseThrow().state());
    }

    @Test
    void skillCheckRequest_namesWhoAsked_whenTheWorkflowSaysWho() throws Exception {
        deliver(functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0026", inputs -> {
            inputs.put("person", PERSON);
            inputs.putObject("asked_by").put("id", MANAGER).put("secret", "verified-by-slack");
        }));

        FakeSlackApi.Call dm = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(PERSON, dm.param("channel"));
        assertTrue(dm.param("text").contains("<@" + MANAGER + "> asked you to run a skill check"), dm.param("text"));
        assertTrue(dm.blocks().toString().contains("<@" + MANAGER + "> asked you to run a skill check"),
                dm.blocks().toString());
    }

    @Test
    void skillCheckRequest_withoutWhoAsked_saysYouAreAsked() throws Exception {
        deliver(functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0027", inputs -> inputs.put("person", PERSON)));

        FakeSlackApi.Call dm = kit.slack().await("chat.postMessage", 1).get(0);
        assertTrue(dm.param("text").contains("You're asked to run a skill check"), dm.param("text"));
        assertFalse(dm.allText().contains("<@"), dm.allText());
    }

    @Test
    void skillCheckRequest_toSomeoneTheBotCannotMessage_fails() throws Exception {
        kit.slack().deactivateUser(PERSON);

        deliver(functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0021", inputs -> inputs.put("person", PERSON)));

        FakeSlackApi.Call completion = awaitCompletion("Fx0021");
        assertEquals("functions.completeError", completion.method());
        assertTrue(completion.param("error").contains("could not send someone a direct message"),
                completion.param("error"));
        assertPlainText(completion.param("error"));
    }
    /**
     * Two steps a process that stopped left unfinished, claimed longer ago than a step may take: a share of a
     * checklist still running ({@code shareId}), and an ask for a skill check the person started 5 s after
     * ({@code askId}). Returns when they were claimed.
     */
    private static Instant leftUnfinished(String shareId, String askId) {
        Instant longAgo = Instant.now().minus(WorkflowFeature.INTERRUPTED_AFTER).minusSeconds(60);
        var runs = kit.stores().workflowRuns();
        runs.claim(new WorkflowRun(shareId, FakeSlackApi.TEAM_ID, WorkflowFeature.SHARE_CHECKLIST, PERSON, MANAGER,
                WorkflowRun.State.RUNNING, Optional.empty(), longAgo));
        runs.claim(new WorkflowRun(askId, FakeSlackApi.TEAM_ID, WorkflowFeature.ASK_SKILL_CHECK, PERSON, MANAGER,
                WorkflowRun.State.WAITING, Optional.empty(), longAgo));
        assertTrue(runs.start(FakeSlackApi.TEAM_ID, askId, PERSON, longAgo.plusSeconds(5)));
        return longAgo;
    }

    @Test
    void stepsLeftUnfinishedByAStoppedProcess_areReportedOnce_andRecentOnesLeftAlone() throws Exception {
        Instant longAgo = leftUnfinished("FxLEFT1", "FxLEFT2");
        var runs = kit.stores().workflowRuns();
        runs.claim(new WorkflowRun("FxBUSY", FakeSlackApi.TEAM_ID, WorkflowFeature.SHARE_CHECKLIST, PERSON, MANAGER,
                WorkflowRun.State.RUNNING, Optional.empty(), Instant.now().minusSeconds(30)));

        assertEquals(2, kit.app().finishInterruptedWorkflowSteps());
        assertEquals(0, kit.app().finishInterruptedWorkflowSteps(), "each run is reported once");

        FakeSlackApi.Call failed = awaitCompletion("FxLEFT1");
        assertEquals("functions.completeError", failed.method());
        assertTrue(failed.param("error").contains("Run the workflow again"), failed.param("error"));
        FakeSlackApi.Call completed = awaitCompletion("FxLEFT2");
        assertEquals("functions.completeSuccess", completed.method());
        assertEquals(longAgo.plusSeconds(5).getEpochSecond(), outputs(completed).path("started_at").asLong());
        assertTrue(kit.slack().calls(c -> "FxBUSY".equals(c.param("function_execution_id"))).isEmpty(),
                "a run still within its time is left to the process running it");
        assertEquals(WorkflowRun.State.RUNNING,
                runs.find(FakeSlackApi.TEAM_ID, "FxBUSY").orElseThrow().state());
        assertEquals(WorkflowRun.State.FAILED, runs.find(FakeSlackApi.TEAM_ID, "FxLEFT1").orElseThrow().state());
    }

    @Test
    void stepsLeftUnfinished_whoseReportSlackCouldNotTake_areReportedByALaterSweep() throws Exception {
        Instant longAgo = leftUnfinished("FxAWAY1", "FxAWAY2");
        var runs = kit.stores().workflowRuns();
        slackAway("functions.completeError");
        slackAway("functions.completeSuccess");

        assertEquals(0, kit.app().finishInterruptedWorkflowSteps(), "Slack took neither report");
        assertEquals(WorkflowRun.State.RUNNING, runs.find(FakeSlackApi.TEAM_ID, "FxAWAY1").orElseThrow().state());
        assertEquals(WorkflowRun.State.STARTED, runs.find(FakeSlackApi.TEAM_ID, "FxAWAY2").orElseThrow().state());

        assertEquals(2, kit.app().finishInterruptedWorkflowSteps(), "Slack back: both reported");
        assertEquals(0, kit.app().finishInterruptedWorkflowSteps());
        assertEquals(WorkflowRun.State.FAILED, runs.find(FakeSlackApi.TEAM_ID, "FxAWAY1").orElseThrow().state());
        assertEquals(WorkflowRun.State.COMPLETED, runs.find(FakeSlackApi.TEAM_ID, "FxAWAY2").orElseThrow().state());
        assertEquals(longAgo.plusSeconds(5).getEpochSecond(), outputs(kit.slack().calls(c ->
                c.method().equals("functions.completeSuccess") && "FxAWAY2".equals(c.param("function_execution_id")))
                .get(1)).path("started_at").asLong());
    }

    @Test
    void skillCheckStarted_whileSlackIsAway_isCompletedByTheSweepOnceSlackIsBack() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (SlackTestKit own = SlackTestKit.start(Map.of(), clock)) {
            assertEquals(200, own.event(own.newEventId(), functionExecuted(WorkflowFeature.ASK_SKILL_CHECK, "Fx0030",
                    inputs -> inputs.put("person", PERSON)), 0).statusCode());
            own.slack().await("chat.postMessage", 1);
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));
            Instant pressed = clock.instant();
            own.slack().reset();
            for (String method : List.of("functions.completeSuccess", "functions.completeError")) {
                for (int i = 0; i < 4; i++) {
                    own.slack().failNext(method, 503, Map.of(), "unavailable");
                }
            }

            assertEquals(200, pressStart(own, PERSON, "Fx0030").statusCode());
            own.slack().await("functions.completeSuccess", 4);
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(WorkflowRun.State.STARTED,
                    own.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0030").orElseThrow().state(),
                    "not noted as ended while Slack has not been told");

            clock.advance(WorkflowFeature.INTERRUPTED_AFTER.plusMinutes(1));
            assertEquals(1, own.app().finishInterruptedWorkflowSteps());
            FakeSlackApi.Call completion = own.slack().await(c -> c.method().startsWith("functions.complete")
                    && c.params().containsKey("outputs"), 5).get(4);
            assertEquals("functions.completeSuccess", completion.method());
            assertEquals(pressed.getEpochSecond(), outputs(completion).path("started_at").asLong());
            assertTrue(own.slack().calls("functions.completeError").isEmpty(), "never reported as failed");
            assertEquals(WorkflowRun.State.COMPLETED,
                    own.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0030").orElseThrow().state());
        }
    }

    /**
     * A checklist step done while Slack would not take its completion is left unfinished; once Slack is back, the
     * sweep completes it with the link to the checklist it shared, instead of failing it.
     */
    @Test
    void checklistStepDoneWhileSlackWasAway_isCompletedByTheSweepWithItsLink() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (SlackTestKit own = SlackTestKit.start(Map.of(), clock)) {
            own.slack().members(CHANNEL, PERSON, MANAGER);
            own.slack().answerAlways("chat.getPermalink", "{\"ok\":true,\"channel\":\"" + CHANNEL
                    + "\",\"permalink\":\"" + LINK + "\"}");
            for (int i = 0; i < 4; i++) {
                own.slack().failNext("functions.completeSuccess", 503, Map.of(), "unavailable");
            }
            assertEquals(200, own.event(own.newEventId(), functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0050",
                    WorkflowProtocolTest::shareInputs), 0).statusCode());
            own.slack().await("functions.completeSuccess", 4);
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));

            clock.advance(WorkflowFeature.INTERRUPTED_AFTER.plusMinutes(1));
            assertEquals(1, own.app().finishInterruptedWorkflowSteps());

            FakeSlackApi.Call completion = own.slack().await("functions.completeSuccess", 5).get(4);
            assertEquals(LINK, outputs(completion).path("message_link").asText());
            assertTrue(own.slack().calls("functions.completeError").isEmpty(), "never reported as failed");
            assertEquals(WorkflowRun.State.COMPLETED,
                    own.stores().workflowRuns().find(FakeSlackApi.TEAM_ID, "Fx0050").orElseThrow().state());
            assertEquals(1, own.slack().calls("chat.postMessage").size());
        }
    }

    /**
     * A checklist step whose checklist was shared but whose run failed asks for the workflow to be run again; the
     * rerun completes with the checklist that run shared, rather than sharing a second one. A run after one that
     * completed shares a checklist of its own.
     */
    @Test
    void checklistStepFailedAfterSharing_rerun_completesWithTheChecklistAlreadyShared() throws Exception {
        try (SlackTestKit own = SlackTestKit.start()) {
            own.slack().members(CHANNEL, PERSON, MANAGER);
            own.slack().answerAlways("chat.getPermalink", "{\"ok\":true,\"channel\":\"" + CHANNEL
                    + "\",\"permalink\":\"" + LINK + "\"}");
            own.slack().errorNext("functions.completeSuccess", "invalid_arguments");
            assertEquals(200, own.event(own.newEventId(), functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0053",
                    WorkflowProtocolTest::shareInputs), 0).statusCode());
            FakeSlackApi.Call failed = own.slack().await("functions.completeError", 1).get(0);
            assertTrue(failed.param("error").contains("run the workflow again"), failed.param("error"));
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));

            assertEquals(200, own.event(own.newEventId(), functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0054",
                    WorkflowProtocolTest::shareInputs), 0).statusCode());

            FakeSlackApi.Call completion = own.slack().await(c -> c.method().startsWith("functions.complete")
                    && "Fx0054".equals(c.param("function_execution_id")), 1).get(0);
            assertEquals("functions.completeSuccess", completion.method());
            assertEquals(LINK, outputs(completion).path("message_link").asText());
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(1, own.slack().calls("chat.postMessage").size(), "the checklist is posted once");
            List<Checklist> open = own.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).stream()
                    .filter(c -> !c.archived()).toList();
            assertEquals(1, open.size(), open.toString());

            assertEquals(200, own.event(own.newEventId(), functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0055",
                    WorkflowProtocolTest::shareInputs), 0).statusCode());
            own.slack().await(c -> c.method().startsWith("functions.complete")
                    && "Fx0055".equals(c.param("function_execution_id")), 1);
            assertTrue(own.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(2, own.slack().calls("chat.postMessage").size());
        }
    }

    @Test
    void checklistSavedButNotPosted_rerun_postsThatChecklist() throws Exception {
        kit.slack().members(CHANNEL, PERSON, MANAGER);
        Consumer<ObjectNode> inputs = i -> shareInputs(i).put("extra_items", "Run the incident review");
        kit.slack().errorNext("chat.postMessage", "is_archived");
        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0060", inputs));
        FakeSlackApi.Call failed = awaitCompletion("Fx0060");
        assertEquals("functions.completeError", failed.method());
        assertTrue(failed.param("error").contains("saved the checklist but could not post it"), failed.param("error"));
        settle();

        deliver(functionExecuted(WorkflowFeature.SHARE_CHECKLIST, "Fx0061", inputs));

        assertEquals("functions.completeSuccess", awaitCompletion("Fx0061").method());
        settle();
        List<Checklist> made = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, PERSON).stream()
                .filter(c -> c.items().stream().anyMatch(item -> item.text().equals("Run the incident review")))
                .toList();
        assertEquals(1, made.size(), "the checklist the first run saved is the one posted: " + made);
        assertTrue(made.get(0).messageTs().isPresent());
    }

    @Test
    void stepThisVersionDoesNotServe_failsSayingSo_insteadOfLeavingTheWorkflowWaiting() throws Exception {
        deliver(functionExecuted("share_next_step_checklist_v2", "Fx0040", WorkflowProtocolTest::shareInputs));

        FakeSlackApi.Call completion = awaitCompletion("Fx0040");
        assertEquals("functions.completeError", completion.method());
        assertEquals(FUNCTION_TOKEN, completion.token());
        assertTrue(completion.param("error").contains("does not have this step"), completion.param("error"));
        settle();
        assertTrue(kit.slack().calls("chat.postMessage").isEmpty());
    }

    /** Slack answers every try of {@code method} with a 503 until the Web API gives up (four tries). */
    private static void slackAway(String method) {
        for (int i = 0; i < 4; i++) {
            kit.slack().failNext(method, 503, Map.of(), "unavailable");
        }
    }
}
