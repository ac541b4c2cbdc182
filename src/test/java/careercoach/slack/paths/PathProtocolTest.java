package careercoach.slack.paths;

import careercoach.slack.SharedActions;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /career path} and the App Home show the next roles, with a button opening the guide of those that have one. */
class PathProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    @Test
    void path_showsNextRolesWithAButtonToTheGuideOfARoleThatHasOne() throws Exception {
        HttpResponse<String> ack = kit.command("U1", "C1", "path");

        assertEquals(200, ack.statusCode());
        JsonNode blocks = JSON.readTree(ack.body()).path("blocks");
        assertTrue(blocks.toString().contains("Engineering Manager"), blocks.toString());
        List<JsonNode> open = Buttons.startingWith(blocks, SharedActions.SHOW_SECTION + "_path_");
        assertEquals(1, open.size(), blocks.toString());
        assertEquals(TwoRoleIndexData.MANAGER + "|overview", open.get(0).path("value").asText());
        assertTrue(open.get(0).path("text").path("text").asText().contains("Engineering Manager (Platform Team)"));
    }

    @Test
    void openGuideButton_showsTheTargetGuidesOverview() throws Exception {
        JsonNode button = Buttons.startingWith(JSON.readTree(kit.command("U2", "C1", "path").body()).path("blocks"),
                SharedActions.SHOW_SECTION + "_path_").get(0);

        HttpResponse<String> ack = kit.blockAction("U2", "C1", button.path("action_id").asText(),
                button.path("value").asText());

        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call shown = kit.slack().await("response_url", 1).get(0);
        assertTrue(shown.allText().contains("Engineering Manager (Platform Team)"), shown.allText());
        assertTrue(shown.allText().contains("Overview"), shown.allText());
    }

    @Test
    void openGuideButton_pressedTwice_showsTheOverviewOnce() throws Exception {
        JsonNode button = Buttons.startingWith(JSON.readTree(kit.command("U5", "C1", "path").body()).path("blocks"),
                SharedActions.SHOW_SECTION + "_path_").get(0);

        kit.pressTwice("U5", "C1", button.path("action_id").asText(), button.path("value").asText());

        List<FakeSlackApi.Call> shown = kit.settledCalls("response_url", 1);
        assertEquals(1, shown.size(), shown.toString());
    }

    @Test
    void appHome_listsNextRolesAndOpensTheGuideOfOne() throws Exception {
        JsonNode view = kit.openHome("U3");
        assertTrue(view.toString().contains("Next roles"), view.toString());
        List<JsonNode> open = Buttons.startingWith(view.path("blocks"), SharedActions.SHOW_SECTION + "_path_");
        assertEquals(TwoRoleIndexData.MANAGER + "|overview", open.get(0).path("value").asText());

        kit.blockAction("U3", null, open.get(0).path("action_id").asText(), open.get(0).path("value").asText());

        FakeSlackApi.Call dm = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("U3", dm.param("channel"));
        assertTrue(dm.allText().contains("Engineering Manager (Platform Team)"), dm.allText());
    }

    @Test
    void appHome_checkTowardANextRole_startsTheCheckOverThatGuideInTheDm() throws Exception {
        JsonNode view = kit.openHome("U4");
        List<JsonNode> check = Buttons.startingWith(view.path("blocks"), SharedActions.CHECK_TOWARD);
        assertEquals(TwoRoleIndexData.MANAGER, check.get(0).path("value").asText(), view.toString());

        kit.blockAction("U4", null, check.get(0).path("action_id").asText(), check.get(0).path("value").asText());

        FakeSlackApi.Call dm = kit.slack().await("chat.postMessage", 1).get(0);
        assertTrue(dm.allText().contains("toward *Engineering Manager (Platform Team)* · 1 of 6"), dm.allText());
    }
}
