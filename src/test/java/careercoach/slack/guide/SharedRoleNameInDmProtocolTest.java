package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Set my role to X" in the DM, X a name two guides both answer to: as {@code /career role X}, the guides it may mean
 * are offered as buttons, and none is chosen until one is pressed.
 */
class SharedRoleNameInDmProtocolTest {
    private static final String GUIDES = "src/test/resources/search/outside-guides-4/";
    @TempDir
    static Path indexData;
    @TempDir
    static Path written;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(SharedRoleNameInDmProtocolTest::guidesSharingAName);

    /** Two guides that both answer to "Pipeline Lead", beside two that do not. */
    private static Map<String, String> guidesSharingAName() {
        try {
            Path graphics = shared("lead-graphics-programmer.yml", "title: \"Lead Graphics Programmer\"");
            Path art = shared("lead-technical-artist.yml", "title: Lead Technical Artist");
            return ShippedGuideBeside.in(indexData, Path.of(GUIDES + "gameplay-engineering-lead.yml"), graphics,
                    Path.of(GUIDES + "engineering-manager-live-operations.yml"), art);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path shared(String file, String titleLine) throws IOException {
        String yaml = Files.readString(Path.of(GUIDES + file));
        if (!yaml.contains(titleLine + "\n")) {
            throw new IllegalStateException(file + " has no line " + titleLine);
        }
        return Files.writeString(written.resolve(file),
                yaml.replace(titleLine + "\n", titleLine + "\naliases: [Pipeline Lead]\n"));
    }

    private static String replyTo(String user, String text) throws Exception {
        kit.event(kit.newEventId(), kit.directMessage(user, text), 0);
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && ("D" + user).equals(c.param("channel")),
                1).get(0).allText();
    }

    @Test
    void setMyRoleTo_aNameTwoGuidesShare_offersBoth_andChoosesNeither() throws Exception {
        String reply = replyTo("U1", "set my role to pipeline lead");

        assertTrue(reply.contains("Lead Graphics Programmer") && reply.contains("Lead Technical Artist"), reply);
        assertTrue(reply.contains("\"value\":\"lead-graphics-programmer\""), reply);
        assertTrue(reply.contains("\"value\":\"lead-technical-artist\""), reply);
        assertFalse(reply.contains("Your guide is now"), reply);
        assertFalse(kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1").isPresent());

        kit.blockAction("U1", "DU1", GuideFeature.ROLE_ACTION, "lead-technical-artist");
        assertEquals(java.util.Optional.of("lead-technical-artist"),
                kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));
    }

    @Test
    void setMyRoleTo_aNameTwoGuidesShare_redelivered_answersOnce() throws Exception {
        assertEquals(1, kit.postsAfterDirectMessageDeliveredTwice("U2", "set my role to pipeline lead"));
    }
}
