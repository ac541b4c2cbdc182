package careercoach.slack;

import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Direct messages and mentions: read once into a message, answered by a feature's phrase or else the fallback. */
class MessageRouterTest {
    private final MessageRouter router = new MessageRouter();
    private final List<String> answered = new ArrayList<>();

    private static IncomingMessage direct(String text) {
        return new IncomingMessage(IncomingMessage.Kind.DIRECT, "T1", "U1", "DU1", "1.1", null, text, "Ev1");
    }

    private static IncomingMessage mention(String text) {
        return new IncomingMessage(IncomingMessage.Kind.MENTION, "T1", "U1", "C1", "1.1", null, text, "Ev1");
    }

    private MessagePhrase skillCheck() {
        return new MessagePhrase("start a skill check",
                m -> m.isDirect() && m.text().equalsIgnoreCase("check my skills"), (m, ctx) -> answered.add("check"));
    }

    @Test
    void route_phraseMatches_itsFeatureAnswersAndTheFallbackDoesNot() throws Exception {
        router.fallback((m, ctx) -> answered.add("question"));
        router.register(skillCheck());

        router.route(direct("Check my skills"), new EventContext());
        router.route(direct("what does a lead do?"), new EventContext());

        assertEquals(List.of("check", "question"), answered);
    }

    @Test
    void route_phraseOnlyForDirectMessages_mentionGoesToTheFallback() throws Exception {
        router.register(skillCheck());
        router.fallback((m, ctx) -> answered.add("question"));

        router.route(mention("check my skills"), new EventContext());

        assertEquals(List.of("question"), answered);
    }

    @Test
    void route_nothingRegistered_isAcknowledgedWithoutAnswer() throws Exception {
        router.route(direct("hello"), new EventContext());

        assertEquals(List.of(), answered);
    }

    @Test
    void register_twice_isRefused() {
        router.register(skillCheck());
        router.fallback((m, ctx) -> answered.add("question"));

        assertThrows(IllegalArgumentException.class, () -> router.register(skillCheck()));
        assertThrows(IllegalStateException.class, () -> router.fallback((m, ctx) -> answered.add("other")));
    }

    @Test
    void directMessage_isReadOnceWithCleanedText() {
        MessageEvent event = new MessageEvent();
        event.setChannelType("im");
        event.setChannel("DU1");
        event.setUser("U1");
        event.setTs("1700000000.000100");
        event.setText("skills &amp; steps\u200B");
        MessagePayload payload = new MessagePayload();
        payload.setTeamId("T1");
        payload.setEventId("Ev9");
        payload.setEvent(event);

        IncomingMessage message = IncomingMessage.of(payload).orElseThrow();

        assertEquals(new IncomingMessage(IncomingMessage.Kind.DIRECT, "T1", "U1", "DU1", "1700000000.000100", null,
                "skills & steps", "Ev9"), message);
        assertEquals("1700000000.000100", message.thread());
    }

    @Test
    void channelMessagesAndBots_areNoMessagesForTheBot() {
        MessageEvent inChannel = new MessageEvent();
        inChannel.setChannelType("channel");
        inChannel.setUser("U1");
        MessageEvent fromBot = new MessageEvent();
        fromBot.setChannelType("im");
        fromBot.setBotId("B1");
        for (MessageEvent event : List.of(inChannel, fromBot)) {
            MessagePayload payload = new MessagePayload();
            payload.setEvent(event);
            assertEquals(Optional.empty(), IncomingMessage.of(payload));
        }
    }

    @Test
    void mention_withoutTheBotsMention_inItsThread() {
        AppMentionEvent event = new AppMentionEvent();
        event.setChannel("C7");
        event.setUser("U3");
        event.setTs("1700000000.000200");
        event.setThreadTs("1699999999.000001");
        event.setText("<@UBOT> what are the top skills?");
        AppMentionPayload payload = new AppMentionPayload();
        payload.setTeamId("T1");
        payload.setEvent(event);

        IncomingMessage message = IncomingMessage.ofMention(payload).orElseThrow();

        assertTrue(message.isMention());
        assertEquals("what are the top skills?", message.text().strip());
        assertEquals("1699999999.000001", message.thread());
    }
}
