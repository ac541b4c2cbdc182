package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.search.KindsByMeaning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    private static final Path SEED = Path.of("src/test/resources/seed/backend-engineering-lead-microservices.txt");
    private static final Path WIKI = Path.of("src/test/resources/ladders/sre-lead-wiki.md");
    private static final String SEED_ID = "backend-engineering-lead-microservices";

    @TempDir
    Path indexData;
    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("INDEX_DATA", indexData.toString())::get)
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every file under the index-data folder and the scratch folder, to show that nothing was written. */
    private List<Path> everyFile() throws IOException {
        try (Stream<Path> a = Files.walk(indexData); Stream<Path> b = Files.walk(files)) {
            return Stream.concat(a, b).sorted().toList();
        }
    }

    /** A file of this name in the scratch folder, holding {@code text}: the ladder a test imports. */
    private Path written(String fileName, String text) throws IOException {
        Path file = files.resolve(fileName);
        Files.writeString(file, text);
        return file;
    }

    /**
     * Imports the ladder with these options ({@code --force}, {@code --title}...), which must go through, and returns
     * the first guide under index-data then.
     */
    private Guide imported(Path ladder, String... options) throws IOException {
        String[] args = Stream.concat(Stream.of(ladder.toString()), Stream.of(options)).toArray(String[]::new);
        assertEquals(0, run(args), this::err);
        return new GuideLoader().load(indexData).guides().get(0);
    }

    /** Each section of the guide as "id title", in order. */
    private static List<String> headings(Guide guide) {
        return guide.sections().stream().map(s -> s.id() + " " + s.title()).toList();
    }

    /** The names of every item of the guide's section {@code sectionId}, in its groups too. */
    private static List<String> names(Guide guide, String sectionId) {
        return guide.section(sectionId).orElseThrow().allItems().stream().map(i -> i.name()).toList();
    }

    private void copyShippedGuide() throws IOException {
        Files.createDirectories(indexData.resolve("guides"));
        Files.copy(Path.of("index-data/guides", SEED_ID + ".yml"), indexData.resolve("guides/" + SEED_ID + ".yml"));
    }

    @Test
    void run_seed_writesTheGuideUnderIndexDataAndValidatesIt() throws Exception {
        assertEquals(0, run(SEED.toString()), this::err);

        Path written = indexData.resolve("guides/" + SEED_ID + ".yml");
        Guide guide = new GuideLoader().load(indexData).find(SEED_ID).orElseThrow();
        assertEquals(SectionIds.ALL, guide.sections().stream().map(s -> s.id()).toList());
        List<String> lines = out().lines().toList();
        assertEquals("Imported " + SEED + " as " + written + ": 9 sections, 69 items.", lines.get(0));
        assertEquals(8, lines.stream().filter(l -> l.startsWith(written + ":") && l.contains(": warning: role '"))
                .count(), this::out);
        assertEquals(2, lines.stream().filter(l -> l.startsWith(written + ":") && l.contains(" name no actions ("))
                .count(), this::out);
        assertTrue(lines.get(lines.size() - 1).startsWith("validate: OK, 10 warnings. Still to do by hand:"),
                this::out);
        assertFalse(out().contains("Not placed"), this::out);
        assertEquals("", err());
    }

    @Test
    void run_markdownWikiPage_importsCleanAmongTheShippedGuide() throws Exception {
        copyShippedGuide();

        assertEquals(0, run(WIKI.toString()), this::err);

        Path written = indexData.resolve("guides/site-reliability-engineering-sre-lead.yml");
        assertTrue(out().startsWith("Imported " + WIKI + " as " + written + ": 9 sections, "), this::out);
        assertFalse(out().contains("Not placed"), this::out);
        assertTrue(out().contains("\nvalidate: OK, 6 warnings. "), this::out);
        assertEquals(2, new GuideLoader().load(indexData).guides().size());
        assertTrue(Files.readString(written).contains("guide: " + SEED_ID), "the role that has a guide links to it");
    }

    @Test
    void run_linesItCannotPlace_areListedAsFileAndLine() throws Exception {
        Path ladder = written("data-lead.md", """
                # Data Engineering Lead

                ## Responsibilities
                - Own the data platform

                ## Benefits
                - Free lunch
                """);

        assertEquals(0, run(ladder.toString()), this::err);

        assertTrue(out().contains("Not placed (2 lines; add them by hand where they belong):\n"
                + "  " + ladder + ":6: Benefits (no section of a guide is about this (")
                && out().contains("  " + ladder + ":7: Free lunch (under 'Benefits' (line 6), which is placed"
                + " nowhere)"),
                this::out);
    }

    @Test
    void run_slackMarkupInTheLadder_isListedAndNeverWrittenLive() throws Exception {
        Path ladder = written("data-lead.md", """
                # Data Engineering Lead

                ## Responsibilities
                - Tell <!channel> when a pipeline is late
                - Keep <https://evil.example|the SSO page> up to date
                """);

        assertEquals(0, run(ladder.toString()), this::err);

        String written = Files.readString(indexData.resolve("guides/data-engineering-lead.yml"));
        assertTrue(written.contains("Keep the SSO page up to date") && !written.contains("<")
                && !written.contains("evil.example"), written);
        assertTrue(out().contains("  " + ladder + ":4: <!channel> (a mention, left out: a guide notifies no one)\n"
                + "  " + ladder + ":5: <https://evil.example|the SSO page> (a link: its text 'the SSO page' kept,"
                + " the address left out)"), this::out);
    }

    @Test
    void run_plainTextWithSentenceCaseHeadings_placesEachSection() throws Exception {
        Path ladder = written("live-ops.txt", """
                Engineering Manager (Live Operations)
                Management track

                Responsibilities
                Run the on-call rotation for game servers

                Skills
                Live service operations (dashboards, alerts, runbooks)
                People management (one-to-ones, reviews)

                Where new live ops managers struggle
                Treating every hotfix as an emergency

                Career path
                Can lead to:
                Director of Engineering (several game teams)

                Development suggestions
                Shadow the release manager through a certification cycle. Spend a week with player support.

                Compensation
                Entry: £75k-£90k base (UK)

                Who hires
                Riot Games, Supercell, King

                Next steps
                1. Write down the patch calendar
                2. Set up one dashboard
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of("key-responsibilities Responsibilities", "top-skills Skills",
                        "skill-gaps Where new live ops managers struggle", "career-progression Career path",
                        "development-suggestions Development suggestions",
                        "salary-and-demand Compensation", "companies-hiring Who hires", "next-steps Next steps"),
                headings(guide));
        assertEquals(List.of("Riot Games", "Supercell", "King"), names(guide, SectionIds.COMPANIES_HIRING));
        assertEquals(2, guide.section(SectionIds.NEXT_STEPS).orElseThrow().items().size());
        assertEquals(2, guide.section(SectionIds.DEVELOPMENT_SUGGESTIONS).orElseThrow().items().size());
        assertEquals(List.of("Treating every hotfix as an emergency"), names(guide, SectionIds.SKILL_GAPS));
        assertFalse(out().contains("Note:"), this::out);
    }

    @Test
    void run_plainTextLineThatReadsAsAHeadingRightUnderOne_isItsFirstEntry_andSaysSo() throws Exception {
        Path ladder = written("hub-lead.txt", """
                Sorting Hub Lead

                Skills

                Hiring and interviewing
                Shift planning (rotas, overtime)

                Next steps
                1. Walk the evening sort
                2. Read last week's volume
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of("top-skills", "next-steps"), guide.sections().stream().map(Section::id).toList());
        assertEquals(List.of("Hiring and interviewing", "Shift planning"), names(guide, SectionIds.TOP_SKILLS));
        assertTrue(out().contains("Note: " + ladder + ":5: 'Hiring and interviewing' reads like a heading"
                + " (companies-hiring) but is not in title case"), this::out);
    }

    @Test
    void run_plainTextHeadingOfASectionTheGuideHasAlready_isNotedWhereItWasRead() throws Exception {
        Path ladder = written("live-ops.txt", """
                Live Ops Lead

                Next Steps
                1. Write down the patch calendar

                Skills
                People management
                Next steps
                Cloud cost control
                """);

        assertEquals(0, run(ladder.toString()), this::err);

        assertTrue(out().contains("Note: " + ladder + ":8: 'Next steps' reads like a heading, but the guide has a"
                + " next-steps section already ('Next Steps', line 3), so it heads a group of 'Skills'"), this::out);
    }

    @Test
    void run_plainTextRolesWithAnExplainingBracket_areRolesWhereverTheyStand() throws Exception {
        Path underLabel = written("live-ops-lead.txt", """
                Live Ops Lead
                Skills
                People management (one-to-ones, reviews)
                Career path
                Can lead to:
                Head of Live Games (all live titles)
                Director of Engineering (several teams)
                Who hires
                Riot Games, Supercell, King
                """);
        Path underHeading = written("live-ops-manager.txt", """
                Live Ops Manager
                Career Path
                Head of Live Games (all live titles)
                Director of Engineering (several teams)
                Skills
                People management (one-to-ones, reviews)
                """);

        assertEquals(0, run(underLabel.toString()), this::err);
        assertEquals(0, run(underHeading.toString()), this::err);

        for (String id : List.of("live-ops-lead", "live-ops-manager")) {
            Guide guide = new GuideLoader().load(indexData).find(id).orElseThrow();
            assertEquals(List.of("Head of Live Games|all live titles", "Director of Engineering|several teams"),
                    guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().stream()
                            .map(i -> i.name() + "|" + i.details()).toList(), id);
        }
        Guide labelled = new GuideLoader().load(indexData).find("live-ops-lead").orElseThrow();
        assertEquals(List.of("Can lead to"), labelled.section(SectionIds.CAREER_PROGRESSION).orElseThrow().groups()
                .stream().map(g -> g.title()).toList());
        assertFalse(out().contains("Not placed"), this::out);
    }

    @Test
    void run_payInOtherCurrencies_keepsEveryRangeWithItsCurrencyAndPlace() throws Exception {
        Path ladder = written("pay.md", """
                # Gameplay Lead

                ## Compensation

                - Entry: £60k–£72k base (UK), CA$105k–CA$125k base (Canada)
                - Mid: £72k–£88k base (UK), C$125k–C$150k base (Canada)
                - Senior: £88k–£105k base (UK), 720k–850k SEK base (Sweden)
                - Staff: £100k–£120k base (UK), 260k–310k PLN base (Poland)
                - Lead: $150k–$180k base (US), A$190k–A$230k base (Australia)
                - Principal: 1,100,000–1,300,000 SEK base (Stockholm), plus a yearly bonus
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of(
                        "Entry|£60k–£72k base (UK), CA$105k–CA$125k base (Canada)|",
                        "Mid|£72k–£88k base (UK), C$125k–C$150k base (Canada)|",
                        "Senior|£88k–£105k base (UK), 720k–850k SEK base (Sweden)|",
                        "Staff|£100k–£120k base (UK), 260k–310k PLN base (Poland)|",
                        "Lead|$150k–$180k base (US), A$190k–A$230k base (Australia)|",
                        "Principal|1,100,000–1,300,000 SEK base (Stockholm)|1,100,000–1,300,000 SEK base (Stockholm),"
                                + " plus a yearly bonus"),
                guide.section(SectionIds.SALARY_AND_DEMAND).orElseThrow().items().stream()
                        .map(i -> i.name() + "|" + i.range() + "|" + i.text()).toList());
    }

    @Test
    void run_payTable_keepsWhatEachColumnsHeaderSaysOfItsRangesWithThem() throws Exception {
        Path ladder = LADDERS.resolve("pay-table.md");

        Section salary = imported(ladder).section(SectionIds.SALARY_AND_DEMAND)
                .orElseThrow();
        assertEquals(List.of("Entry|$150k–$175k base (US), £95k–£110k total (UK)|",
                        "Senior|$175k–$210k base (US), £110k–£130k total (UK)|",
                        "Lead|£130k–£150k total (UK)|"),
                salary.items().stream().map(i -> i.name() + "|" + i.range() + "|" + i.text()).toList());
        assertEquals("Pay is reviewed every April.", salary.text());
    }

    @Test
    void run_markdownRoleWhoseTitleHasABracket_takesTheSecondBracketAsItsDetails() throws Exception {
        Path ladder = written("gameplay-lead.md", """
                # Gameplay Engineering Lead

                ## Career path

                - Engineering Manager (Live Operations) (running the live team)
                - Game Director (for leads who move to design)
                - Testing (unit) and tooling (build, CI)
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of("Engineering Manager (Live Operations)|running the live team",
                        "Game Director|for leads who move to design", "Testing (unit) and tooling (build, CI)|"),
                guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().stream()
                        .map(i -> i.name() + "|" + i.details()).toList());
    }

    @Test
    void run_headingsInEverydayWords_placeTheirSections() throws Exception {
        Path ladder = written("tech-artist.md", """
                # Lead Technical Artist

                ## What you look after

                - The art pipeline from the modelling tools to the engine

                ## Where it can go

                - Art Director

                ## Growing further

                Run a shader workshop for the artists. Write the pipeline's documentation.
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of("key-responsibilities What you look after", "career-progression Where it can go",
                        "development-suggestions Growing further"),
                headings(guide));
        assertFalse(out().contains("Not placed"), this::out);
    }

    private static final Path LADDERS = Path.of("src/test/resources/ladders/import");

    @Test
    void run_textExportOfAWikiPage_importsEverySection_leavingOutThePagesDetails() throws Exception {
        Path file = LADDERS.resolve("broadcaster-text-export.txt");

        assertEquals(0, run(file.toString()), this::err);

        Guide guide = new GuideLoader().load(indexData).find("live-subtitling-engineering-lead").orElseThrow();
        assertEquals(SectionIds.ALL.stream().sorted().toList(),
                guide.sections().stream().map(Section::id).sorted().toList());
        assertTrue(guide.section(SectionIds.OVERVIEW).orElseThrow().text().startsWith("The Live Subtitling"),
                this::out);
        assertTrue(guide.section(SectionIds.SKILL_GAPS).orElseThrow().allItems().stream()
                .allMatch(i -> i.name().length() <= 80 && !i.details().isEmpty()), this::out);
        String out = out();
        for (String line : List.of(":1: Spaces / Broadcast Technology / Career Ladders (the page's own details",
                ":3: Created by People Partnering, last updated by Priya Nair on 14 Oct 2026 (the page's own details",
                ":4: Owned by Broadcast Technology (the page's own details", ":46: Page 1 of 1 (the page's own details")) {
            assertTrue(out.contains("  " + file + line), line + " in\n" + out);
        }
        assertTrue(out.contains("warning: role 'Head of Access Technology' has no guide"), out);
        assertFalse(out.contains("warning: role 'Senior engineer at a subtitling vendor"), out);
        assertFalse(out.contains("warning: role 'Broadcast systems engineer'"), out);
        assertFalse(out.contains("read like headings"), out);
    }

    @Test
    void run_guideWithFarFewerSectionsThanTheLaddersHeadings_saysSoInTheVerdict() throws Exception {
        Path file = LADDERS.resolve("headings-as-bullets.txt");

        assertEquals(0, run(file.toString()), this::err);

        List<String> lines = out().lines().toList();
        String verdict = lines.get(lines.size() - 1);
        assertTrue(verdict.startsWith("validate: OK"), verdict);
        assertTrue(verdict.contains("but the guide has 1 section where 4 more lines of " + file + " read like"
                + " headings (the note above): check them before the guide is used."), verdict);

        out.reset();
        assertEquals(0, run(LADDERS.resolve("numbered-headings-export.txt").toString(), "--force"), this::err);
        List<String> numbered = out().lines().toList();
        assertFalse(numbered.get(numbered.size() - 1).contains("read like headings"), this::out);
    }

    @Test
    void run_headingSayingWhatYouAreResponsibleFor_isTheResponsibilitiesInEveryForm() throws Exception {
        String ladder = Files.readString(LADDERS.resolve("responsible-for.md"));
        for (String heading : List.of("What you're responsible for", "What you’re responsible for",
                "What you are responsible for", "Responsible for", "Your responsibility")) {
            Path file = files.resolve("returns-lead.md");
            Files.writeString(file, ladder.replace("What you're responsible for", heading));
            out.reset();

            Guide guide = imported(file, "--force");
            assertEquals(List.of("overview Overview", "key-responsibilities " + heading, "top-skills Skills",
                            "career-progression Career path"),
                    headings(guide), heading);
            assertEquals(7, guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().size(), heading);
            assertTrue(guide.section(SectionIds.OVERVIEW).orElseThrow().groups().isEmpty(), heading);
        }
    }

    @Test
    void run_ladderWithNoResponsibilitiesNorSkills_saysEachOnceWithTheLadderAdvice_andCountsWhatItPrints()
            throws Exception {
        Path plain = returnsLadder("""
                Career Path
                Head of Returns
                """);
        assertEquals(0, run(plain.toString()), this::err);

        List<String> lines = out().lines().toList();
        List<String> duties = lines.stream().filter(l -> l.contains("no responsibilities section")).toList();
        List<String> skills = lines.stream().filter(l -> l.contains("no skills section")).toList();
        assertEquals(1, duties.size(), this::out);
        assertEquals(1, skills.size(), this::out);
        assertTrue(duties.get(0).startsWith("Note: " + plain + ": ") && duties.get(0).endsWith("and import again"),
                this::out);
        assertTrue(skills.get(0).startsWith("Note: " + plain + ": ") && skills.get(0).endsWith("and import again"),
                this::out);
        long warnings = lines.stream().filter(l -> l.contains(": warning: ")).count();
        String verdict = lines.stream().filter(l -> l.startsWith("validate: ")).findFirst().orElseThrow();
        assertTrue(verdict.startsWith("validate: OK" + (warnings == 0 ? ". " : ", " + warnings + " warning")),
                verdict + "\n" + out());

        out.reset();
        new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("INDEX_DATA", indexData.toString())::get)
                .run(new String[0]);
        assertTrue(out().contains("warning: the guide has no responsibilities section"), this::out);
    }

    @Test
    void run_headingNamingNoSectionBeforeTheFirstSection_isAGroupOfTheOverview_andSaysSo() throws Exception {
        Path file = files.resolve("returns-lead.md");
        Files.writeString(file, Files.readString(LADDERS.resolve("responsible-for.md"))
                .replace("What you're responsible for", "Ways of working"));

        Section overview = imported(file).section(SectionIds.OVERVIEW)
                .orElseThrow();
        assertEquals(List.of("Ways of working"), overview.groups().stream().map(g -> g.title()).toList());
        assertTrue(out().contains("Note: " + file + ":5: 'Ways of working' names no section of a guide, so it and"
                + " what is under it are a group of 'Overview': if it is a section of its own, title it as guides"
                + " do ('What you'll do', 'Where it leads'...: index-data/README.md) and import again"), this::out);
        assertTrue(out().contains("Note: " + file + ": the guide has no responsibilities section (no heading was"
                + " read as one), so /career responsibilities shows none: if the ladder says what the role does,"
                + " title that heading as guides do ('Key Responsibilities' or 'What you'll do') and import again"),
                this::out);

        Path plain = returnsLadder("""
                Skills
                Process design (intake, grading, refund)
                """);
        out.reset();
        assertEquals(0, run(plain.toString(), "--force"), this::err);
        assertTrue(out().contains("Note: " + plain + ":5: 'Ways of Working' names no section of a guide"), this::out);
    }

    @Test
    void run_plainTextSentenceCaseLineStandingAloneThatNamesAFreeSection_isItsHeading() throws Exception {
        Path ladder = LADDERS.resolve("who-is-hiring.txt");

        Guide guide = imported(ladder);
        assertEquals(List.of("key-responsibilities Responsibilities", "top-skills Skills",
                        "salary-and-demand Compensation", "companies-hiring Who is hiring"),
                headings(guide));
        assertEquals(List.of("DHL", "Royal Mail", "Evri", "Amazon Logistics"),
                names(guide, SectionIds.COMPANIES_HIRING));
        assertEquals(2, guide.section(SectionIds.SALARY_AND_DEMAND).orElseThrow().allItems().size());
        assertFalse(out().contains("Note:"), this::out);
    }

    @Test
    void run_plainTextRoleWhoseNameHoldsAHeadingWord_isARoleNotAHeading() throws Exception {
        Path ladder = written("data-science-lead.txt", """
                Data Science Lead

                Skills
                Experiment design (power, sample sizes)

                Career path
                Can lead to:
                Responsible AI Lead
                Head of Data Science
                """);

        Guide guide = imported(ladder);
        assertEquals(List.of("top-skills", "career-progression"),
                guide.sections().stream().map(Section::id).toList());
        assertEquals(List.of("Responsible AI Lead", "Head of Data Science"),
                names(guide, SectionIds.CAREER_PROGRESSION));

        Files.writeString(ladder, Files.readString(ladder).replace("Skills\n", "Data Science Lead Responsibilities\n"
                + "Run the weekly experiment review\n\nSkills\n"));
        assertEquals(List.of("key-responsibilities", "top-skills", "career-progression"),
                imported(ladder, "--force").sections().stream().map(Section::id).toList(), "a heading about a role");
    }

    @Test
    void run_plainTextTitleNamingARoleWithAHeadingWord_isTheTitle() throws Exception {
        Path ladder = LADDERS.resolve("machine-learning-lead-parcel-sorting.txt");

        Guide guide = imported(ladder);
        assertEquals("machine-learning-engineering-lead-parcel-sorting", guide.id());
        assertEquals("Machine Learning Engineering Lead (Parcel Sorting)", guide.title());
        assertEquals(List.of("overview Overview", "key-responsibilities Responsibilities", "top-skills Skills"),
                headings(guide));

        assertEquals(0, run(LADDERS.resolve("machine-learning-lead.txt").toString()), this::err);
        assertEquals("Machine Learning Lead", new GuideLoader().load(indexData).find("machine-learning-lead")
                .orElseThrow().title());
    }

    @Test
    void run_titleGiven_overALadderWhoseFirstLineIsTheRole_keepsTheOverview() throws Exception {
        Path ladder = LADDERS.resolve("machine-learning-lead-parcel-sorting.txt");

        Guide guide = imported(ladder, "--title", "Sorting ML Lead");
        assertEquals("Sorting ML Lead", guide.title());
        assertEquals(List.of("overview", "key-responsibilities", "top-skills"),
                guide.sections().stream().map(Section::id).toList());
        assertTrue(guide.section(SectionIds.OVERVIEW).orElseThrow().text().startsWith("This lead looks after"));
        assertFalse(out().contains("Note:"), this::out);
    }

    @Test
    void run_titleGiven_overALadderWhoseFirstLineIsAHeading_saysSo() throws Exception {
        Path ladder = LADDERS.resolve("development-plan-first.txt");

        Guide guide = imported(ladder, "--title", "Sorting Lead");
        assertEquals(List.of("development-suggestions", "key-responsibilities"),
                guide.sections().stream().map(Section::id).toList());
        assertTrue(out().contains("Note: " + ladder + ":1: 'Development Plan' is read as the heading of the"
                + " development-suggestions section, not as the role's name: if it is the role's name, delete that"
                + " line (the title comes from --title)"), this::out);
    }

    @Test
    void run_plainTextSecondHeadingOfATakenKind_saysWhereTheFirstIs_andKeepsItsParagraphWhole() throws Exception {
        Path ladder = LADDERS.resolve("second-suggestions-heading.txt");

        Section gaps = imported(ladder).section(SectionIds.SKILL_GAPS).orElseThrow();
        assertEquals(List.of("Planning every shift by hand instead of fixing the template."),
                gaps.allItems().stream().map(i -> i.name()).toList(), "a paragraph of sentences is no skill's name");
        assertEquals("How to level up", gaps.groups().get(0).title());
        assertTrue(gaps.groups().get(0).text().startsWith("Rebuild the shift template"), gaps.groups()::toString);
        assertTrue(out().contains("Note: " + ladder + ":8: 'How to level up' reads like a heading, but the guide has"
                + " a development-suggestions section already ('Development Suggestions', line 3), so it heads a"
                + " group of 'Where New Leads Struggle'"), this::out);
    }

    @Test
    void run_sentenceEndingInAColonThatNamesAFreeSection_startsItOverItsList() throws Exception {
        for (String file : List.of("struggles-after-a-colon.txt", "struggles-after-a-colon.md")) {
            Path ladder = LADDERS.resolve(file);

            Guide guide = imported(ladder, "--force");
            assertEquals(List.of("key-responsibilities", "skill-gaps", "career-progression"),
                    guide.sections().stream().map(Section::id).toList(), file);
            assertEquals(2, guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().size(), file);
            assertEquals("", guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().text(), file);
            Section gaps = guide.section(SectionIds.SKILL_GAPS).orElseThrow();
            assertEquals("Where people new to the role most often struggle", gaps.title(), file);
            assertEquals(List.of("Planning every shift by hand.", "Saying yes to every overtime request."),
                    gaps.items().stream().map(i -> i.name()).toList(), file);
        }

        Path taken = LADDERS.resolve("struggles-after-a-colon-taken.txt");
        assertEquals(0, run(taken.toString(), "--force"), this::err);
        assertTrue(out().contains("Note: " + taken + ":9: 'Where people new to the role most often struggle:' speaks"
                + " of the skill-gaps section, but the guide has one already ('Common Pitfalls', line 3), so it is"
                + " the text of 'Responsibilities' and the lines under it are its entries"), this::out);
    }

    @Test
    void run_oneLineUnderTheTitleThatIsNoSentence_isTheSubtitleWhateverItsLength() throws Exception {
        for (String file : List.of("long-subtitle.txt", "long-subtitle.md")) {
            assertEquals(0, run(LADDERS.resolve(file).toString(), "--force"), this::err);

            Guide guide = new GuideLoader().load(indexData).guides().get(0);
            assertEquals("Role description for the hub planning track, Sorting & Linehaul group - second draft (for"
                    + " the review panel)", guide.subtitle(), file);
            assertEquals("The lead plans the sorting shifts for the three hubs.",
                    guide.section(SectionIds.OVERVIEW).orElseThrow().text(), file);
        }
    }

    @Test
    void run_boldNameWithoutAColon_andNameBeforeADash_areSplitFromTheirDetails() throws Exception {
        Guide guide = imported(LADDERS.resolve("bold-and-dash-names.md"));
        assertEquals(List.of("Plan the shifts for the three hubs, a week ahead"), guide
                .section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().stream().map(i -> i.text()).toList());
        assertEquals(List.of("Shift planning|for three hubs, so the belts never stand still",
                        "Forecast reading|volume by hour, by hub", "People management|one-to-ones, rotas",
                        "Strong written English|"),
                guide.section(SectionIds.TOP_SKILLS).orElseThrow().items().stream()
                        .map(i -> i.name() + "|" + i.details()).toList());
        List<String> gaps = List.of("Saying yes too often|taking every overtime request without asking why",
                "Planning by hand|copying last week's rota instead of fixing the template");
        assertEquals(Stream.concat(gaps.stream(), Stream.of("Weak at reading the volume forecast|")).toList(),
                guide.section(SectionIds.SKILL_GAPS).orElseThrow().items().stream()
                        .map(i -> i.name() + "|" + i.details()).toList());

        Guide plain = imported(LADDERS.resolve("dash-names.txt"), "--force");
        assertEquals(gaps, plain.section(SectionIds.SKILL_GAPS).orElseThrow().items().stream()
                .map(i -> i.name() + "|" + i.details()).toList());
        assertEquals(List.of("Head of Hub Operations|for leads who want every hub"),
                plain.section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().stream()
                        .map(i -> i.name() + "|" + i.details()).toList());
    }

    @Test
    void run_roleWhoseNameWithItsBracketIsAGuide_keepsTheBracketInItsName_andLinks() throws Exception {
        copyShippedGuide();
        for (String file : List.of("role-with-guide-bracket.md", "role-with-guide-bracket.txt")) {
            assertEquals(0, run(LADDERS.resolve(file).toString()), this::err);
        }

        for (String id : List.of("hub-planning-lead", "depot-systems-lead")) {
            Guide guide = new GuideLoader().load(indexData).find(id).orElseThrow();
            assertEquals(List.of("Backend Engineering Lead (Microservices)||" + SEED_ID, "Data Scientist|forecasting|"),
                    guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().stream()
                            .map(i -> i.name() + "|" + i.details() + "|" + i.guide()).toList(), id);
        }
    }

    @Test
    void run_roleWhoseBracketDiffersFromTheGuides_isNotThatGuide() throws Exception {
        assertEquals(0, run(LADDERS.resolve("engineering-manager-sorting-hubs.md").toString()), this::err);
        Path ladder = LADDERS.resolve("qualified-roles.md");

        assertEquals(0, run(ladder.toString()), this::err);

        Guide guide = new GuideLoader().load(indexData).find("hub-planning-lead").orElseThrow();
        assertEquals(List.of("Engineering Manager (Linehaul)|", "Engineering Manager|engineering-manager-sorting-hubs"),
                guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().stream()
                        .map(i -> i.name() + "|" + i.guide()).toList());
        assertTrue(out().contains(": warning: role 'Engineering Manager (Linehaul)' has no guide"), this::out);
    }

    @Test
    void validate_loopThroughARoleMatchedByName_isAWarning() throws Exception {
        assertEquals(0, run(LADDERS.resolve("sorting-hub-manager.md").toString()), this::err);
        assertEquals(0, run(LADDERS.resolve("hub-planning-lead-onward.md").toString()), this::err);
        assertTrue(out().contains("sorting-hub-manager.yml:14: warning: role 'Hub Planning Lead' is guide"
                + " 'hub-planning-lead' by its name, which makes a loop"), "the import tells of the loop it closes: "
                + out());
        out.reset();

        int status = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.<String, String>of()::get)
                .run(new String[] {indexData.toString()});

        assertEquals(0, status, this::err);
        assertTrue(out().contains("sorting-hub-manager.yml:14: warning: role 'Hub Planning Lead' is guide"
                + " 'hub-planning-lead' by its name, which makes a loop along career progression: sorting-hub-manager"
                + " → hub-planning-lead → sorting-hub-manager; a career path leads onward: name another guide with"
                + " guide: <id>, or rename the role"), this::out);
        assertFalse(out().contains("hub-planning-lead.yml") && out().contains("loop along career progression:"
                + " hub-planning-lead"), this::out);
    }

    @Test
    void run_guidesThatLinkToTheGuideNotYetImported_areStillGuidesItsRolesAre() throws Exception {
        Files.createDirectories(indexData.resolve("guides"));
        Files.copy(LADDERS.resolve("guides/engineering-manager-sorting-hubs.yml"),
                indexData.resolve("guides/engineering-manager-sorting-hubs.yml"));
        Path ladder = LADDERS.resolve("hub-planning-lead-to-manager.md");

        assertEquals(0, run(ladder.toString()), this::err);

        Guide guide = new GuideLoader().load(indexData).find("hub-planning-lead").orElseThrow();
        assertEquals(List.of("Engineering Manager (Sorting Hubs)|"), guide.section(SectionIds.CAREER_PROGRESSION)
                .orElseThrow().allItems().stream().map(i -> i.name() + "|" + i.guide()).toList());
        assertTrue(out().contains("Note: role 'Engineering Manager (Sorting Hubs)' is guide"
                + " 'engineering-manager-sorting-hubs', which leads back to this guide"), this::out);
    }

    @Test
    void run_plainTextWhoseFirstLineIsAHeading_hasNoTitle() throws Exception {
        Path ladder = LADDERS.resolve("responsibilities-first.txt");

        assertEquals(1, run(ladder.toString()));

        assertEquals("import: " + ladder + " has no title line (the role's name, first in the file): line 1,"
                + " 'Responsibilities', heads the key-responsibilities section; give the title with --title\n", err());
    }

    @Test
    void run_binaryFile_endsInOneLineAndWritesNothing() throws Exception {
        Path png = files.resolve("ladder.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
                'R'});
        List<Path> before = everyFile();

        assertEquals(1, run(png.toString()));

        assertEquals(List.of("import: " + png + " is not text (it holds binary data): import reads a ladder written in"
                + " Markdown or plain text"), err().lines().toList());
        assertEquals("", out());
        assertEquals(before, everyFile());
    }

    @Test
    void run_emptyFile_endsInOneLineAndWritesNothing() throws Exception {
        Path empty = Files.createFile(files.resolve("empty.md"));
        Path blank = Files.writeString(files.resolve("blank.txt"), " \n\n\t\n");
        List<Path> before = everyFile();

        assertEquals(1, run(empty.toString()));
        assertEquals(1, run(blank.toString()));

        assertEquals(List.of("import: " + empty + " is empty: there is nothing to import",
                "import: " + blank + " is empty: there is nothing to import"), err().lines().toList());
        assertEquals(before, everyFile());
    }

    @Test
    void run_fiftyMegabyteFile_endsInOneLineAndWritesNothing() throws Exception {
        Path huge = files.resolve("huge.md");
        String line = "- Lead design and delivery of backend services, APIs, and data flows across many services\n";
        try (Writer writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            writer.write("# Huge Lead\n## Key Responsibilities\n");
            for (long written = 0; written < 50L * 1000 * 1000; written += line.length()) {
                writer.write(line);
            }
        }
        List<Path> before = everyFile();

        assertEquals(1, run(huge.toString()));

        assertEquals(List.of("import: " + huge + " is 50.0 MB: a career ladder is a page of text (at most 1024 KB is"
                + " read); is this the right file?"), err().lines().toList());
        assertEquals(before, everyFile());
    }

    @Test
    void run_missingFile_andTextThatIsNotUtf8_endInOneLine() throws Exception {
        Path latin1 = Files.write(files.resolve("latin1.txt"), "Développeur\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(1, run(files.resolve("nowhere.md").toString()));
        assertEquals(1, run(latin1.toString()));

        assertEquals(List.of("import: " + files.resolve("nowhere.md") + ": no such file",
                "import: " + latin1 + " is not UTF-8 text: save it as UTF-8 and import it again"),
                err().lines().toList());
    }

    @Test
    void run_existingGuide_isNotReplacedWithoutForce() throws Exception {
        copyShippedGuide();
        Path shipped = indexData.resolve("guides/" + SEED_ID + ".yml");
        byte[] before = Files.readAllBytes(shipped);

        assertEquals(1, run(SEED.toString()));
        assertEquals(List.of("import: " + shipped + " already exists; give --force to replace it, or another --id or"
                + " --out"), err().lines().toList());
        assertArrayEquals(before, Files.readAllBytes(shipped));

        assertEquals(0, run(SEED.toString(), "--force"), this::err);
        String replaced = Files.readString(shipped);
        assertTrue(replaced.contains("# Imported from backend-engineering-lead-microservices.txt."), replaced);
        try (Stream<Path> guides = Files.list(indexData.resolve("guides"))) {
            assertEquals(List.of(shipped), guides.toList(), "no partial file is left behind");
        }

        assertEquals(0, run(SEED.toString(), "--force"));
        assertEquals(replaced, Files.readString(shipped), "the same ladder gives the same bytes");
    }

    @Test
    void run_forceOverAGuideImportedBefore_keepsTheIdsOfItemsWhoseTextIsUnchangedOrNearlySo() throws Exception {
        Path ladder = files.resolve("sre-lead.md");
        String wiki = Files.readString(WIKI);
        Files.writeString(ladder, wiki);
        assertEquals(0, run(ladder.toString()), this::err);
        Path written = indexData.resolve("guides/site-reliability-engineering-sre-lead.yml");
        Section before = new GuideLoader().load(indexData).guides().get(0)
                .sectionOfKind(SectionIds.KEY_RESPONSIBILITIES).orElseThrow();
        String onCall = idOf(before, "Run the on-call rotation");
        String toil = idOf(before, "Automate toil away");
        // As an earlier id rule wrote it: the guide there names an item otherwise than the ladder now would.
        String incidents = idOf(before, "Lead incident response");
        Files.writeString(written, Files.readString(written).replace("id: " + incidents + "\n",
                "id: incident-response-and-reviews\n"));
        // One item reworded a little, one replaced by another.
        Files.writeString(ladder, wiki
                .replace("- Run the on-call rotation so that no one carries it alone",
                        "- Organise the on-call rotation so that no one carries it alone")
                .replace("- Automate toil away: runbooks become scripts, scripts become platform features",
                        "- Publish a quarterly reliability report for the leadership team"));
        out.reset();

        Section after = imported(ladder, "--force")
                .sectionOfKind(SectionIds.KEY_RESPONSIBILITIES).orElseThrow();
        assertEquals("incident-response-and-reviews", idOf(after, "Lead incident response"));
        assertEquals(onCall, idOf(after, "Organise the on-call rotation"));
        String report = idOf(after, "Publish a quarterly reliability report");
        assertTrue(before.allItems().stream().noneMatch(i -> i.id().equals(report)), report);
        assertTrue(out().lines().anyMatch(l -> l.startsWith("New ids") && l.contains(after.id() + "/" + report)),
                this::out);
        assertTrue(out().lines().anyMatch(l -> l.startsWith("No longer in the guide") && l.contains(
                before.id() + "/" + toil)), this::out);
        assertFalse(out().contains(before.id() + "/" + onCall), this::out);
    }

    @Test
    void run_forceOverAGuideImportedBefore_listsAnItemNowUnderAnotherHeadingOnceAsMoved() throws Exception {
        Path ladder = files.resolve("sre-lead.md");
        String wiki = Files.readString(WIKI);
        Files.writeString(ladder, wiki);
        Guide before = imported(ladder);
        Section skills = before.sectionOfKind(SectionIds.TOP_SKILLS).orElseThrow();
        String linux = labelled(skills, "Linux, networking");
        // The same item, word for word, now listed where people struggle.
        Files.writeString(ladder, wiki.replace("- Linux, networking and cloud internals\n", "")
                .replace("- Error budgets that nobody acts on\n",
                        "- Error budgets that nobody acts on\n- Linux, networking and cloud internals\n"));
        out.reset();

        Section gaps = imported(ladder, "--force")
                .sectionOfKind(SectionIds.SKILL_GAPS).orElseThrow();
        String from = skills.id() + "/" + linux;
        String to = gaps.id() + "/" + labelled(gaps, "Linux, networking");
        List<String> moved = out().lines().filter(l -> l.startsWith("Moved")).toList();
        assertEquals(1, moved.size(), this::out);
        assertTrue(moved.get(0).startsWith("Moved (1 item"), this::out);
        assertTrue(moved.get(0).endsWith(": " + from + " → " + to + " ('Linux, networking and cloud internals', its"
                + " id kept)"), this::out);
        assertEquals(linux, to.substring(to.indexOf('/') + 1), this::out);
        assertTrue(moved.get(0).contains("keep the old reference"), this::out);
        assertTrue(out().lines().filter(l -> l.startsWith("New ids") || l.startsWith("No longer in the guide"))
                .noneMatch(l -> l.contains("Linux")), this::out);
    }

    @Test
    void run_forceAfterAPlainTextHeadingIsRetitled_listsTheItemsNowUnderItAsMoved() throws Exception {
        Path ladder = files.resolve("principal.txt");
        String text = """
                Principal Engineer

                Top Skills
                System design across many teams and services
                Writing proposals that people act on
                Where principals struggle
                Saying no to work that only looks urgent
                Staying close enough to the code to judge it
                """;
        Files.writeString(ladder, text);
        Guide before = imported(ladder);
        Files.writeString(ladder, text.replace("Where principals struggle", "Where Principals Struggle"));
        out.reset();

        assertEquals(0, run(ladder.toString(), "--force"), this::err);

        Section skills = before.sectionOfKind(SectionIds.TOP_SKILLS).orElseThrow();
        Section gaps = new GuideLoader().load(indexData).guides().get(0).sectionOfKind(SectionIds.SKILL_GAPS)
                .orElseThrow();
        String from = skills.id() + "/" + labelled(skills, "Saying no");
        String to = gaps.id() + "/" + labelled(gaps, "Saying no");
        assertTrue(out().lines().anyMatch(l -> l.startsWith("Moved (2 items") && l.contains(
                from + " → " + to + " ('Saying no to work that only looks urgent', its id kept)")), this::out);
        assertTrue(out().lines().filter(l -> l.startsWith("New ids") || l.startsWith("No longer in the guide"))
                .noneMatch(l -> l.contains("Saying no") || l.contains("Staying close")), this::out);
    }

    @Test
    void run_forceOverAGuideWhoseSectionsKindIsReadFromItsContent_keepsThatSectionsReferences() throws Exception {
        Path ladder = files.resolve("support-lead.md");
        String markdown = """
                # Support Engineering Lead

                ## Key Responsibilities
                - Answer the hardest tickets and coach the team through them
                - Agree escalation rules with engineering

                ## Common pitfalls
                - Fixing every ticket yourself instead of growing the others
                - Promising dates to customers before engineering has agreed to them
                - Letting the queue decide what the team does all week
                """;
        Files.writeString(ladder, markdown);
        assertEquals(0, run(ladder.toString()), this::err);
        // The author renamed the section in the guide: its title names no kind, its content reads as skill gaps,
        // and plans name its items under its own id.
        Path written = indexData.resolve("guides/support-engineering-lead.yml");
        Files.writeString(written, Files.readString(written).replace("  - id: skill-gaps\n    title: Common pitfalls\n",
                "  - id: hard-lessons\n    title: Hard lessons\n    text: What new leads most often get wrong in their"
                        + " first year, and what it costs them.\n"));
        Guide edited = KindsByMeaning.loader(Optional.empty()).load(indexData).find("support-engineering-lead")
                .orElseThrow();
        assertEquals("hard-lessons", edited.sectionOfKind(SectionIds.SKILL_GAPS).orElseThrow().id());
        List<String> refs = edited.section("hard-lessons").orElseThrow().allItems().stream()
                .map(i -> "hard-lessons/" + i.id()).toList();
        out.reset();

        assertEquals(0, run(ladder.toString(), "--force"), this::err);

        assertTrue(out().contains("Kept the ids of 5 items"), this::out);
        assertFalse(out().contains("Moved"), this::out);
        assertFalse(out().contains("New ids"), this::out);
        Guide after = new GuideLoader().load(indexData).find("support-engineering-lead").orElseThrow();
        refs.forEach(ref -> assertTrue(after.item(ref).isPresent(), ref + " in\n" + after));
        assertEquals("Common pitfalls", after.section("hard-lessons").orElseThrow().title());
    }

    private static String labelled(Section section, String labelStart) {
        return section.allItems().stream().filter(i -> i.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError(labelStart + " in " + section)).id();
    }

    private static String idOf(Section section, String textStart) {
        return section.allItems().stream().filter(i -> i.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError(textStart + " in " + section)).id();
    }

    @Test
    void run_out_writesThereWithTheIdOfItsName_andChecksItAmongTheGuides() throws Exception {
        copyShippedGuide();
        Path draft = files.resolve("drafts/sre-lead.yml");

        assertEquals(0, run(WIKI.toString(), "--out", draft.toString(), "--title", "SRE Lead"), this::err);

        String yaml = Files.readString(draft);
        assertTrue(yaml.contains("\nid: sre-lead\ntitle: SRE Lead\n"), yaml);
        assertTrue(yaml.contains("guide: " + SEED_ID), "linked to the guides of INDEX_DATA");
        assertTrue(out().startsWith("Imported " + WIKI + " as " + draft + ": "), this::out);
        assertFalse(Files.exists(indexData.resolve("guides/sre-lead.yml")));
    }

    @Test
    void run_outNotNamedAfterTheId_isAUsageError() throws Exception {
        List<Path> before = everyFile();

        assertEquals(2, run(SEED.toString(), "--id", "backend-lead", "--out", files.resolve("other.yml").toString()));

        assertTrue(err().startsWith("import: the guide id is 'backend-lead', so its file is named backend-lead.yml,"
                + " not other.yml"), this::err);
        assertEquals(before, everyFile());
    }

    @Test
    void run_guideThatWouldNotValidate_isNotWritten() throws Exception {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("a-misnamed.yml"), "id: " + SEED_ID + "\ntitle: Misnamed\nsections:\n"
                + "  - id: overview\n    title: Overview\n    text: Misnamed.\n");
        List<Path> before = everyFile();

        assertEquals(1, run(SEED.toString()));

        Path target = guides.resolve(SEED_ID + ".yml");
        assertTrue(err().contains(target + ":6: duplicate guide id '" + SEED_ID + "'"), this::err);
        assertTrue(err().endsWith("import: nothing written: the imported guide does not pass validate (the lines"
                + " above)\n"), this::err);
        assertEquals(before, everyFile());
    }

    @Test
    void run_otherGuidesWithProblems_writesAndSaysSo() throws Exception {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("broken.yml"), "id: broken\ntitle: [unclosed\n");

        assertEquals(1, run(WIKI.toString()));

        assertTrue(Files.exists(guides.resolve("site-reliability-engineering-sre-lead.yml")));
        assertTrue(err().startsWith("import: wrote " + guides.resolve("site-reliability-engineering-sre-lead.yml")
                + ", but other guides in "), this::err);
        assertTrue(err().contains("broken.yml:"), this::err);
        assertTrue(out().contains("\nvalidate: the imported guide is OK, 7 warnings. "), this::out);
    }

    @Test
    void run_badArguments_areUsageErrors() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run(SEED.toString(), "--id", "Backend_Lead"));
        assertEquals(2, run(SEED.toString(), "--colour", "red"));
        assertEquals(2, run(SEED.toString(), "--out", "guide.yaml"));
        assertEquals(2, run(SEED.toString(), "--title"));
        assertEquals(2, run(SEED.toString(), WIKI.toString()));
        assertTrue(err().lines().filter(l -> l.startsWith("usage: ")).count() == 6, this::err);
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith(ImportCommand.USAGE));
        assertFalse(Files.exists(indexData.resolve("guides")));
    }

    /** A returns desk lead's ladder in plain text whose duties sit under a heading naming no section, then {@code rest}. */
    private Path returnsLadder(String rest) throws Exception {
        return written("returns-lead.txt", """
                Returns Operations Lead

                The returns operations lead runs the returns desk of a parcel network.

                Ways of Working
                Run the returns desk from intake to refund
                Keep the daily backlog under one day of parcels

                """ + rest);
    }
}
