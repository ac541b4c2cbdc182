package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code /career role} with the short forms a question is read with ("eng", "ops"), through signed Slack requests,
 * over an organisation's Site Reliability Engineering Manager and a studio's Engineering Manager (Live Operations)
 * beside the shipped Backend Engineering Lead: "eng manager" and "live ops manager" are the live-ops manager, as
 * questions saying them are answered from it, and the typeahead offers it alone for "live ops manager".
 */
class CareerRoleShortFormsProtocolTest {
    private static final String LIVE_OPS = "engineering-manager-live-operations";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/search/outside-guides-3/sre-manager.yml"),
            Path.of("src/test/resources/search/outside-guides-4/" + LIVE_OPS + ".yml")));

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
        List<JsonNode> options = KIT.roleSuggestions("U3", "live ops manager");

        List<String> offered = options.stream().map(o -> o.path("value").asText()).toList();
        assertEquals(List.of(LIVE_OPS), offered, options.toString());
    }
}
