package careercoach.slack.guide;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guide whose section ids are all its own ("pay-and-market", "day-to-day", "first-moves"...), served beside the
 * shipped guide: once a person chooses it, the commands, the answers, the skill check, the steps walk, the App Home,
 * compare and checklists use its sections by kind.
 */
class OwnSectionIdsProtocolTest {
    private static final String GUIDE = "security-engineering-lead";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(OwnSectionIdsProtocolTest::indexDataWithBothGuides);

    private static Map<String, String> indexDataWithBothGuides() {
        return ShippedGuideBeside.in(indexData,
                Path.of("src/test/resources/edge-guides/own-section-ids/guides", GUIDE + ".yml"));
    }

    private static void choose(String user) throws Exception {
        String ack = kit.command(user, "C1", "role " + GUIDE).body();
        assertTrue(ack.contains("Your guide is now *Security Engineering Lead*"), ack);
    }

    @Test
    void salaryCommand_answersFromTheSectionOfThatKind() throws Exception {
        choose("U1");

        HttpResponse<String> ack = kit.command("U1", "C1", "salary");

        assertTrue(ack.body().contains("Pay and market"), ack.body());
        assertTrue(ack.body().contains("$175k–$235k base (US, illustrative)"), ack.body());
    }

    @Test
    void help_describesEachSectionCommandByTheReadersOwnSectionTitle() throws Exception {
        choose("U11");

        String help = new ObjectMapper().readTree(kit.command("U11", "C1", "help").body()).path("blocks")
                .findValues("text").stream().map(t -> t.path("text").asText()).reduce("", String::concat);

        assertTrue(help.contains("`/career salary` — Pay and market"), help);
        assertTrue(help.contains("`/career skills` — What you need to be good at"), help);
        assertTrue(help.contains("`/career steps` — First moves"), help);
        assertFalse(help.contains("Salary &amp; Demand"), help);
        assertFalse(help.contains("Top Skills for Success"), help);
    }

    @Test
    void help_ofTheDefaultGuide_keepsItsSectionTitles() throws Exception {
        String help = new ObjectMapper().readTree(kit.command("U12", "C1", "help").body()).path("blocks")
                .findValues("text").stream().map(t -> t.path("text").asText()).reduce("", String::concat);

        assertTrue(help.contains("`/career salary` — Salary &amp; Demand"), help);
        assertFalse(help.contains("Pay and market"), help);
    }

    @Test
    void commandOfAKindTheGuideLacks_saysThisGuideHasNoSuchSection() throws Exception {
        Map<String, String> env = Map.of("INDEX_DATA", "src/test/resources/edge-guides/no-next-steps");
        try (SlackTestKit small = SlackTestKit.start(env, java.time.Clock.systemUTC())) {
            String ack = small.command("U2", "C1", "salary").body();

            assertTrue(ack.contains("*Data Platform Lead* has no such section (no section about salary and demand)"),
                    ack);
        }
    }

    @Test
    void question_isAnsweredFromTheSectionThatSaysIt() throws Exception {
        choose("U3");

        String sent = kit.firstReplyTo("U3", "what does a security lead do day to day?");

        assertTrue(sent.contains("From *Security Engineering Lead*"), sent);
        assertTrue(sent.contains("*Day to day*"), sent);
    }

    @Test
    void questionAboutPay_isAnsweredWithTheSectionsRanges_whateverPassageTheSnippetShows() throws Exception {
        choose("U9");

        String sent = kit.firstReplyTo("U9", "what do security leads earn?");

        assertTrue(sent.contains("*Pay and market*"), sent);
        // The band's row is quoted (its range or its sentence): either way the figure is in the answer.
        assertTrue(sent.contains("$175k–$235k base"), "the figure is in the answer: " + sent);
    }

    @Test
    void question_aboutASectionOfNoKind_isStillAnsweredFromIt() throws Exception {
        choose("U4");

        String sent = kit.firstReplyTo("U4", "do I need a CISSP to become a security lead?");

        assertTrue(sent.contains("*Certifications*"), sent);
    }

    @Test
    void skillCheck_asksAboutTheStumblingBlocksAndRecommendsTheGuidesFirstMoves() throws Exception {
        choose("U5");

        kit.command("U5", "C1", "check");
        JsonNode message = kit.slack().await("chat.postMessage", 1).get(0).blocks();
        assertTrue(message.toString().contains("Blocking releases instead of offering safer options"),
                message::toString);
        for (int i = 0; i < 2; i++) {
            String value = message.findValues("elements").stream()
                    .flatMap(e -> StreamSupport.stream(e.spliterator(), false))
                    .filter(e -> "coach_answer_NEW_TO_IT".equals(e.path("action_id").asText()))
                    .findFirst().orElseThrow().path("value").asText();
            kit.blockAction("U5", "DU5", "coach_answer_NEW_TO_IT", value);
            message = kit.slack().await("chat.update", i + 1).get(i).blocks();
        }

        String result = message.toString();
        assertTrue(result.contains("Start a shared risk register"), result);
        assertTrue(result.contains("Review the broadest cloud permissions"), result);
        assertFalse(result.contains("names no step for this yet"), result);
    }

    @Test
    void stepsWalk_walksTheGuidesFirstMoves() throws Exception {
        choose("U6");

        kit.command("U6", "C1", "steps walk");

        String first = kit.slack().await("chat.postMessage", 1).get(0).blocks().toString();
        assertTrue(first.contains("risk register"), first);
    }

    @Test
    void appHome_showsTheOverviewAndOpensTheSkillsAndTheFirstMoves() throws Exception {
        choose("U7");
        String home = kit.openHome("U7").toString();
        assertTrue(home.contains("products and infrastructure safe to run"), home);
        assertTrue(home.contains("What you need to be good at"), home);
        assertTrue(home.contains(GUIDE + "|first-moves"), home);
    }

    @Test
    void compare_setsTheGuidesSkillsBesideTheOtherRoles() throws Exception {
        choose("U8");

        kit.command("U8", "C1", "compare backend lead");

        String shown = kit.slack().await("response_url", 1).get(0).blocks().toString();
        assertTrue(shown.contains("Application security"), shown);
        assertTrue(shown.contains("Distributed system design") || shown.contains("distributed"), shown);
    }

    @Test
    void checklist_offersTheGuidesFirstMovesByTheirOwnIds() throws Exception {
        choose("U9");

        kit.command("U9", "C1", "checklist <@U10|pat>");

        String view = kit.slack().await("views.open", 1).get(0).param("view");
        assertTrue(view.contains("first-moves/risk-register"), view);
        assertTrue(view.contains("Start a shared risk register"), view);
    }
}
