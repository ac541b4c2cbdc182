package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FourGameRolesBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Set my role to X" (or "change my role to X", "my role is X") written to the bot in the DM, X a role with a guide:
 * the guide is chosen as {@code /career role X} chooses it, instead of the message being read as a question about X.
 * Said with something more than the role ("my role is not X", "my role is X but I want Y", a question), the role
 * stays as it was.
 */
class RoleChosenInDmProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> FourGameRolesBeside.in(indexData));

    private static String replyTo(String user, String text) throws Exception {
        kit.event(kit.newEventId(), kit.directMessage(user, text), 0);
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && ("D" + user).equals(c.param("channel")),
                1).get(0).allText();
    }

    private static void assertNotChosen(String user, String text) throws Exception {
        String reply = replyTo(user, text);
        assertFalse(reply.contains("Your guide is now"), text + " -> " + reply);
        assertFalse(kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, user).isPresent(), text);
    }

    @Test
    void setMyRoleTo_aRoleWithAGuide_choosesIt() throws Exception {
        String reply = replyTo("U1", "set my role to lead graphics programmer");

        assertTrue(reply.contains("Your guide is now *Lead Graphics Programmer*"), reply);
        assertTrue(kit.command("U1", "C1", "skills").body().contains("From *Lead Graphics Programmer*"));
    }

    @Test
    void myRoleIs_aRoleWithAGuide_choosesIt() throws Exception {
        String reply = replyTo("U2", "My role is Lead Technical Artist.");

        assertTrue(reply.contains("Your guide is now *Lead Technical Artist*"), reply);
    }

    @Test
    void myRoleIs_followedByAQuestion_isStillAQuestion() throws Exception {
        assertNotChosen("U3", "my role is lead technical artist, what should I learn next?");
    }

    @Test
    void myRoleIsNot_choosesNothing() throws Exception {
        assertNotChosen("U11", "my role is not lead graphics programmer");
    }

    @Test
    void myRoleIsXButIWantY_choosesNothing() throws Exception {
        assertNotChosen("U12", "my role is lead graphics programmer but I want lead technical artist");
    }

    @Test
    void myRoleIsXQuestion_choosesNothing() throws Exception {
        assertNotChosen("U13", "my role is lead technical artist?");
    }

    @Test
    void myRoleIsXAndMore_choosesNothing() throws Exception {
        assertNotChosen("U14", "my role is lead technical artist and I want to grow");
    }

    @Test
    void redelivered_answersOnce() throws Exception {
        assertEquals(1, kit.postsAfterDirectMessageDeliveredTwice("U15", "set my role to lead technical artist"));
    }
}

