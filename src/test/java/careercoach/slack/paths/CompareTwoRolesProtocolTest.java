package careercoach.slack.paths;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FourGameRolesBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two roles named to compare, neither of them the reader's own: {@code /career compare X vs Y} compares X with Y as
 * "compare X with Y" does in the DM, instead of looking "X vs Y" up as one role and offering to compare the reader's
 * own role with one of them.
 */
class CompareTwoRolesProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> FourGameRolesBeside.in(indexData));

    @Test
    void compareCommand_twoRolesNamed_comparesTheFirstWithTheSecond() throws Exception {
        for (String between : new String[] {"vs", "with", "and", "to"}) {
            kit.resetSlack();
            HttpResponse<String> ack = kit.command("U1", "C1",
                    "compare gameplay engineering lead " + between + " lead graphics programmer");

            assertEquals(200, ack.statusCode());
            assertFalse(ack.body().contains("No single guide"), between + ": " + ack.body());
            FakeSlackApi.Call shown = kit.slack().await("response_url", 1).get(0);
            String text = shown.allText();
            assertTrue(text.contains("From Gameplay Engineering Lead to Lead Graphics Programmer"), between + ": "
                    + text);
            assertFalse(text.contains("Backend Engineering Lead"), "not the reader's own role: " + text);
        }
    }

    @Test
    void compareDm_twoRolesNamedWithVs_comparesThem() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U2",
                "compare gameplay engineering lead vs lead graphics programmer"), 0);

        FakeSlackApi.Call posted = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "DU2".equals(c.param("channel")), 1).get(0);
        assertTrue(posted.allText().contains("From Gameplay Engineering Lead to Lead Graphics Programmer"),
                posted.allText());
    }

    @Test
    void mentionInAChannel_twoRolesNamed_comparesThemInTheMentionsThread() throws Exception {
        var mention = kit.mention("U3", "CENG", "compare gameplay engineering lead with lead graphics programmer");
        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call posted = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "CENG".equals(c.param("channel")), 1).get(0);
        String text = posted.allText();
        assertTrue(text.contains("From Gameplay Engineering Lead to Lead Graphics Programmer"),
                "the comparison, not one role's overview: " + text);
        assertEquals(mention.path("ts").asText(), posted.param("thread_ts"), "in the mention's thread");
        assertFalse(text.contains("career_compare_share"), "already in the channel: no button to share it there: "
                + text);
    }

    @Test
    void compareDm_fromARoleToOneWithNoGuide_theClosestComparedFromTheRoleNamedNotTheReadersOwn() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U4",
                "what changes if I move from gameplay engineering lead to lead grafix programmer?"), 0);

        FakeSlackApi.Call offered = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "DU4".equals(c.param("channel")), 1).get(0);
        String text = offered.allText();
        assertTrue(text.contains("Engineering Manager (Live Operations)"), "offered as the closest: " + text);
        assertFalse(text.contains("*Gameplay Engineering Lead*"), "not the role it is compared from: " + text);
        assertFalse(text.contains("Compare with mine"), "the reader's own role was not asked about: " + text);
        var button = careercoach.testkit.Buttons.startingWith(offered.blocks(), "career_compare").stream()
                .filter(b -> b.path("value").asText().endsWith("engineering-manager-live-operations")).findFirst().orElseThrow();
        kit.blockAction("U4", "DU4", button.path("action_id").asText(), button.path("value").asText());

        FakeSlackApi.Call shown = kit.slack().await("response_url", 1).get(0);
        assertTrue(shown.allText().contains("From Gameplay Engineering Lead to Engineering Manager (Live Operations)"),
                shown.allText());
    }
}
