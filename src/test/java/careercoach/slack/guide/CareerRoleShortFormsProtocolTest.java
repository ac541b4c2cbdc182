package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code /career role} with the short forms a question is read with ("eng", "ops"), through signed Slack requests,
 * over an organisation's Site Reliability Engineering Manager and a studio's Engineering Manager (Live Operations)
 * beside the shipped Backend Engineering Lead: "eng manager" and "live ops manager" are the live-ops manager, as
 * questions saying them are answered from it, and the typeahead offers it alone for "live ops manager".
 */
class CareerRoleShortFormsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIVE_OPS = "engineering-manager-live-operations";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/search/outside-guides-3/sre-manager.yml"),
            Path.of("src/test/resources/search/outside-guides-4/" + LIVE_OPS + ".yml")));

    private static JsonNode ack(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void role_engSaidShort_isTheEngineeringManager() throws Exception {
        JsonNode body = ack(KIT.command("U1", "C1", "role eng manager"));

        assertEquals("Your guide is now *Engineering Manager (Live Operations)*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(LIVE_OPS), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));
    }

    @Test
    void role_opsSaidShort_isTheLiveOperationsManager() throws Exception {
        JsonNode body = ack(KIT.command("U2", "C1", "role live ops manager"));

        assertEquals("Your guide is now *Engineering Manager (Live Operations)*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(LIVE_OPS), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U2"));
    }

    @Test
    void typeahead_opsSaidShort_offersTheLiveOperationsManagerAlone() throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_suggestion");
        payload.putObject("user").put("id", "U3").put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("action_id", GuideFeature.ROLE_SELECT_ACTION).put("block_id", "career_role_picker")
                .put("value", "live ops manager");

        JsonNode answer = ack(KIT.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of()));

        List<String> offered = new ArrayList<>();
        answer.path("options").forEach(o -> offered.add(o.path("value").asText()));
        assertEquals(List.of(LIVE_OPS), offered, answer.toString());
    }
}
