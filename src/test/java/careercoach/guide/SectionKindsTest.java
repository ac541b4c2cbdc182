package careercoach.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionKindsTest {

    @Test
    void inferred_standardId_isItsOwnKindWhateverTheTitle() {
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("top-skills", "Pay and market"));
    }

    @Test
    void inferred_otherId_isTheKindItsTitleNames() {
        assertEquals(Optional.of(SectionIds.SALARY_AND_DEMAND), SectionKinds.inferred("money", "Pay and market"));
        assertEquals(Optional.of(SectionIds.KEY_RESPONSIBILITIES), SectionKinds.inferred("job", "Day to day"));
        assertEquals(Optional.of(SectionIds.SKILL_GAPS), SectionKinds.inferred("watch-out", "Common skill gaps"));
    }

    @Test
    void inferred_headingsHrLaddersUse_nameTheirKind() {
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("bar", "What great leads are good at"));
        assertEquals(Optional.of(SectionIds.KEY_RESPONSIBILITIES), SectionKinds.inferred("own", "What You'll Own"));
        assertEquals(Optional.of(SectionIds.DEVELOPMENT_SUGGESTIONS), SectionKinds.inferred("up", "How to Level Up"));
        assertEquals(Optional.of(SectionIds.CAREER_PROGRESSION), SectionKinds.inferred("paths", "Growth Paths"));
        assertEquals(Optional.of(SectionIds.SALARY_AND_DEMAND), SectionKinds.inferred("trend", "Growth and demand"));
    }

    @Test
    void inferred_headingsOrganisationsWriteInTheirOwnWords_nameTheirKind() {
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("bar", "What good looks like"));
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("what-good-looks-like", "The bar"));
        assertEquals(Optional.of(SectionIds.CAREER_PROGRESSION), SectionKinds.inferred("later", "Where it leads"));
        assertEquals(Optional.of(SectionIds.CAREER_PROGRESSION), SectionKinds.inferred("where-it-leads", "Later"));
        assertEquals(Optional.of(SectionIds.CAREER_PROGRESSION),
                SectionKinds.inferred("later", "Where this role leads"));
        assertEquals(Optional.of(SectionIds.NEXT_STEPS), SectionKinds.inferred("start", "First moves"));
        assertEquals(Optional.of(SectionIds.NEXT_STEPS), SectionKinds.inferred("first-moves", "Start"));
        assertEquals(Optional.of(SectionIds.NEXT_STEPS), SectionKinds.inferred("start", "Your first 90 days"));
        assertEquals(Optional.of(SectionIds.SALARY_AND_DEMAND), SectionKinds.inferred("money", "Market outlook"));
        assertEquals(Optional.of(SectionIds.SKILL_GAPS), SectionKinds.inferred("hard", "Where people get stuck"));
        assertEquals(Optional.of(SectionIds.SKILL_GAPS), SectionKinds.inferred("watch-outs", "Watch-outs"));
        // "leads" here is the people, not where the role leads
        assertEquals(Optional.of(SectionIds.SKILL_GAPS), SectionKinds.inferred("hard", "Where new support leads trip up"));
        assertEquals(Optional.of(SectionIds.SKILL_GAPS), SectionKinds.inferred("hard", "Where new leads go wrong"));
        assertEquals(Optional.of(SectionIds.TOP_SKILLS), SectionKinds.inferred("kit", "The toolkit"));
        assertEquals(Optional.of(SectionIds.DEVELOPMENT_SUGGESTIONS), SectionKinds.inferred("up", "Getting better"));
        assertEquals(Optional.of(SectionIds.NEXT_STEPS), SectionKinds.inferred("start", "Your first quarter"));
        assertEquals(Optional.of(SectionIds.KEY_RESPONSIBILITIES), SectionKinds.inferred("week", "Your week"));
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
