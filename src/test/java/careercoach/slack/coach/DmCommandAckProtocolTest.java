package careercoach.slack.coach;

import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /career check} and {@code /career steps walk} typed in the bot's own DM are acknowledged in words that read
 * right there (the first question follows below), and typed anywhere else as starting "in our direct messages"; a
 * DM not yet known to be the bot's gets words that read right in either.
 */
class DmCommandAckProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    private static String ack(String userId, String channelId, String text) throws Exception {
        var ack = kit.command(userId, channelId, text);
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("ephemeral"), ack.body());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        return new ObjectMapper().readTree(ack.body()).path("text").asText();
    }

    @Test
    void commandsInTheBotsDm_sayTheFirstMessageFollows_andElsewhereWhereItIs() throws Exception {
        String user = "UDMACK";
        String ourDm = "D" + user;

        String first = ack(user, ourDm, "steps walk");
        assertFalse(first.contains("in our direct messages"), first);
        assertTrue(first.contains("its first step comes as a direct message from me"), first);

        // The bot has opened this DM now: a command typed there is known to be typed in it.
        String check = ack(user, ourDm, "check");
        assertTrue(check.contains("I've started your skill check: its first question follows."), check);
        assertFalse(check.contains("direct message"), check);

        // Typed in a DM with someone else, or in a channel: the conversation is elsewhere, in our DM.
        String other = "UDMACK2";
        String inAChannel = ack(other, "C1", "check");
        assertTrue(inAChannel.contains("I've started your skill check in our direct messages."), inAChannel);
        String withSomeoneElse = ack(other, "DWITHAPERSON", "steps walk");
        assertTrue(withSomeoneElse.contains("I've started the next steps walk in our direct messages."),
                withSomeoneElse);
    }

    /**
     * The same command typed again within moments keeps the conversation it started (nothing new is posted): its
     * ack says so, and where that conversation is, instead of announcing a start.
     */
    @Test
    void commandTypedAgainWithinMoments_saysTheConversationAlreadyStarted_andWhere() throws Exception {
        String user = "UAGAIN";
        String ourDm = "D" + user;

        String first = ack(user, "C1", "check");
        assertTrue(first.contains("I've started your skill check in our direct messages."), first);
        String again = ack(user, "C1", "check");
        assertFalse(again.contains("I've started"), again);
        assertTrue(again.contains("Your skill check has already started, in our direct messages: its first question"
                + " is there."), again);

        String inOurDm = ack(user, ourDm, "check");
        assertTrue(inOurDm.contains("Your skill check has already started: its first question is above."), inOurDm);

        String walk = ack(user, ourDm, "steps walk");
        assertTrue(walk.contains("I've started the next steps walk: its first step follows."), walk);
        String walkAgain = ack(user, ourDm, "steps walk");
        assertTrue(walkAgain.contains("Your next steps walk has already started: its first step is above."),
                walkAgain);

        assertEquals(2, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && ourDm.equals(c.param("channel"))).size(), "one first message of each, nothing more");
    }
}
