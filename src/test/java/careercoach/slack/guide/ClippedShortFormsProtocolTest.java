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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A title said as a clipped compound, the first letters of its words run together ("devex" for Developer
 * Experience), through signed Slack requests, beside the shipped Backend Engineering Lead: {@code /career role},
 * its typeahead and a question all find the Developer Experience Lead, and an arrow between two roles is a move.
 */
class ClippedShortFormsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-5");
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("developer-experience-lead.yml"),
            GUIDES.resolve("ml-engineering-lead-routing-forecasting.yml")));

    private static JsonNode ack(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String answer(String user, String question, String shown) throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage(user, question), 0);
        return KIT.slack().await(c -> c.method().equals("chat.postMessage") && c.allText().contains(shown), 1)
                .get(0).allText();
    }

    /** What Slack asks the options load URL while the person types {@code typed} into the select. */
    private static List<String> suggestions(String userId, String typed) throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_suggestion");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.putObject("channel").put("id", "C1").put("name", "general");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C1").put("is_ephemeral", true);
        payload.put("action_id", GuideFeature.ROLE_SELECT_ACTION).put("block_id", "career_role_picker")
                .put("value", typed);
        JsonNode answer = ack(KIT.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of()));
        List<String> options = new ArrayList<>();
        answer.path("options").forEach(o -> options.add(o.path("value").asText()));
        return options;
    }

    @Test
    void role_aClippedCompound_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U1", "C1", "role devex lead"));

        assertEquals("Your guide is now *Developer Experience Lead*.", body.path("text").asText(), body.toString());
        assertEquals(Optional.of("developer-experience-lead"),
                KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));
    }

    @Test
    void typeahead_aClippedCompound_offersThatGuideAlone() throws Exception {
        // Read as a role with no guide, it would offer the closest roles: every lead.
        assertEquals(List.of("developer-experience-lead"), suggestions("U2", "devex lead"));
    }

    @Test
    void question_aMoveSaidWithAnArrow_isAnsweredFromTheRoleHeadedFor() throws Exception {
        String sent = answer("U3", "backend lead -> devex lead, what would I earn", "Developer Experience Lead");

        assertTrue(sent.contains("Developer Experience Lead"), sent);
        assertTrue(!sent.contains("There is no guide"), sent);
    }
}
