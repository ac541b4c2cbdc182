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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A title said as a clipped compound, the first letters of its words run together ("devex" for Developer
 * Experience), through signed Slack requests, beside the shipped Backend Engineering Lead: {@code /career role},
 * its typeahead and a question all find the Developer Experience Lead, and an arrow between two roles is a move.
 */
class ClippedShortFormsProtocolTest {
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-5");
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("developer-experience-lead.yml"),
            GUIDES.resolve("ml-engineering-lead-routing-forecasting.yml")));

    /** The ids of the guides the role picker's typeahead offers while the person types {@code typed}. */
    private static List<String> suggestions(String userId, String typed) throws Exception {
        return KIT.roleSuggestions(userId, typed).stream().map(o -> o.path("value").asText()).toList();
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
        String sent = KIT.answer("U3", "backend lead -> devex lead, what would I earn", "Developer Experience Lead");

        assertTrue(sent.contains("Developer Experience Lead"), sent);
        assertTrue(!sent.contains("There is no guide"), sent);
    }
}
