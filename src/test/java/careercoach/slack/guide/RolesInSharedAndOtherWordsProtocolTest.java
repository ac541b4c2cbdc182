package careercoach.slack.guide;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles said in words several guides share, and jobs no guide covers said in words of their own, through signed
 * Slack requests, over a healthcare company's Frontend Engineering Manager (Patient Experience), Head of Engineering
 * (Telehealth), Clinical Integrations Lead and Infrastructure & Compliance Lead and a Developer Experience Lead
 * beside the shipped Backend Engineering Lead: "engineering manager" is the frontend manager, the only manager of
 * one field; "telehealth engineering manager" is answered, not refused; a privacy officer, a head of
 * interoperability and a developer advocate have no guide, each offered the closest roles that have one.
 */
class RolesInSharedAndOtherWordsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HEALTH = Path.of("src/test/resources/search/outside-guides-6");
    private static final Path LOGISTICS = Path.of("src/test/resources/search/outside-guides-5");

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            HEALTH.resolve("frontend-engineering-manager-patient-experience.yml"),
            HEALTH.resolve("head-of-engineering-telehealth.yml"), HEALTH.resolve("clinical-integrations-lead.yml"),
            HEALTH.resolve("infrastructure-compliance-lead.yml"), LOGISTICS.resolve("developer-experience-lead.yml")));

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
    void question_engineeringManager_isAnsweredFromTheOnlyManagerOfOneField_asCareerRoleChoosesIt() throws Exception {
        String sent = answer("U1", "what does an engineering manager do", "From *");
        assertTrue(sent.contains("From *Frontend Engineering Manager (Patient Experience)*"), sent);

        JsonNode body = ack(KIT.command("U2", "C1", "role engineering manager"));
        assertEquals("Your guide is now *Frontend Engineering Manager (Patient Experience)*.",
                body.path("text").asText(), body.toString());
    }

    @Test
    void question_aRankWhoseWordsTwoGuidesShare_isAnswered_notARoleWithNoGuide() throws Exception {
        String sent = answer("U3", "telehealth engineering manager responsibilities", "Engineering");
        assertTrue(sent.contains("From *Head of Engineering (Telehealth)*")
                || sent.contains("From *Frontend Engineering Manager (Patient Experience)*"), sent);
        assertFalse(sent.contains("There is no guide"), sent);
    }

    @Test
    void question_anOfficerOfAField_sharingNoWordWithAGuide_isARoleWithNoGuide_withTheClosestRoles() throws Exception {
        String sent = answer("U4", "privacy officer responsibilities", "privacy officer");
        assertTrue(sent.contains("There is no guide for *privacy officer* yet. The closest roles with a guide:"),
                sent);
    }

    @Test
    void question_aHeadOfAFieldNoGuideNames_isARoleWithNoGuide() throws Exception {
        String sent = answer("U5", "head of interoperability salary", "interoperability");
        assertTrue(sent.contains("There is no guide for *head of interoperability* yet."), sent);
    }

    @Test
    void question_aDeveloperAdvocate_isARoleWithNoGuide_withTheDeveloperExperienceLeadAmongTheClosest()
            throws Exception {
        String sent = answer("U6", "developer advocate salary", "developer advocate");
        assertTrue(sent.contains("There is no guide for *developer advocate* yet."), sent);
        assertTrue(sent.contains("*Developer Experience Lead*"), sent);
    }

    @Test
    void question_heldAsADeveloperAdvocate_isAnsweredFromTheRoleAskedAbout() throws Exception {
        String sent = answer("U7", "I'm a developer advocate at a tools vendor, what would a developer experience lead"
                + " do all day", "From *");
        assertTrue(sent.contains("From *Developer Experience Lead*"), sent);
    }
}
