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

        String first = ack(user, ourDm, "check");
        assertFalse(first.contains("in our direct messages"), first);
        assertTrue(first.contains("its first question comes as a direct message from me"), first);

        // The bot has opened this DM now: a command typed there is known to be typed in it.
        String walk = ack(user, ourDm, "steps walk");
        assertTrue(walk.contains("I've started the next steps walk: its first step follows."), walk);
        String check = ack(user, ourDm, "check");
        assertTrue(check.contains("its first question follows."), check);
        assertFalse(check.contains("direct message"), check);

        // Typed in a DM with someone else, or in a channel: the conversation is elsewhere, in our DM.
        String withSomeoneElse = ack(user, "DWITHAPERSON", "steps walk");
        assertTrue(withSomeoneElse.contains("I've started the next steps walk in our direct messages."),
                withSomeoneElse);
        String inAChannel = ack(user, "C1", "check");
        assertTrue(inAChannel.contains("in our direct messages."), inAChannel);
    }
}
