package careercoach.slack.assistant;

import careercoach.assistant.SuggestedPrompts;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static careercoach.testkit.SlackTestKit.withFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assistant view through signed events shaped as Slack documents them ({@code assistant_thread_started},
 * {@code assistant_thread_context_changed}, {@code message.im} in the thread), and the calls the bot makes back.
 */
class AssistantProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger THREADS = new AtomicInteger();

    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    private static String newThreadTs() {
        return "1729999327." + String.format("%06d", THREADS.incrementAndGet());
    }

    static ObjectNode threadEvent(String type, String userId, String channelId, String threadTs, String viewing) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        ObjectNode thread = event.putObject("assistant_thread");
        thread.put("user_id", userId);
        ObjectNode context = thread.putObject("context");
        if (viewing != null) {
            context.put("channel_id", viewing);
        }
        context.put("team_id", FakeSlackApi.TEAM_ID);
        context.putNull("enterprise_id");
        thread.put("channel_id", channelId);
        thread.put("thread_ts", threadTs);
        event.put("event_ts", "1715873754.429808");
        return event;
    }

    static ObjectNode threadMessage(String userId, String channelId, String threadTs, String text) {
        ObjectNode event = kit.directMessage(userId, text);
        event.put("channel", channelId);
        event.put("thread_ts", threadTs);
        return event;
    }

    private static String start(String userId) throws Exception {
        String threadTs = newThreadTs();
        HttpResponse<String> ack = kit.event(kit.newEventId(),
                threadEvent("assistant_thread_started", userId, "D" + userId, threadTs, "C0CAREER"), 0);
        assertEquals(200, ack.statusCode());
        return threadTs;
    }

    @Test
    void threadStarted_greetsInTheThreadAndSuggestsPromptsForThePerson() throws Exception {
        String threadTs = start("U70");

        FakeSlackApi.Call greeting = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(threadTs, greeting.param("thread_ts"));
        assertEquals("DU70", greeting.param("channel"));
        FakeSlackApi.Call prompts = kit.slack().await("assistant.threads.setSuggestedPrompts", 1).get(0);
        assertEquals(threadTs, prompts.param("thread_ts"));
        String sent = prompts.param("prompts");
        assertTrue(sent.contains(SuggestedPrompts.CHECK_SKILLS), sent);
        assertFalse(sent.contains(SuggestedPrompts.CONTINUE_CHECK), "no skill check is paused: " + sent);
        assertEquals(SuggestedPrompts.MAX, JSON.readTree(sent).size(), sent);
    }

    @Test
    void threadStarted_offersToContinueOnlyAnOwnRoleCheckThatContinuingWouldResume() throws Exception {
        String shipped = "backend-engineering-lead-microservices";
        Instant now = Instant.now();
        // Paused on a guide no longer served, and paused toward another role: "Continue my skill check" resumes
        // neither (it starts a check of the own role), so it is not offered.
        kit.stores().conversations().insert(new careercoach.coach.Conversation("conv-gone", FakeSlackApi.TEAM_ID, "U7A",
                careercoach.coach.ConversationKind.SKILL_CHECK, "removed-guide", List.of("skill-gaps/x", "skill-gaps/y"),
                java.util.Map.of("skill-gaps/x", "PRACTISED"), careercoach.coach.Conversation.Status.PAUSED, 1, 2, now,
                now));
        kit.stores().conversations().insert(new careercoach.coach.Conversation("conv-toward", FakeSlackApi.TEAM_ID,
                "U7B", careercoach.coach.ConversationKind.SKILL_CHECK, shipped, List.of("skill-gaps/x", "skill-gaps/y"),
                java.util.Map.of("skill-gaps/x", "PRACTISED"), careercoach.coach.Conversation.Status.PAUSED, 1, 2, now,
                now, shipped));

        for (String user : List.of("U7A", "U7B")) {
            int before = kit.slack().calls("assistant.threads.setSuggestedPrompts").size();
            start(user);
            String sent = kit.slack().await("assistant.threads.setSuggestedPrompts", before + 1).get(before)
                    .param("prompts");
            assertFalse(sent.contains(SuggestedPrompts.CONTINUE_CHECK), user + ": " + sent);
        }
        // Questions the shipped guide has: one whose guide lost them all is not offered back.
        kit.stores().conversations().insert(new careercoach.coach.Conversation("conv-own", FakeSlackApi.TEAM_ID, "U7C",
                careercoach.coach.ConversationKind.SKILL_CHECK, shipped, List.of("skill-gaps/monolith-to-microservices",
                "skill-gaps/y"), java.util.Map.of("skill-gaps/monolith-to-microservices", "PRACTISED"), careercoach.coach.Conversation.Status.PAUSED, 1, 2, now,
                now));
        int before = kit.slack().calls("assistant.threads.setSuggestedPrompts").size();
        start("U7C");
        String sent = kit.slack().await("assistant.threads.setSuggestedPrompts", before + 1).get(before)
                .param("prompts");
        assertTrue(sent.contains(SuggestedPrompts.CONTINUE_CHECK), sent);
    }

    @Test
    void messageInTheThread_showsStatus_titlesOnce_andAnswersInTheThread() throws Exception {
        String threadTs = startGreeted("U71");

        kit.event(kit.newEventId(), threadMessage("U71", "DU71", threadTs,
                "what are the top skills for a backend lead?"), 0);

        FakeSlackApi.Call status = kit.slack().await("assistant.threads.setStatus", 1).get(0);
        assertEquals(threadTs, status.param("thread_ts"));
        FakeSlackApi.Call title = kit.slack().await("assistant.threads.setTitle", 1).get(0);
        assertEquals("what are the top skills for a backend lead?", title.param("title"));
        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, answer.param("thread_ts"));
        assertTrue(answer.allText().contains("Top Skills for Success"), answer.allText());
        assertTrue(answer.allText().contains(AnswerRenderer.FEEDBACK_UP_ACTION), "the same blocks as a DM");

        kit.event(kit.newEventId(), threadMessage("U71", "DU71", threadTs, "and the pay?"), 0);

        FakeSlackApi.Call followUp = kit.slack().await("chat.postMessage", 3).get(2);
        assertTrue(followUp.allText().contains("Salary &amp; Demand")
                || followUp.allText().contains("Salary & Demand"), followUp.allText());
        assertEquals(1, kit.slack().calls("assistant.threads.setTitle").size(), "titled from the first question");
    }

    /**
     * Slack does not order events: the person's first message can arrive before the thread's
     * {@code assistant_thread_started}. Slack marks a message written in the assistant view with an
     * {@code assistant_thread} object (the action token), which a reply in a plain DM thread does not carry.
     */
    @Test
    void messageArrivingBeforeItsThreadStarted_isAnsweredInTheThread_andTheLateStartAddsNoGreeting()
            throws Exception {
        String threadTs = newThreadTs();
        ObjectNode message = threadMessage("U80", "DU80", threadTs, "what are the top skills for a backend lead?");
        message.putObject("assistant_thread").put("action_token", "10116779555154.10138525474272.9b39d433f135");

        kit.event(kit.newEventId(), message, 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(threadTs, answer.param("thread_ts"), "answered in the assistant thread, not at the DM's root");
        assertTrue(answer.allText().contains("Top Skills for Success"), answer.allText());
        assertEquals(threadTs, kit.slack().await("assistant.threads.setStatus", 1).get(0).param("thread_ts"));
        assertEquals("what are the top skills for a backend lead?",
                kit.slack().await("assistant.threads.setTitle", 1).get(0).param("title"));

        kit.event(kit.newEventId(), threadEvent("assistant_thread_started", "U80", "DU80", threadTs, "C0TEAM"), 0);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(10)));

        assertEquals(1, kit.slack().calls("chat.postMessage").size(),
                "no greeting under the answer: " + kit.slack().calls("chat.postMessage"));
        assertEquals(List.of(), kit.slack().calls("assistant.threads.setSuggestedPrompts"));
        assertEquals(Optional.of("C0TEAM"),
                kit.stores().assistantThreads().orElseThrow().find("DU80", threadTs).orElseThrow().viewedChannel(),
                "the channel viewed beside the thread is still recorded");

        kit.event(kit.newEventId(), threadMessage("U80", "DU80", threadTs, "and the pay?"), 0);

        FakeSlackApi.Call followUp = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, followUp.param("thread_ts"));
        assertEquals(1, kit.slack().calls("assistant.threads.setTitle").size(), "titled once");
    }

    @Test
    void checkMySkills_inTheThread_runsTheCheckInThatThread_andContinuingItToo() throws Exception {
        String threadTs = startGreeted("U78");

        kit.event(kit.newEventId(), threadMessage("U78", "DU78", threadTs, "Check my skills"), 0);

        FakeSlackApi.Call question = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, question.param("thread_ts"), "the check's first question is in the thread");
        assertTrue(question.allText().contains("Skill check"), question.allText());

        String another = start("U78");
        kit.slack().await("chat.postMessage", 3);
        kit.event(kit.newEventId(), threadMessage("U78", "DU78", another, "Continue my skill check"), 0);

        FakeSlackApi.Call offer = kit.slack().await("chat.postMessage", 4).get(3);
        assertEquals(another, offer.param("thread_ts"), "the check under way is offered in the thread asked in");
    }

    @Test
    void walkMeThroughMyNextSteps_inTheThread_runsTheStepsWalkInThatThread() throws Exception {
        String threadTs = startGreeted("U76");

        kit.event(kit.newEventId(), threadMessage("U76", "DU76", threadTs, "Walk me through my next steps"), 0);

        FakeSlackApi.Call step = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, step.param("thread_ts"), "the walk's first step is in the thread");
        assertTrue(step.allText().contains("Next steps walk"), step.allText());
    }

    @Test
    void startAgain_clickedInTheThread_startsTheCheckAfreshInThatThread() throws Exception {
        String threadTs = startGreeted("U77");

        pressInThread("U77", "DU77", threadTs, "coach_restart", "SKILL_CHECK");

        FakeSlackApi.Call question = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, question.param("thread_ts"));
        assertTrue(question.allText().contains("Skill check"), question.allText());
    }

    @Test
    void checkTowardARoleButton_clickedInTheThread_startsTheCheckInThatThread() throws Exception {
        String threadTs = startGreeted("U7T");

        pressInThread("U7T", "DU7T", threadTs, "coach_check_toward_0", "backend-engineering-lead-microservices");

        FakeSlackApi.Call question = kit.slack().await("chat.postMessage", 2).get(1);
        assertTrue(question.allText().contains("Skill check"), question.allText());
        assertEquals(threadTs, question.param("thread_ts"), "the check runs in the thread its button was in");
    }

    /** Starts a thread in the person's assistant view and waits for the greeting the bot posts in it. */
    private static String startGreeted(String userId) throws Exception {
        String threadTs = start(userId);
        kit.slack().await("chat.postMessage", 1);
        return threadTs;
    }

    /** Clicks a button on the bot's message in a thread of the person's DM; the app must take the click. */
    private static void pressInThread(String userId, String channelId, String threadTs, String actionId,
                                      String value) throws Exception {
        HttpResponse<String> ack = kit.postInteraction(clickInThread(userId, channelId, threadTs, actionId, value));
        assertEquals(200, ack.statusCode());
    }

    /** A button click on the bot's message in a thread of the person's DM, as Slack sends it. */
    private static ObjectNode clickInThread(String userId, String channelId, String threadTs, String actionId,
                                            String value) {
        String messageTs = threadTs.substring(0, threadTs.indexOf('.')) + ".999999";
        ObjectNode payload = SlackTestKit.interactionFrom("block_actions", userId);
        payload.put("trigger_id", "trigger-" + THREADS.incrementAndGet());
        payload.putObject("channel").put("id", channelId).put("name", "directmessage");
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", false).put("thread_ts", threadTs);
        payload.putObject("message").put("type", "message").put("ts", messageTs).put("thread_ts", threadTs)
                .put("user", "UBOT").put("bot_id", "B0001").put("text", "Resume or start again?");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "b1");
        action.put("type", "button");
        action.put("value", value);
        action.putObject("text").put("type", "plain_text").put("text", "Start again");
        action.put("action_ts", "1730000000.000001");
        return payload;
    }

    @Test
    void checkMySkills_inTheDmItself_stillRunsInTheDm() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U79", "check my skills"), 0);

        FakeSlackApi.Call question = kit.slack().await("chat.postMessage", 1).get(0);
        assertTrue(question.param("thread_ts") == null || question.param("thread_ts").isEmpty(),
                "no thread: " + question.param("thread_ts"));
        assertTrue(question.allText().contains("Skill check"), question.allText());
    }

    @Test
    void setStatusFailing_neverBlocksTheAnswer() throws Exception {
        String threadTs = startGreeted("U72");
        kit.slack().errorNext("assistant.threads.setStatus", "missing_scope");

        kit.event(kit.newEventId(), threadMessage("U72", "DU72", threadTs, "how much does a backend lead earn?"), 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, answer.param("thread_ts"));
    }

    @Test
    void anotherPersonsThread_isAcknowledgedAndIgnoredWithOneWarning() throws Exception {
        String threadTs = start("U73");
        kit.slack().await("assistant.threads.setSuggestedPrompts", 1);
        kit.slack().reset();

        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> ack = kit.event(kit.newEventId(),
                    threadMessage("U74", "DU73", threadTs, "what are the top skills for a backend lead?"), 0);

            assertEquals(200, ack.statusCode());
            assertEquals(1, awaitWarnings(logs, "another person's assistant thread"));
        }
        assertEquals(List.of(), kit.slack().botCalls());
    }

    @Test
    void contextChange_ofAThreadNeverStarted_isAcknowledgedAndIgnored() throws Exception {
        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> ack = kit.event(kit.newEventId(), threadEvent("assistant_thread_context_changed",
                    "U75", "DU75", newThreadTs(), "C0OTHER"), 0);

            assertEquals(200, ack.statusCode());
            assertEquals(1, awaitWarnings(logs, "never started"));
        }
    }

    @Test
    void startedWithoutAThread_isAcknowledgedAndIgnored() throws Exception {
        ObjectNode event = threadEvent("assistant_thread_started", "U76", "DU76", "1.1", null);
        ((ObjectNode) event.get("assistant_thread")).remove("thread_ts");
        kit.slack().reset();

        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> ack = kit.event(kit.newEventId(), event, 0);

            assertEquals(200, ack.statusCode());
            assertEquals(1, awaitWarnings(logs, "without a thread"));
        }
        assertEquals(List.of(), kit.slack().botCalls());
    }

    @Test
    void contextChange_isRecorded() throws Exception {
        String threadTs = startGreeted("U77");

        kit.event(kit.newEventId(), threadEvent("assistant_thread_context_changed", "U77", "DU77", threadTs,
                "C0VIEWED"), 0);

        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            var viewed = kit.stores().assistantThreads().orElseThrow().find("DU77", threadTs).orElseThrow()
                    .viewedChannel();
            if (viewed.isPresent() && viewed.get().equals("C0VIEWED")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the viewed channel was not recorded");
    }

    /**
     * The channel viewed beside a thread says which checklist "this channel's checklist" is: only the thread's own
     * person, in the thread's own workspace, moves it. An event naming another person, or another workspace, for the
     * same thread changes nothing.
     */
    @Test
    void threadEventsNamingAnotherPersonOrWorkspace_leaveTheThreadsViewedChannelAlone() throws Exception {
        String threadTs = newThreadTs();
        kit.event(kit.newEventId(), threadEvent("assistant_thread_started", "U81", "DU81", threadTs, null), 0);
        kit.slack().await("assistant.threads.setSuggestedPrompts", 1);

        kit.event(kit.newEventId(), threadEvent("assistant_thread_started", "U82", "DU81", threadTs, "C0STRANGER"),
                0);
        kit.event(careercoach.testkit.FakeSlackOAuth.Workspace.team("T0OTHER"), kit.newEventId(),
                threadEvent("assistant_thread_context_changed", "U81", "DU81", threadTs, "C0OTHERTEAM"), 0);
        kit.event(careercoach.testkit.FakeSlackOAuth.Workspace.team("T0OTHER"), kit.newEventId(),
                threadEvent("assistant_thread_started", "U81", "DU81", threadTs, "C0OTHERTEAM"), 0);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(10)));

        assertEquals(Optional.empty(),
                kit.stores().assistantThreads().orElseThrow().find("DU81", threadTs).orElseThrow().viewedChannel());
        assertEquals(1, kit.slack().calls("chat.postMessage").size(), "greeted once: "
                + kit.slack().calls("chat.postMessage"));
    }

    /**
     * A message with a file attached comes as {@code subtype: file_share}, its words in {@code text}: the words are
     * answered as any question; a file sent without words gets a line saying files are not read, not silence.
     */
    @Test
    void messageWithAFile_inTheThread_isAnsweredByItsWords_andAFileAloneIsToldFilesAreNotRead() throws Exception {
        String threadTs = startGreeted("U83");

        kit.event(kit.newEventId(), withFile(threadMessage("U83", "DU83", threadTs,
                "what are the top skills for a backend lead?")), 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, answer.param("thread_ts"));
        assertTrue(answer.allText().contains("Top Skills for Success"), answer.allText());

        kit.event(kit.newEventId(), withFile(threadMessage("U83", "DU83", threadTs, "")), 0);

        FakeSlackApi.Call fileAlone = kit.slack().await("chat.postMessage", 3).get(2);
        assertEquals(threadTs, fileAlone.param("thread_ts"));
        assertEquals(careercoach.slack.IncomingMessage.FILES_NOT_READ, fileAlone.param("text"));
    }

    @Test
    void replyInADmThreadNeverStartedAsAssistant_isAnsweredAsADm() throws Exception {
        ObjectNode first = kit.directMessage("U78", "what are the top skills for a backend lead?");
        ObjectNode reply = threadMessage("U78", "DU78", first.get("ts").asText(),
                "how much does a backend lead earn?");

        kit.event(kit.newEventId(), reply, 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("DU78", answer.param("channel"));
        assertTrue(answer.allText().contains("Salary"), answer.allText());
        assertEquals(List.of(), kit.slack().calls("assistant.threads.setStatus"));
    }

    @Test
    void thisChannelsChecklist_isTheOneSharedInTheChannelViewedBesideTheThread() throws Exception {
        StoredChecklists.shared(kit.stores().checklists(), FakeSlackApi.TEAM_ID, "C0TEAM", "U79", "UMGR",
                Optional.empty(), Instant.now(), "Write the design doc");
        String threadTs = newThreadTs();
        kit.event(kit.newEventId(), threadEvent("assistant_thread_started", "U79", "DU79", threadTs, "C0TEAM"), 0);
        kit.slack().await("assistant.threads.setSuggestedPrompts", 1);
        String prompts = kit.slack().calls("assistant.threads.setSuggestedPrompts").get(0).param("prompts");
        assertEquals(SuggestedPrompts.CHECKLIST, JSON.readTree(prompts).get(0).get("title").asText(), prompts);

        kit.event(kit.newEventId(), threadMessage("U79", "DU79", threadTs, "show me this channel's checklist"), 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(threadTs, answer.param("thread_ts"));
        assertTrue(answer.allText().contains("Write the design doc"), answer.allText());

        kit.event(kit.newEventId(), threadMessage("U79", "DU79", threadTs, "What's left on my checklist?"), 0);

        FakeSlackApi.Call left = kit.slack().await("chat.postMessage", 3).get(2);
        assertEquals(threadTs, left.param("thread_ts"));
        assertTrue(left.allText().contains("0 of 1 done"), left.allText());
        assertTrue(left.allText().contains("• Write the design doc"), "the open items are named: " + left.allText());
    }

    private static long awaitWarnings(LogCapture logs, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            if (count(logs, text) > 0) {
                Thread.sleep(200);
                return count(logs, text);
            }
            Thread.sleep(50);
        }
        return 0;
    }

    private static long count(LogCapture logs, String text) {
        return logs.at(Level.WARN).stream().filter(e -> e.getFormattedMessage().contains(text)).count();
    }
}
