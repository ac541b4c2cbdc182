package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles said the way people say them, through signed Slack requests, over an organisation's guides written with no
 * aliases (a Machine Learning Platform Lead, a Frontend Engineering Lead (Web), a Developer Experience Lead) beside
 * the shipped Backend Engineering Lead: {@code /career role}, {@code /career compare}, the role typeahead and
 * questions read "ML platform lead", "front-end lead" and "fronted lead" alike.
 */
class RolesAsPeopleSayThemProtocolTest {
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides");
    private static final String ML = "machine-learning-platform-lead";
    private static final String FRONTEND = "frontend-engineering-lead-web";

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve(ML + ".yml"), GUIDES.resolve(FRONTEND + ".yml"),
            GUIDES.resolve("developer-experience-lead.yml")));

    @Test
    void role_byInitialsForPartOfTheTitle_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U1", "C1", "role ML platform"));

        assertEquals("Your guide is now *Machine Learning Platform Lead*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(ML), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));
    }

    @Test
    void role_hyphenatedOrMisspelt_choosesThatGuide() throws Exception {
        assertEquals("Your guide is now *Frontend Engineering Lead (Web)*.",
                ack(KIT.command("U2", "C1", "role front-end lead")).path("text").asText());
        assertEquals("Your guide is now *Frontend Engineering Lead (Web)*.",
                ack(KIT.command("U3", "C1", "role fronted lead")).path("text").asText());
    }

    @Test
    void compare_withARoleSaidByPartOfItsInitials_comparesThem() throws Exception {
        KIT.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "U4", ShippedGuideBeside.SHIPPED);
        HttpResponse<String> ack = KIT.command("U4", "C1", "compare ML platform lead");

        assertEquals(200, ack.statusCode());
        String shown = KIT.slack().await(c -> c.method().equals("response_url"), 1).get(0).blocks().toString();
        assertTrue(shown.contains("to Machine Learning Platform Lead"), shown);
    }

    @Test
    void typeahead_hyphenatedCompound_listsThatGuideAlone() throws Exception {
        List<JsonNode> options = KIT.roleSuggestions("U5", "front-end");

        List<String> offered = options.stream().map(o -> o.path("value").asText()).toList();
        assertEquals(List.of(FRONTEND), offered, options.toString());
    }

    @Test
    void question_namingARoleByPartOfItsInitials_isAnsweredFromThatGuide() throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage("U6", "what skills does an ML platform lead need?"), 0);

        String sent = KIT.slack().await(c -> c.method().equals("chat.postMessage")
                && c.allText().contains("Machine Learning"), 1).get(0).allText();
        assertTrue(sent.contains("From *Machine Learning Platform Lead*"), sent);
    }

    @Test
    void question_aboutARoleWithNoGuide_namesItAsSaid_withTheClosestRoles() throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage("U7", "how do I become an SRE lead"), 0);

        String sent = KIT.slack().await(c -> c.method().equals("chat.postMessage")
                && c.allText().contains("SRE"), 1).get(0).allText();
        assertTrue(sent.contains("There is no guide for *SRE lead* yet. The closest roles with a guide:"), sent);
    }

    @Test
    void role_inFullWidthLetters_choosesThatGuide() throws Exception {
        // "ＭＬ ｐｌａｔｆｏｒｍ ｌｅａｄ", as a question in those letters is read.
        JsonNode body = ack(KIT.command("U8", "C1",
                "role \uFF2D\uFF2C \uFF50\uFF4C\uFF41\uFF54\uFF46\uFF4F\uFF52\uFF4D \uFF4C\uFF45\uFF41\uFF44"));

        assertEquals("Your guide is now *Machine Learning Platform Lead*.", body.path("text").asText(),
                body.toString());
    }

    @Test
    void question_aboutAChiefSaidByInitials_isARoleWithNoGuide() throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage("U9", "what does a ciso earn"), 0);

        String sent = KIT.slack().await(c -> c.method().equals("chat.postMessage")
                && c.allText().contains("ciso"), 1).get(0).allText();
        assertTrue(sent.contains("There is no guide for *ciso* yet."), sent);
    }
}
