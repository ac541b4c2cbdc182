package careercoach.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionKindsTest {

    @Test
    void inferred_standardId_isItsOwnKindWhateverTheTitle() {
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("top-skills", "Pay and market"));
    }

    /** A section of an id that is no standard one, by its kind, id and title. */
    static Stream<Arguments> headingsNamingAKind() {
        return Stream.of(
                // the kind its title names
                Arguments.of(SectionIds.SALARY_AND_DEMAND, "money", "Pay and market"),
                Arguments.of(SectionIds.KEY_RESPONSIBILITIES, "job", "Day to day"),
                Arguments.of(SectionIds.SKILL_GAPS, "watch-out", "Common skill gaps"),
                // headings HR ladders use
                Arguments.of(SectionIds.TOP_SKILLS, "bar", "What great leads are good at"),
                Arguments.of(SectionIds.KEY_RESPONSIBILITIES, "own", "What You'll Own"),
                Arguments.of(SectionIds.DEVELOPMENT_SUGGESTIONS, "up", "How to Level Up"),
                Arguments.of(SectionIds.CAREER_PROGRESSION, "paths", "Growth Paths"),
                Arguments.of(SectionIds.SALARY_AND_DEMAND, "trend", "Growth and demand"),
                // headings organisations write in their own words, in the title or the id
                Arguments.of(SectionIds.TOP_SKILLS, "bar", "What good looks like"),
                Arguments.of(SectionIds.TOP_SKILLS, "what-good-looks-like", "The bar"),
                Arguments.of(SectionIds.CAREER_PROGRESSION, "later", "Where it leads"),
                Arguments.of(SectionIds.CAREER_PROGRESSION, "where-it-leads", "Later"),
                Arguments.of(SectionIds.CAREER_PROGRESSION, "later", "Where this role leads"),
                Arguments.of(SectionIds.NEXT_STEPS, "start", "First moves"),
                Arguments.of(SectionIds.NEXT_STEPS, "first-moves", "Start"),
                Arguments.of(SectionIds.NEXT_STEPS, "start", "Your first 90 days"),
                Arguments.of(SectionIds.SALARY_AND_DEMAND, "money", "Market outlook"),
                Arguments.of(SectionIds.SKILL_GAPS, "hard", "Where people get stuck"),
                Arguments.of(SectionIds.SKILL_GAPS, "watch-outs", "Watch-outs"),
                // "leads" here is the people, not where the role leads
                Arguments.of(SectionIds.SKILL_GAPS, "hard", "Where new support leads trip up"),
                Arguments.of(SectionIds.SKILL_GAPS, "hard", "Where new leads go wrong"),
                Arguments.of(SectionIds.TOP_SKILLS, "kit", "The toolkit"),
                Arguments.of(SectionIds.DEVELOPMENT_SUGGESTIONS, "up", "Getting better"),
                Arguments.of(SectionIds.NEXT_STEPS, "start", "Your first quarter"),
                Arguments.of(SectionIds.KEY_RESPONSIBILITIES, "week", "Your week"));
    }

    @ParameterizedTest(name = "{1} / {2} is {0}")
    @MethodSource("headingsNamingAKind")
    void inferred_otherId_isTheKindItsTitleOrIdNames(String kind, String id, String title) {
        assertEquals(Optional.of(kind), SectionKinds.inferred(id, title));
    }

    @Test
    void inferred_whatThePersonDoesOrOwns_isTheResponsibilities() {
        for (String heading : List.of("What you do", "What they own", "What you'll be doing", "A day in the life",
                "Scope and impact")) {
            assertEquals(Optional.of(SectionIds.KEY_RESPONSIBILITIES), SectionKinds.inferred("job", heading),
                    heading);
        }
    }

    @Test
    void inferred_headingsNamingNoKind_stayOfNone() {
        for (String heading : List.of("Team rituals", "Certifications and courses", "Craft")) {
            assertEquals(Optional.empty(), SectionKinds.inferred("own", heading), heading);
        }
    }

    @Test
    void inferred_titleNamingNone_fallsBackToTheIdsWords() {
        assertEquals(Optional.of(SectionIds.COMPANIES_HIRING), SectionKinds.inferred("who-hires", "Where to look"));
    }

    @Test
    void inferred_neitherTitleNorIdNamesAKind_isNone() {
        assertEquals(Optional.empty(), SectionKinds.inferred("team-rituals", "Team rituals"));
    }

    @Test
    void section_withoutDeclaredKind_takesTheInferredOne() {
        Section section = new Section("pay-and-market", "Pay and market", "text", null, null, null, null);

        assertTrue(section.is(SectionIds.SALARY_AND_DEMAND));
    }

    @Test
    void guide_sectionOfKind_findsTheFirstSectionOfThatKindWhateverItsId() {
        Section first = new Section("pay", "Pay", "a", null, null, null, null);
        Section second = new Section("more-pay", "Salary", "b", null, null, null, null);
        Guide guide = new Guide("g", "G", null, List.of(first, second));

        assertEquals(Optional.of(first), guide.sectionOfKind(SectionIds.SALARY_AND_DEMAND));
        assertEquals(Optional.empty(), guide.sectionOfKind(SectionIds.NEXT_STEPS));
    }

    @Test
    void load_declaredKind_winsOverTheTitlesWords(@TempDir Path dir) throws Exception {
        write(dir, "  - id: first-moves\n    title: First moves\n    kind: next-steps\n    text: Start here.\n");

        Guide guide = new GuideLoader().load(dir).guides().get(0);

        assertEquals(Optional.of(SectionIds.NEXT_STEPS), guide.sections().get(0).kind());
    }

    @Test
    void load_unknownKind_isAProblemAtItsLine(@TempDir Path dir) throws Exception {
        write(dir, "  - id: money\n    title: Money\n    kind: salary\n    text: Some.\n");

        GuideValidationException e = assertThrows(GuideValidationException.class, () -> new GuideLoader().load(dir));

        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(6, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("unknown kind 'salary' for section 'money'"),
                e::getMessage);
    }

    @Test
    void load_standardIdDeclaringAnotherKind_isAProblem(@TempDir Path dir) throws Exception {
        write(dir, "  - id: overview\n    title: Overview\n    kind: top-skills\n    text: Some.\n");

        GuideValidationException e = assertThrows(GuideValidationException.class, () -> new GuideLoader().load(dir));

        assertTrue(e.problems().get(0).message().contains("is of kind overview by its id"), e::getMessage);
    }

    @Test
    void load_idNotInKebabCase_isStillAProblem(@TempDir Path dir) throws Exception {
        write(dir, "  - id: Pay_Market\n    title: Pay\n    text: Some.\n");

        GuideValidationException e = assertThrows(GuideValidationException.class, () -> new GuideLoader().load(dir));

        assertTrue(e.problems().get(0).message().contains("not lowercase kebab-case"), e::getMessage);
    }

    @Test
    void load_idLongerThanSlacksValuesCarry_isAProblemNamingTheLimit(@TempDir Path dir) throws Exception {
        write(dir, "  - id: " + "pay-".repeat(20) + "market\n    title: Pay\n    text: Some.\n");

        GuideValidationException e = assertThrows(GuideValidationException.class, () -> new GuideLoader().load(dir));

        assertTrue(e.problems().get(0).message().contains("at most 64"), e::getMessage);
    }

    @Test
    void check_twoSectionsOfOneKind_loadsWithAWarning(@TempDir Path dir) throws Exception {
        write(dir, "  - id: pay\n    title: Pay\n    text: One.\n  - id: salary-and-demand\n    title: Salary\n"
                + "    text: Two.\n  - id: duties\n    title: Key Responsibilities\n    text: Three.\n"
                + "  - id: skills\n    title: Top Skills\n    text: Four.\n");

        GuideCheck check = new GuideLoader().check(dir);

        assertEquals(List.of(), check.problems());
        assertEquals(1, check.warnings().size(), check.warnings()::toString);
        assertTrue(check.warnings().get(0).message().contains("section 'salary-and-demand' is of kind"
                + " salary-and-demand like section 'pay' before it"), check.warnings()::toString);
        assertEquals("pay", check.guides().get(0).sectionOfKind(SectionIds.SALARY_AND_DEMAND).orElseThrow().id());
    }

    @Test
    void describe_ownIdSections_sayTheKindAndHowItWasGiven() throws Exception {
        Guide guide = new GuideLoader().load(Path.of("src/test/resources/edge-guides/own-section-ids")).guides().get(0);

        List<String> lines = SectionKinds.describe(guide);

        assertEquals(10, lines.size(), lines::toString);
        assertTrue(lines.contains("security-engineering-lead / pay-and-market: salary-and-demand (from its title)"),
                lines::toString);
        assertTrue(lines.contains("security-engineering-lead / first-moves: next-steps (from its title)"),
                lines::toString);
        assertTrue(lines.contains("security-engineering-lead / what-to-learn: development-suggestions (declared or read from its"
                + " content)"),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("security-engineering-lead / certifications: no kind")),
                lines::toString);
    }

    @Test
    void describe_standardIds_areNotListed() {
        Guide guide = new Guide("g", "G", null, List.of(new Section("overview", "About", "a", null, null, null,
                null)));

        assertEquals(List.of(), SectionKinds.describe(guide));
    }

    @Test
    void words_areEachWordTheKindsAreNamedBy_asWritten_withoutPlaceholders() {
        List<String> words = SectionKinds.words();
        assertTrue(words.containsAll(List.of("salary", "skill*", "career", "path*", "duties", "learning")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.equals("*") || w.equals("#") || w.contains(" ")), words.toString());
        assertEquals(words.size(), words.stream().distinct().count());
    }

    private static void write(Path dir, String sections) throws Exception {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.writeString(guides.resolve("g.yml"), "id: g\ntitle: Some Lead\nsections:\n" + sections);
    }
}
