package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles of other heads and chiefs, through signed Slack requests, over a Security Engineering Lead (AppSec) with the
 * alias "Product Security Lead", a Solutions Architect and a Data Science Manager ("Head of Data Science") beside
 * the shipped Backend Engineering Lead: a question and {@code /career role} agree that a product manager has no
 * guide, a CISO none either, and a data scientist manager is the Data Science Manager.
 */
class RolesOfOtherHeadsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-2");

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("security-engineering-lead-appsec.yml"), GUIDES.resolve("solutions-architect.yml"),
            GUIDES.resolve("data-science-manager.yml")));

    private static JsonNode ack(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String answer(String user, String question, String shown) throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage(user, question), 0);
        return KIT.slack().await(c -> c.method().equals("chat.postMessage") && c.allText().contains(shown), 1)
                .get(0).allText();
    }

    @Test
    void question_productManager_isARoleWithNoGuide_asCareerRoleSays() throws Exception {
        String sent = answer("U1", "product manager responsibilities", "product manager");
        assertTrue(sent.contains("There is no guide for *product manager* yet."), sent);

        JsonNode body = ack(KIT.command("U2", "C1", "role product manager"));
        assertTrue(body.toString().contains("No single guide matches"), body.toString());
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U2"));
    }

    @Test
    void question_aChiefByInitials_inFullWidthLetters_isARoleWithNoGuide() throws Exception {
        String sent = answer("U3", "\uFF23\uFF29\uFF33\uFF2F salary", "CISO");
        assertTrue(sent.contains("There is no guide for *CISO* yet."), sent);
    }

    @Test
    void question_dataScientistManager_isAnsweredFromTheDataScienceManager() throws Exception {
        String sent = answer("U4", "data scientist manager salary", "Data Science Manager");
        assertTrue(sent.contains("From *Data Science Manager*"), sent);
    }

    @Test
    void role_inFullWidthLetters_choosesThatGuide() throws Exception {
        // "ＡｐｐＳｅｃ Ｌｅａｄ"
        String role = "\uFF21\uFF50\uFF50\uFF33\uFF45\uFF43 \uFF2C\uFF45\uFF41\uFF44";
        JsonNode body = ack(KIT.command("U5", "C1", "role " + role));
        assertEquals("Your guide is now *Security Engineering Lead (AppSec)*.", body.path("text").asText(),
                body.toString());
    }
}
