package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /career role} reads a typed role as a question naming it is read, through signed Slack requests, beside the
 * shipped Backend Engineering Lead: an organisation's Site Reliability Engineering Manager and Technical Program
 * Manager. "engineering manager" is a rank no guide's name is (the SRE manager's says a field of its own): there is
 * no guide for it, as a question says, and the SRE manager is offered, not chosen.
 */
class CareerRoleReadAsQuestionsProtocolTest {
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-3");
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("sre-manager.yml"), GUIDES.resolve("technical-program-manager.yml")));

    @Test
    void role_aGenericRank_withOnlyAManagerOfAFieldOfItsOwn_isARoleWithNoGuide_asAQuestionSays() throws Exception {
        String shown = ack(KIT.command("U1", "C1", "role engineering manager")).toString();

        assertTrue(shown.contains("There is no guide for *engineering manager* yet. The closest roles with a guide:"),
                shown);
        assertTrue(shown.contains("*Site Reliability Engineering Manager*"), shown);
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));

        String sent = KIT.answer("U2", "engineering manager salary", "engineering manager");
        assertTrue(sent.contains("There is no guide for *engineering manager* yet."), sent);
    }

    @Test
    void role_aRoleWithNoGuide_saysSo_withTheClosestRoles() throws Exception {
        String shown = ack(KIT.command("U3", "C1", "role product manager")).toString();

        assertTrue(shown.contains("There is no guide for *product manager* yet. The closest roles with a guide:"),
                shown);
        assertTrue(shown.contains("*Technical Program Manager*"), shown);
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U3"));
    }

    @Test
    void role_inBritishSpelling_choosesTheGuideSpeltTheAmericanWay() throws Exception {
        JsonNode body = ack(KIT.command("U4", "C1", "role technical programme manager"));

        assertEquals("Your guide is now *Technical Program Manager*.", body.path("text").asText(), body.toString());
        body = ack(KIT.command("U5", "C1", "role programme manager"));
        assertEquals("Your guide is now *Technical Program Manager*.", body.path("text").asText(), body.toString());
        assertEquals(Optional.of("technical-program-manager"),
                KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U5"));
    }

    @Test
    void role_theRankWithItsField_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U6", "C1", "role SRE manager"));

        assertEquals("Your guide is now *Site Reliability Engineering Manager*.", body.path("text").asText(),
                body.toString());
    }
}
