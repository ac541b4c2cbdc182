package careercoach.slack.paths;

import careercoach.slack.ShareRefusals;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /career compare}, the same question in a DM, an unknown role, and a comparison shared in a channel. */
class CompareProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    @Test
    void compareCommand_acksAtOnceThenShowsBothRolesSideBySideWithShare() throws Exception {
        HttpResponse<String> ack = kit.command("U1", "C1", "compare engineering manager");

        assertEquals(200, ack.statusCode());
        // The comparison comes alone: no "Comparing …" line left above it for good.
        assertTrue(ack.body().isBlank(), ack.body());
        FakeSlackApi.Call shown = kit.slack().await("response_url", 1).get(0);
        assertComparison(shown.blocks());
        assertEquals(1, Buttons.startingWith(shown.blocks(), "career_compare_share").size());
    }

    @Test
    void shareButton_postsTheComparisonInTheChannelAsSharedByTheClicker() throws Exception {
        kit.blockAction("U2", "C7", "career_compare_share", TwoRoleIndexData.BACKEND + "|" + TwoRoleIndexData.MANAGER);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("C7", posted.param("channel"));
        assertTrue(posted.allText().contains("Shared by <@U2>"), posted.allText());
        assertComparison(posted.blocks());
        assertTrue(Buttons.startingWith(posted.blocks(), "career_compare_share").isEmpty());
    }

    @Test
    void shareButton_botNotInChannel_saysHowToInviteIt_asEveryShareDoes() throws Exception {
        kit.slack().errorNext("chat.postMessage", "not_in_channel");

        kit.blockAction("U3", "C9", "career_compare_share", TwoRoleIndexData.BACKEND + "|" + TwoRoleIndexData.MANAGER);

        FakeSlackApi.Call message = kit.slack().await(c -> c.method().equals("response_url")
                && !"in_channel".equals(c.param("response_type")), 1).get(0);
        assertEquals("ephemeral", message.param("response_type"));
        assertEquals(ShareRefusals.NOT_IN_CHANNEL, message.param("text"), message.toString());
    }

    @Test
    void shareButton_pressedTwice_postsTheComparisonOnce() throws Exception {
        kit.pressTwice("U2", "C8", "career_compare_share", TwoRoleIndexData.BACKEND + "|" + TwoRoleIndexData.MANAGER);

        assertEquals(1, kit.settledCalls("chat.postMessage", 1).size());
        assertTrue(kit.slack().await(c -> c.method().equals("response_url")
                && "You shared this here already.".equals(c.param("text")), 1).size() == 1, "the second press is told");
    }

    @Test
    void questionInADm_comparesTheTwoRolesNamed() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U3",
                "What changes if I move from backend lead to engineering manager?"), 0);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertComparison(posted.blocks());
    }

    @Test
    void questionInAnAssistantThread_answersWithTheComparisonInThatThread() throws Exception {
        String threadTs = "1729999327.000901";
        ObjectNode started = JSON.createObjectNode().put("type", "assistant_thread_started")
                .put("event_ts", "1729999327.000902");
        ObjectNode thread = started.putObject("assistant_thread").put("user_id", "U9").put("channel_id", "DU9")
                .put("thread_ts", threadTs);
        thread.putObject("context").put("team_id", FakeSlackApi.TEAM_ID);
        kit.event(kit.newEventId(), started, 0);
        kit.slack().await("chat.postMessage", 1);
        ObjectNode question = kit.directMessage("U9", "What changes if I move to engineering manager?");
        question.put("channel", "DU9").put("thread_ts", threadTs);

        kit.event(kit.newEventId(), question, 0);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 2).get(1);
        assertComparison(posted.blocks());
        assertEquals(threadTs, posted.param("thread_ts"), "the comparison goes to the thread it was asked in");
    }

    @Test
    void questionInADm_movingToTheOwnRole_saysItIsTheOwnRoleInsteadOfComparingItWithItself() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U10", "What changes if I move to backend lead?"), 0);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertFalse(posted.allText().contains("From Backend Engineering Lead (Microservices) to Backend"),
                posted.allText());
        assertTrue(posted.allText().contains("*Backend Engineering Lead (Microservices)* is your own role"),
                posted.allText());
    }

    @Test
    void compareButton_pressedTwice_turnsTheRolesOfferedIntoOneComparison() throws Exception {
        kit.pressTwice("U11", "C1", "career_compare_0", TwoRoleIndexData.MANAGER);

        // Each press puts the comparison in place of the message pressed: a double click leaves one comparison,
        // not two one under the other.
        for (FakeSlackApi.Call shown : kit.settledCalls("response_url", 2)) {
            assertTrue(shown.allText().contains("Skills both roles need"), shown.allText());
            assertTrue(shown.json().path("replace_original").asBoolean(), "not in place of the message pressed");
        }
    }

    @Test
    void compareButton_ofWhatIsNowTheReadersOwnRole_saysItIsTheOwnRoleInsteadOfComparingItWithItself()
            throws Exception {
        // Offered while the reader's role was another; pressed after they chose this one with /career role.
        kit.blockAction("U12", "C1", "career_compare_0", TwoRoleIndexData.BACKEND);

        FakeSlackApi.Call shown = kit.slack().await("response_url", 1).get(0);
        assertTrue(shown.allText().contains("is your own role"), shown.allText());
        assertFalse(shown.allText().contains("both roles need"), shown.allText());
    }

    @Test
    void compareButton_ofTheReadersOwnRole_pressedTwice_saysItIsTheOwnRoleOnce() throws Exception {
        kit.pressTwice("U13", "C1", "career_compare_0", TwoRoleIndexData.BACKEND);

        List<FakeSlackApi.Call> shown = kit.settledCalls("response_url", 1);
        assertEquals(1, shown.stream().filter(c -> c.allText().contains("is your own role")).count(),
                shown.toString());
    }

    @Test
    void unknownRole_answersWithTheClosestRolesThatExist() throws Exception {
        HttpResponse<String> ack = kit.command("U4", "C1", "compare enginering managr for robots");

        JsonNode blocks = JSON.readTree(ack.body()).path("blocks");
        assertTrue(blocks.toString().contains("No single guide matches _enginering managr for robots_. The closest roles:"),
                blocks.toString());
        List<JsonNode> choices = Buttons.startingWith(blocks, "career_compare_");
        assertEquals(TwoRoleIndexData.MANAGER, choices.get(0).path("value").asText(), blocks.toString());

        kit.blockAction("U4", "C1", choices.get(0).path("action_id").asText(), choices.get(0).path("value").asText());
        assertComparison(kit.slack().await("response_url", 1).get(0).blocks());
    }

    @Test
    void unknownRole_neverOffersToCompareTheReadersOwnRoleWithItself() throws Exception {
        HttpResponse<String> ack = kit.command("U6", "C1", "compare platform lead");

        JsonNode blocks = JSON.readTree(ack.body()).path("blocks");
        assertTrue(blocks.toString().contains("No single guide matches _platform lead_."), blocks.toString());
        List<String> offered = Buttons.startingWith(blocks, "career_compare_").stream()
                .map(b -> b.path("value").asText()).toList();
        assertEquals(List.of(TwoRoleIndexData.MANAGER), offered, blocks.toString());
    }

    @Test
    void unknownRoleInADm_answersWithTheClosestRoles() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U5", "what changes if I move to astronaut manager?"), 0);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        // An astronaut is a job (search/occupations.txt): a role with no guide, said so.
        assertTrue(posted.allText().contains("There is no guide for *astronaut manager* yet."), posted.allText());
        assertTrue(posted.allText().contains("Engineering Manager (Platform Team)"), posted.allText());
    }

    @Test
    void directMessage_compareAtLength_isSaidToBeTooLong_asAQuestionIs() throws Exception {
        String asked = "what changes if I move to " + "a very senior engineering manager of platform teams, ".repeat(130)
                + "engineering manager?";
        kit.event(kit.newEventId(), kit.directMessage("U11", asked), 0);

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertTrue(posted.allText().contains("That is too long for me to answer well: I read questions of up to 500"
                + " characters"), posted.allText());
        assertFalse(posted.allText().contains("Engineering Manager (Platform Team)"), posted.allText());
    }

    private static void assertComparison(JsonNode blocks) {
        String all = blocks.toString();
        assertTrue(all.contains("From Backend Engineering Lead (Microservices) to Engineering Manager (Platform Team)"),
                all);
        assertTrue(all.contains("Skills both roles need"), all);
        assertTrue(all.contains("What Engineering Manager (Platform Team) adds"), all);
        assertTrue(all.contains("What matters less there"), all);
        assertTrue(blocks.size() <= 50);
        assertFalse(all.contains("\"fields\":[]"), all);
    }

    @Test
    void compareWithAPerson_saysItComparesRoles_andEchoesNoMention() throws Exception {
        HttpResponse<String> ack = kit.command("U7", "C1", "compare <@U0999|alice>");

        assertEquals(200, ack.statusCode());
        String body = ack.body();
        assertTrue(body.contains("roles, not people"), body);
        assertFalse(body.contains("U0999"), body);
    }
}
