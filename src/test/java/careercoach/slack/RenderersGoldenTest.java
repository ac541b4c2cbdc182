package careercoach.slack;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.search.Answer;
import careercoach.search.Hit;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.slack.guide.HomeRenderer;
import careercoach.slack.guide.SectionRenderer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renderers are pure: fixture guide in, Block Kit out, compared with golden files. */
class RenderersGoldenTest {
    private static final Guide GUIDE = new Guide("test-lead", "Test Lead <Guide>", "Career Guide", List.of(
            new Section(SectionIds.OVERVIEW, "Overview", "Leads a team & ships.", null, null, null, null),
            new Section(SectionIds.TOP_SKILLS, "Top Skills", null, List.of(
                    new Item("design", "System design", "APIs, boundaries", null, null, null),
                    new Item("coding", "Coding", null, "Writes clear code", null, null)), null, null, null),
            new Section(SectionIds.NEXT_STEPS, "Next Steps", null, List.of(
                    new Item("case-study", null, null, "Write a design case study", null, null)), null, null, null)));
    private static final List<Subcommand> COMMANDS = List.of(
            new Subcommand("help", "help", "this list", call -> null),
            new Subcommand("skills", "skills", "Top Skills", call -> null),
            new Subcommand("ask", "ask <question>", "answer a question", call -> null));

    private final SectionRenderer sections = new SectionRenderer();
    private final AnswerRenderer answers = new AnswerRenderer(new GuideLibrary(List.of(GUIDE))::find);

    @Test
    void section_private_hasShareButton() throws Exception {
        Golden.assertMatches("section-private", sections.render(GUIDE,
                GUIDE.section(SectionIds.TOP_SKILLS).orElseThrow(), 0, Optional.empty()));
    }

    @Test
    void section_shared_namesWhoSharedIt() throws Exception {
        Golden.assertMatches("section-shared", sections.render(GUIDE,
                GUIDE.section(SectionIds.TOP_SKILLS).orElseThrow(), 0, Optional.of("U1")));
    }

    @Test
    void help_withUnknownWord() throws Exception {
        Golden.assertMatches("help-unknown", new HelpRenderer().render(GUIDE, COMMANDS, "<frob>"));
    }

    @Test
    void answer_answered() throws Exception {
        Answer answer = new Answer("what <skills>?", true, null, Optional.empty(), List.of(
                new Hit("test-lead", "top-skills", "Top Skills", "*System design* (APIs, boundaries)", 3.2),
                new Hit("test-lead", "next-steps", "Next Steps", "Write a design case study", 1.1),
                new Hit("test-lead", "overview", "Overview", "Leads a team", 0.9)));
        Golden.assertMatches("answer-answered", answers.render(answer, "Ev1", GUIDE, COMMANDS));
    }

    @Test
    void answer_otherMatchFromAnotherGuide_namesThatGuideOnItsButton() {
        Guide other = new Guide("mobile-lead", "Mobile Lead", "", List.of(
                new Section(SectionIds.SALARY_AND_DEMAND, "Salary & Demand", "Pays well.", null, null, null, null)));
        AnswerRenderer twoGuides = new AnswerRenderer(new GuideLibrary(List.of(GUIDE, other))::find);
        Answer answer = new Answer("what does it pay", true, null, Optional.empty(), List.of(
                new Hit("test-lead", "overview", "Overview", "Leads a team", 3.2),
                new Hit("test-lead", "top-skills", "Top Skills", "System design", 1.1),
                new Hit("mobile-lead", SectionIds.SALARY_AND_DEMAND, "Salary & Demand", "Pays well.", 0.9)));

        String json = GsonFactory.createSnakeCase().toJson(twoGuides.render(answer, "Ev4", GUIDE, COMMANDS));

        assertTrue(json.contains("\"Also: Top Skills\""), json);
        assertTrue(json.contains("Also: Salary \\u0026 Demand (Mobile Lead)"), json);
    }

    @Test
    void answer_notInTheGuides_withDidYouMean() throws Exception {
        Answer answer = new Answer("skils for pilots", false, "outside the guides", Optional.of("skills for pilots"),
                List.of());
        Golden.assertMatches("answer-not-answered", answers.render(answer, "Ev2", GUIDE, COMMANDS));
    }

    @Test
    void answer_roleWithNoGuide_saysSoWithTheClosestRoles() throws Exception {
        Answer answer = new Answer("what does a data scientist earn", false, Answer.NO_GUIDE_FOR_ROLE,
                Optional.empty(), List.of(), Optional.of("data scientist"),
                List.of("Data Engineering Lead", "Backend Engineering Lead (Microservices)"));
        Golden.assertMatches("answer-no-guide-for-role", answers.render(answer, "Ev3", GUIDE, COMMANDS));
    }

    @Test
    void home_showsGuideAndButtons() throws Exception {
        Golden.assertMatches("home", new HomeRenderer().render(GUIDE));
    }

    @Test
    void section_hugeContent_staysWithinBlockKitLimitsAndPages() {
        List<Item> items = IntStream.range(0, 400).mapToObj(i -> new Item("i" + i, "Skill " + i,
                "x".repeat(300), "y".repeat(400), null, null)).toList();
        Guide huge = new Guide("huge", "Huge", "", List.of(new Section(SectionIds.TOP_SKILLS, "T".repeat(400),
                "z".repeat(9000), items, null, null, null)));
        Section section = huge.sections().get(0);

        List<LayoutBlock> first = sections.render(huge, section, 0, Optional.empty());

        assertLimits(first);
        String json = GsonFactory.createSnakeCase().toJson(first);
        assertTrue(json.contains(SectionRenderer.MORE_ACTION), "offers the rest");
        int shown = first.size() - 4;
        List<LayoutBlock> second = sections.render(huge, section, shown, Optional.empty());
        assertLimits(second);
        assertTrue(GsonFactory.createSnakeCase().toJson(second).contains("continued"));
    }

    @Test
    void section_pagesTogether_showEveryParagraphOnce() {
        List<Item> items = IntStream.range(0, 400).mapToObj(i -> new Item("i" + i, "Skill " + i, "d".repeat(200),
                null, null, null)).toList();
        Section section = new Section(SectionIds.TOP_SKILLS, "Top", null, items, null, null, null);
        Guide guide = new Guide("g", "G", "", List.of(section));
        int total = SectionRenderer.paragraphs(section).size();

        int from = 0;
        while (from < total) {
            List<LayoutBlock> page = sections.render(guide, section, from, Optional.empty());
            long content = page.stream().filter(b -> b.getType().equals("section")).count();
            from += (int) content;
            assertTrue(content > 0);
        }
        assertEquals(total, from);
    }

    private static void assertLimits(List<LayoutBlock> blocks) {
        assertTrue(blocks.size() <= Mrkdwn.MAX_MESSAGE_BLOCKS, "blocks: " + blocks.size());
        String json = GsonFactory.createSnakeCase().toJson(blocks);
        var tree = new ObjectMapper().valueToTree(
                GsonFactory.createSnakeCase().fromJson(json, Object.class));
        tree.findValues("text").forEach(t -> {
            String text = t.isTextual() ? t.asText() : t.path("text").asText();
            assertTrue(text.length() <= Mrkdwn.MAX_TEXT, "text of " + text.length());
        });
        tree.findValues("value").forEach(v -> assertTrue(v.asText().length() <= Mrkdwn.MAX_VALUE));
    }
}
