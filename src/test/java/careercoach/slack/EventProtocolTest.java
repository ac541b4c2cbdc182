package careercoach.slack;

import careercoach.slack.ask.AnswerRenderer;
import careercoach.store.JdbcAnswerFeedback;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.List;

import static careercoach.testkit.SlackTestKit.withFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events API deliveries: DMs, mentions, the App Home, and Slack's delivery rules. */
class EventProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    /** Sends a DM that is answered, and waits for its answer: later calls come after anything ignored before. */
    private FakeSlackApi.Call marker(String userId) throws Exception {
        int before = kit.slack().calls("chat.postMessage").size();
        kit.event(kit.newEventId(), kit.directMessage(userId, "hello"), 0);
        return kit.slack().await("chat.postMessage", before + 1).get(before);
    }

    @Test
    void directMessage_greeting_getsTheHelp() throws Exception {
        HttpResponse<String> response = kit.event(kit.newEventId(), kit.directMessage("U1", "Hi!"), 0);

        assertEquals(200, response.statusCode());
        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("DU1", reply.param("channel"));
        assertTrue(reply.allText().contains("/career skills"), reply.allText());
    }

    @Test
    void directMessage_question_isAnsweredInTheConversation() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U2", "what does a backend lead do all day?"), 0);

        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("DU2", reply.param("channel"));
        assertNull(reply.param("thread_ts"));
        assertTrue(reply.allText().contains("You asked"), reply.allText());
    }

    @Test
    void mention_isAnsweredInTheThreadOfTheMention() throws Exception {
        ObjectNode mention = kit.mention("U3", "C7", "what are the top skills?");

        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("C7", reply.param("channel"));
        assertEquals(mention.get("ts").asText(), reply.param("thread_ts"));
    }

    @Test
    void mention_insideAThread_repliesInThatThread() throws Exception {
        ObjectNode mention = kit.mention("U3", "C7", "help");
        mention.put("thread_ts", "1699999999.000001");

        kit.event(kit.newEventId(), mention, 0);

        assertEquals("1699999999.000001", kit.slack().await("chat.postMessage", 1).get(0).param("thread_ts"));
    }

    @Test
    void retriedEvent_isAnsweredOnce() throws Exception {
        String eventId = kit.newEventId();
        ObjectNode message = kit.directMessage("U4", "hello");

        assertEquals(200, kit.event(eventId, message, 0).statusCode());
        assertEquals(200, kit.event(eventId, message, 1).statusCode());
        assertEquals(200, kit.event(eventId, message, 2).statusCode());
        marker("U5");

        List<FakeSlackApi.Call> toU4 = kit.slack().calls("chat.postMessage").stream()
                .filter(c -> "DU4".equals(c.param("channel"))).toList();
        assertEquals(1, toU4.size());
    }

    @Test
    void botMessagesEditsAndDeletions_areIgnored() throws Exception {
        ObjectNode fromBot = kit.directMessage("U6", "hello");
        fromBot.put("bot_id", "BOTHER");
        ObjectNode fromUs = kit.directMessage(FakeSlackApi.BOT_USER_ID, "hello");
        fromUs.put("bot_id", FakeSlackApi.BOT_ID);
        ObjectNode edit = kit.directMessage("U6", "hello");
        edit.put("subtype", "message_changed");
        ObjectNode deletion = kit.directMessage("U6", "hello");
        deletion.put("subtype", "message_deleted");
        ObjectNode botMention = kit.mention("U6", "C8", "hello");
        botMention.put("bot_id", "BOTHER");

        for (ObjectNode event : List.of(fromBot, fromUs, edit, deletion, botMention)) {
            assertEquals(200, kit.event(kit.newEventId(), event, 0).statusCode());
        }
        marker("U5");

        assertEquals(1, kit.slack().calls("chat.postMessage").size());
    }

    /**
     * A DM with a file attached comes as {@code subtype: file_share}, its words in {@code text}: the words are
     * answered; a file sent without words is told that files are not read.
     */
    @Test
    void directMessageWithAFile_isAnsweredByItsWords_andAFileAloneIsToldFilesAreNotRead() throws Exception {
        kit.event(kit.newEventId(), withFile(kit.directMessage("U9", "what does a backend lead do all day?")), 0);

        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("DU9", answer.param("channel"));
        assertTrue(answer.allText().contains("backend") || answer.allText().contains("Backend"), answer.allText());

        kit.event(kit.newEventId(), withFile(kit.directMessage("U9", "")), 0);

        FakeSlackApi.Call fileAlone = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(IncomingMessage.FILES_NOT_READ, fileAlone.param("text"));
        marker("U5");
        assertEquals(3, kit.slack().calls("chat.postMessage").size(), kit.slack().calls("chat.postMessage").toString());
    }

    @Test
    void unknownEvent_isAcknowledgedWith200() throws Exception {
        ObjectNode event = JSON.createObjectNode().put("type", "reaction_added").put("user", "U1")
                .put("reaction", "tada");

        HttpResponse<String> response = kit.event(kit.newEventId(), event, 0);

        assertEquals(200, response.statusCode());
    }

    @Test
    void channelMessage_withoutMention_isNotAnswered() throws Exception {
        ObjectNode message = kit.directMessage("U6", "what are the top skills?");
        message.put("channel", "C9");
        message.put("channel_type", "channel");

        assertEquals(200, kit.event(kit.newEventId(), message, 0).statusCode());
        marker("U5");

        assertEquals(1, kit.slack().calls("chat.postMessage").size());
    }

    @Test
    void appHomeOpened_publishesTheHomeTab() throws Exception {
        kit.event(kit.newEventId(), kit.homeOpened("U1"), 0);

        FakeSlackApi.Call publish = kit.slack().await("views.publish", 1).get(0);
        assertEquals("U1", publish.param("user_id"));
        assertEquals("home", publish.view().get("type").asText());
    }

    @Test
    void feedbackButtons_recordOneVotePerUserAndAnswer() throws Exception {
        kit.blockAction("U10", "DU10", AnswerRenderer.FEEDBACK_UP_ACTION, "ans-1|guide-a|top-skills");
        kit.blockAction("U10", "DU10", AnswerRenderer.FEEDBACK_DOWN_ACTION, "ans-1|guide-a|top-skills");

        kit.slack().await("response_url", 2);
        JdbcAnswerFeedback feedback = (JdbcAnswerFeedback) kit.stores().answerFeedback();
        List<JdbcAnswerFeedback.SectionTally> votes = feedback.tally().stream()
                .filter(t -> t.guideId().equals("guide-a")).toList();
        assertEquals(List.of(new JdbcAnswerFeedback.SectionTally("guide-a", "top-skills", 0, 1)), votes);
    }

    @Test
    void mention_botNotInChannel_tellsTheUserPrivately() throws Exception {
        kit.slack().errorNext("chat.postMessage", "not_in_channel");

        kit.event(kit.newEventId(), kit.mention("U11", "C12", "help"), 0);

        FakeSlackApi.Call ephemeral = kit.slack().await("chat.postEphemeral", 1).get(0);
        assertEquals("U11", ephemeral.param("user"));
        assertTrue(ephemeral.param("text").contains("Invite me"));
    }
}
