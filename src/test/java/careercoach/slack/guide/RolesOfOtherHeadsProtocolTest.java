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
 * Roles of other heads and chiefs, through signed Slack requests, over a Security Engineering Lead (AppSec) with the
 * alias "Product Security Lead", a Solutions Architect and a Data Science Manager ("Head of Data Science") beside
 * the shipped Backend Engineering Lead: a question and {@code /career role} agree that a product manager has no
 * guide, a CISO none either, and a data scientist manager is the Data Science Manager.
 */
class RolesOfOtherHeadsProtocolTest {
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-2");

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("security-engineering-lead-appsec.yml"), GUIDES.resolve("solutions-architect.yml"),
            GUIDES.resolve("data-science-manager.yml")));

    @Test
    void question_productManager_isARoleWithNoGuide_asCareerRoleSays() throws Exception {
        String sent = KIT.answer("U1", "product manager responsibilities", "product manager");
        assertTrue(sent.contains("There is no guide for *product manager* yet."), sent);

        JsonNode body = ack(KIT.command("U2", "C1", "role product manager"));
        assertTrue(body.toString().contains("There is no guide for *product manager* yet."), body.toString());
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U2"));
    }

    @Test
    void question_aChiefByInitials_inFullWidthLetters_isARoleWithNoGuide() throws Exception {
        String sent = KIT.answer("U3", "\uFF23\uFF29\uFF33\uFF2F salary", "CISO");
        assertTrue(sent.contains("There is no guide for *CISO* yet."), sent);
    }

    @Test
    void question_dataScientistManager_isAnsweredFromTheDataScienceManager() throws Exception {
        String sent = KIT.answer("U4", "data scientist manager salary", "Data Science Manager");
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

    @Test
    void role_aChiefByInitials_isARoleWithNoGuide_withTheRolesThatLeadToIt() throws Exception {
        JsonNode body = ack(KIT.command("U6", "C1", "role ciso"));
        String shown = body.toString();
        assertTrue(shown.contains("There is no guide for *ciso* yet. The closest roles with a guide:"), shown);
        // The AppSec lead's career progression leads to CISO.
        assertTrue(shown.contains("*Security Engineering Lead (AppSec)*"), shown);
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U6"));
    }

    @Test
    void compareAndCheck_aChiefByInitials_offerTheRolesThatLeadToIt() throws Exception {
        String compared = ack(KIT.command("U7", "C1", "compare cto")).toString();
        assertTrue(compared.contains("There is no guide for *cto* yet. The closest roles with a guide:"), compared);
        // The Solutions Architect's career progression leads to CTO.
        assertTrue(compared.contains("*Solutions Architect*"), compared);

        String checked = ack(KIT.command("U8", "C1", "check CISO")).toString();
        assertTrue(checked.contains("There is no guide for *CISO* yet. The closest roles with a guide:"), checked);
        assertTrue(checked.contains("*Security Engineering Lead (AppSec)*"), checked);
    }

    @Test
    void question_aChiefByInitials_namesTheRolesThatLeadToIt_asCareerRoleDoes() throws Exception {
        String sent = KIT.answer("U9", "ciso salary", "ciso");
        assertTrue(sent.contains("There is no guide for *ciso* yet. The closest role with a guide:"
                + " *Security Engineering Lead (AppSec)*"), sent);
    }

    @Test
    void roleAndCompare_echoWhatWasTyped_withoutItsFormattingCharactersFormattingTheReply() throws Exception {
        String role = ack(KIT.command("U10", "C1", "role *bold* _it_")).toString();
        assertTrue(role.contains("No single guide matches _\u2217bold\u2217 \u02CDit\u02CD_.")
                || role.contains("No single guide matches _∗bold∗ ˍitˍ_."), role);
        assertTrue(!role.contains("*bold*") && !role.contains("_it_"), role);

        String compared = ack(KIT.command("U11", "C1", "compare ~gone~ `code`")).toString();
        assertTrue(compared.contains("No single guide matches _∼gone∼ ˋcodeˋ_."), compared);
        assertTrue(!compared.contains("~gone~") && !compared.contains("`code`"), compared);
    }
}
