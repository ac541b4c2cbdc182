package careercoach.slack.paths;

import careercoach.testkit.FourGameRolesBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two roles compared at an @mention in a channel: what everyone in the channel then reads. */
class CompareInAChannelProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> FourGameRolesBeside.in(indexData));

    /** Mentions the bot in {@code channel} as {@code user} saying {@code text}; the text of the bot's answer there. */
    private static String answerToMention(String user, String channel, String text) throws Exception {
        kit.event(kit.newEventId(), kit.mention(user, channel, text), 0);
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")), 1)
                .get(0).allText();
    }

    @Test
    void mention_theAskersOwnRoleNamedTwice_doesNotSayInTheChannelThatItIsTheirs() throws Exception {
        kit.command("U1", "C1", "role lead technical artist");
        String text = answerToMention("U1", "CPUB", "compare lead technical artist with lead technical artist");
        assertFalse(text.contains("your own role"), "the asker's role is not said in the channel: " + text);
        assertTrue(text.contains("Both are *Lead Technical Artist*"), text);
    }

    @Test
    void mention_whatChangesIfIMoveToY_pointsToCompareOrTheDm_withoutSayingTheAskersRole() throws Exception {
        kit.command("U7", "C1", "role gameplay engineering lead");
        String text = answerToMention("U7", "CMOVE", "what changes if I move to lead graphics programmer?");
        assertTrue(text.contains("`/career compare Lead Graphics Programmer`"), text);
        assertTrue(text.contains("DM"), text);
        assertFalse(text.contains("Gameplay Engineering Lead"), "the asker's role is not said in the channel: " + text);
    }

    @Test
    void mention_redelivered_postsOneComparison() throws Exception {
        String id = kit.newEventId();
        var mention = kit.mention("U2", "CRED", "compare gameplay engineering lead with lead graphics programmer");
        kit.event(id, mention, 0);
        kit.event(id, mention, 1);
        kit.event(id, mention, 2);
        kit.slack().await(c -> c.method().equals("chat.postMessage") && "CRED".equals(c.param("channel")), 1);
        Thread.sleep(800);
        assertEquals(1, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && "CRED".equals(c.param("channel"))).size());
    }

    @Test
    void compareCommand_sameRoleTwice_saysBoth() throws Exception {
        String body = kit.command("U3", "C1", "compare lead graphics programmer vs lead graphics programmer").body();
        assertTrue(body.contains("Both are"), body);
    }

    @Test
    void compareCommand_veryLong_refusedWithTheLimit() throws Exception {
        String body = kit.command("U4", "C1", "lead graphics programmer vs " + "x".repeat(520)).body();
        assertFalse(body.contains("x".repeat(300)), "not echoed whole: " + body.substring(0, Math.min(400, body.length())));
    }

    @Test
    void mention_theAskersOwnRoleComparedWithAnother_doesNotSayWhichIsTheirs() throws Exception {
        kit.command("U5", "C1", "role lead technical artist");
        String text = answerToMention("U5", "COWN", "compare lead technical artist with lead graphics programmer");
        assertTrue(text.contains("From Lead Technical Artist to Lead Graphics Programmer"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("your role")
                || text.toLowerCase(java.util.Locale.ROOT).contains("your own"), text);
    }
}
