package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Set my role to X" (or "change my role to X", "my role is X") written to the bot in the DM, X a role with a guide:
 * the guide is chosen as {@code /career role X} chooses it, instead of the message being read as a question about X.
 */
class RoleChosenInDmProtocolTest {
    private static final String GUIDES = "src/test/resources/search/outside-guides-4/";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of(GUIDES + "gameplay-engineering-lead.yml"), Path.of(GUIDES + "lead-graphics-programmer.yml"),
            Path.of(GUIDES + "engineering-manager-live-operations.yml"), Path.of(GUIDES + "lead-technical-artist.yml")));

    private static String replyTo(String user, String text) throws Exception {
        kit.event(kit.newEventId(), kit.directMessage(user, text), 0);
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && ("D" + user).equals(c.param("channel")),
                1).get(0).allText();
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
        String reply = replyTo("U3", "my role is lead technical artist, what should I learn next?");

        assertFalse(reply.contains("Your guide is now"), reply);
        assertFalse(kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U3").isPresent());
    }
}
