package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideProblem;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LadderImporterTest {
    private static final Path WIKI = Path.of("src/test/resources/ladders/sre-lead-wiki.md");

    private static ImportedLadder read(String text, List<Guide> existing) throws LadderImportException {
        return new LadderImporter(existing).read("ladder.md", text.lines().toList(), Optional.empty(),
                Optional.empty());
    }

    private static ImportedLadder read(String text) throws LadderImportException {
        return read(text, List.of());
    }

    /** Writes the imported guide next to the shipped one and loads both, as validate does. */
    private static GuideLibrary loadWithShipped(Path indexData, ImportedLadder ladder) throws Exception {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.copy(Path.of("index-data/guides/backend-engineering-lead-microservices.yml"),
                guides.resolve("backend-engineering-lead-microservices.yml"));
        Files.writeString(guides.resolve(ladder.guide().id() + ".yml"), ladder.yaml(), StandardCharsets.UTF_8);
        return new GuideLoader().load(indexData);
    }

    private static List<String> labels(Section section) {
        return section.allItems().stream().map(Item::label).toList();
    }

    @Test
    void read_markdownWikiPage_importsCleanAndValidatesAmongTheShippedGuide(@TempDir Path indexData) throws Exception {
        List<Guide> shipped = new GuideLoader().load(Path.of("index-data")).guides();
        ImportedLadder ladder = new LadderImporter(shipped).read(WIKI.toString(), LadderFile.read(WIKI),
                Optional.empty(), Optional.empty());

        assertEquals(List.of(), ladder.unplaced());
        GuideLibrary library = loadWithShipped(indexData, ladder);
        Guide guide = library.find("site-reliability-engineering-sre-lead").orElseThrow();
        assertEquals(ladder.guide().sections(), guide.sections(), "the YAML says what the import read");
        assertEquals("Site Reliability Engineering (SRE) Lead", guide.title());
        assertEquals("Career ladder · Infrastructure group wiki", guide.subtitle());
        assertEquals(SectionIds.ALL, guide.sections().stream().map(Section::id).toList());
        assertTrue(guide.section(SectionIds.OVERVIEW).orElseThrow().text().startsWith("The SRE Lead keeps production"
                + " healthy as it grows. They agree on reliability targets with product teams, run a humane on-call"));
        assertEquals(5, guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().size());
        assertEquals(List.of("Observability (metrics, logs, traces and alerts people trust)",
                        "Incident command (triage, communication, hand-offs)", "Linux, networking and cloud internals",
                        "Infrastructure as code (Terraform, Kubernetes manifests, policy checks)",
                        "Coaching engineers through on-call and reviews"),
                labels(guide.section(SectionIds.TOP_SKILLS).orElseThrow()));
        Section path = guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals(List.of("Can lead to", "Lateral moves"), path.groups().stream().map(Group::title).toList());
        assertEquals("backend-engineering-lead-microservices",
                path.groups().get(1).items().get(0).guide(), "a role that is a guide is linked to it");
        assertEquals(2, guide.section(SectionIds.DEVELOPMENT_SUGGESTIONS).orElseThrow().items().size());
        Section salary = guide.section(SectionIds.SALARY_AND_DEMAND).orElseThrow();
        assertEquals(List.of("SRE II: $140k – $175k base (US)", "Senior SRE: $165k – $210k base (US)",
                        "SRE Lead: $190k – $250k base (US)"),
                salary.items().stream().map(i -> i.name() + ": " + i.range()).toList());
        assertTrue(salary.text().startsWith("Demand is strong"), salary::text);
        assertEquals(List.of("Google", "Meta", "Cloudflare", "Fastly", "Datadog", "GitLab"),
                labels(guide.section(SectionIds.COMPANIES_HIRING).orElseThrow()));
        Section steps = guide.section(SectionIds.NEXT_STEPS).orElseThrow();
        assertEquals("Your first 90 days", steps.title(), "numbered steps under any heading are the next steps");
        assertEquals(4, steps.items().size());

        // Roles without a guide are warnings; the shipped guide's "SRE Lead" now has one. Skill areas have no
        // actions yet: one warning for each section of them.
        List<String> warnings = library.warnings().stream()
                .filter(w -> w.file().getFileName().toString().startsWith("site-reliability"))
                .map(GuideProblem::message).map(m -> m.replaceAll(" has no guide.*| name no actions.*", ""))
                .toList();
        assertEquals(List.of("section 'top-skills': 5 skill areas", "role 'Head of Reliability'",
                "role 'Principal SRE'", "role 'Engineering Manager, Infrastructure'",
                "role 'Platform Engineering Lead'", "section 'skill-gaps': 3 skill areas"), warnings);
        List<String> shippedWarnings = library.warnings().stream()
                .filter(w -> w.file().getFileName().toString().startsWith("backend")).map(GuideProblem::message)
                .toList();
        assertEquals(7, shippedWarnings.size(), shippedWarnings::toString);
        assertTrue(shippedWarnings.stream().noneMatch(w -> w.contains("'Site Reliability Engineering (SRE) Lead'")),
                "the shipped guide's SRE Lead role has its guide now");
    }

    @Test
    void read_roleWhoseGuideLeadsBack_isNotLinked() throws Exception {
        Guide backend = new Guide("backend-lead", "Backend Lead", "", List.of(new Section(
                SectionIds.CAREER_PROGRESSION, "Career Progression", "", List.of(new Item("sre", "SRE Lead", "", "",
                "", List.of(), "sre-lead")), List.of(), List.of(), List.of())));

        ImportedLadder ladder = read("""
                # SRE Lead
                ## Career path
                - Backend Lead
                """, List.of(backend));

        assertEquals("", ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow().items().get(0).guide());
        assertEquals("role 'Backend Lead' is guide 'backend-lead', which leads back to this guide: not linked,"
                + " as a career path leads onward", ladder.notes().get(0));
    }

    @Test
    void read_headingsNoSectionHolds_areListedWithTheirLines() throws Exception {
        ImportedLadder ladder = read("""
                # Data Engineering Lead

                ## Responsibilities
                - Own the data platform

                ## Benefits
                - Free lunch
                - A bike

                ## Skills
                - SQL

                ## Skills we also like
                - Dancing
                """);

        assertEquals(List.of(
                "ladder.md:6: Benefits (no section of a guide is about this (overview, key-responsibilities,"
                        + " top-skills, career-progression, skill-gaps, development-suggestions, salary-and-demand,"
                        + " companies-hiring, next-steps))",
                "ladder.md:7: Free lunch (under 'Benefits' (line 6), which is placed nowhere)",
                "ladder.md:8: A bike (under 'Benefits' (line 6), which is placed nowhere)",
                "ladder.md:13: Skills we also like (a second 'top-skills' section: the guide has one already, from"
                        + " line 10)",
                "ladder.md:14: Dancing (under 'Skills we also like' (line 13), which is placed nowhere)"),
                ladder.unplaced().stream().map(Object::toString).toList());
        assertEquals(List.of("key-responsibilities", "top-skills"),
                ladder.guide().sections().stream().map(Section::id).toList());
    }

    @Test
    void read_plainTextWithLevelRangeLinesAndWrappedLines() throws Exception {
        ImportedLadder ladder = read("""
                Data Engineering Lead
                Career Ladder

                Key Responsibilities

                Own the pipelines that feed every dashboard, from ingestion
                to the warehouse
                Review data models before they ship

                Salary

                Senior Engineer: $150k–$190k base (US)
                Lead: €95,000 - €120,000
                Staff: 200k–240k, plus equity in most companies
                """);

        Guide guide = ladder.guide();
        assertEquals(List.of("Own the pipelines that feed every dashboard, from ingestion to the warehouse",
                "Review data models before they ship"), labels(guide.section(SectionIds.KEY_RESPONSIBILITIES)
                .orElseThrow()));
        List<Item> levels = guide.section(SectionIds.SALARY_AND_DEMAND).orElseThrow().items();
        assertEquals(List.of("Senior Engineer|$150k–$190k base (US)|", "Lead|€95,000 - €120,000|",
                        "Staff|200k–240k|200k–240k, plus equity in most companies"),
                levels.stream().map(i -> i.name() + "|" + i.range() + "|" + i.text()).toList());
        assertEquals("Career Ladder", guide.subtitle());
        assertEquals(List.of(), ladder.unplaced());
    }

    @Test
    void read_salaryTableAndStepsUnderHeadingsThatNameNoSection_arePlacedByWhatTheyHold() throws Exception {
        ImportedLadder ladder = read("""
                # Data Engineering Lead

                ## Money

                - Junior: $90k–$110k
                - Senior: $140k–$170k

                ## Onboarding plan

                1. Meet the team
                2. Ship a pipeline fix
                3) Present the data roadmap
                """);

        assertEquals(List.of("salary-and-demand Money", "next-steps Onboarding plan"),
                ladder.guide().sections().stream().map(s -> s.id() + " " + s.title()).toList());
        assertEquals(3, ladder.guide().section(SectionIds.NEXT_STEPS).orElseThrow().items().size());
    }

    @Test
    void read_idsAreSlugsOfNames_uniqueWithinASection() throws Exception {
        ImportedLadder ladder = read("""
                # Développeur Principal (Back-end)
                ## Compétences
                - Écrire du code
                - Écrire du code
                - Architecture (systèmes distribués)
                """);

        assertEquals("developpeur-principal-back-end", ladder.guide().id());
        assertEquals(List.of("ecrire-du-code", "ecrire-du-code-2", "architecture"),
                ladder.guide().section(SectionIds.TOP_SKILLS).orElseThrow().items().stream().map(Item::id).toList());
    }

    @Test
    void read_headingsOfAnHrLadder_placeTheirLines() throws Exception {
        ImportedLadder ladder = read("""
                # Platform Lead
                ## What You'll Own
                - The platform roadmap
                ## Growth Paths
                - Head of Platform
                ## How to Level Up
                Lead one migration end to end.
                """);

        assertEquals(List.of(), ladder.unplaced());
        assertEquals(List.of("The platform roadmap"),
                labels(ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow()));
        assertEquals(List.of("Head of Platform"),
                labels(ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow()));
        assertEquals(List.of("Lead one migration end to end."),
                labels(ladder.guide().section(SectionIds.DEVELOPMENT_SUGGESTIONS).orElseThrow()));
    }

    @Test
    void read_introLineOverAList_isTheSectionsTextAndSaysWhichKindTheListIs() throws Exception {
        ImportedLadder ladder = read("""
                # Platform Lead
                ## Development Areas

                Where people new to the role most often struggle:

                - Cost governance for GPU clusters
                - Model monitoring in production (drift, data skew)

                ## How to Level Up
                Lead one migration end to end.

                ## Responsibilities
                The things a lead in this role looks after every week:
                - The platform roadmap
                """);

        assertStrugglesUnderTheirIntro(ladder);
        Section duties = ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow();
        assertEquals("The things a lead in this role looks after every week:", duties.text());
        assertEquals(List.of("The platform roadmap"), labels(duties));

        ImportedLadder skills = read("""
                # Platform Lead
                ## Skills
                Skills you will develop in your first year here:
                - Kubernetes
                """);
        assertEquals(List.of("top-skills"), skills.guide().sections().stream().map(Section::id).toList(),
                "an intro naming another kind than the struggles leaves the section as its heading says");
    }

    /**
     * The Platform Lead's "Development Areas", read in full: the skill gaps, with the line that introduces them
     * ("Where people new to the role most often struggle:") as their text, then "How to Level Up" as a suggestion.
     */
    private static void assertStrugglesUnderTheirIntro(ImportedLadder ladder) {
        assertEquals(List.of(), ladder.unplaced());
        Section gaps = ladder.guide().section(SectionIds.SKILL_GAPS).orElseThrow();
        assertEquals("Development Areas", gaps.title());
        assertEquals("Where people new to the role most often struggle:", gaps.text());
        assertEquals(List.of("Cost governance for GPU clusters", "Model monitoring in production (drift, data skew)"),
                labels(gaps));
        assertEquals(List.of("Lead one migration end to end."),
                labels(ladder.guide().section(SectionIds.DEVELOPMENT_SUGGESTIONS).orElseThrow()));
    }

    /** A section as an author reads it: titles, text, groups and each item's id, words and range. */
    private static String shape(Section section) {
        StringBuilder shape = new StringBuilder(section.id() + " '" + section.title() + "' " + section.text());
        section.items().forEach(i -> shape.append("\n  ").append(item(i)));
        for (Group group : section.groups()) {
            shape.append("\n  [").append(group.id()).append(" '").append(group.title()).append("' ")
                    .append(group.text()).append(']');
            group.items().forEach(i -> shape.append("\n    ").append(item(i)));
        }
        return shape.toString();
    }

    private static String item(Item item) {
        return item.id() + "|" + item.name() + "|" + item.details() + "|" + item.text() + "|" + item.range();
    }

    @Test
    void read_plainTextLadder_introAndLabelLinesReadAsInMarkdown_asTheAuthorsFixedThemByHand(@TempDir Path indexData)
            throws Exception {
        Path outside = Path.of("src/test/resources/search/outside-guides-3");
        Path ladderFile = outside.resolve("ladders/tpm.txt");
        ImportedLadder ladder = new LadderImporter(List.of()).read(ladderFile.toString(), LadderFile.read(ladderFile),
                Optional.of("technical-program-manager"), Optional.empty());
        Files.copy(outside.resolve("technical-program-manager.yml"), Files.createDirectories(
                indexData.resolve("guides")).resolve("technical-program-manager.yml"));
        Guide fixed = new GuideLoader().load(indexData).find("technical-program-manager").orElseThrow();

        for (String kind : List.of(SectionIds.SKILL_GAPS, SectionIds.CAREER_PROGRESSION)) {
            assertEquals(shape(fixed.section(kind).orElseThrow()),
                    shape(ladder.guide().section(kind).orElseThrow()));
        }
        assertTrue(ladder.guide().section(SectionIds.DEVELOPMENT_SUGGESTIONS).isEmpty(),
                "the places people struggle are the skill gaps, not suggestions");
    }

    @Test
    void read_plainText_aSentenceEndingInAColonOverLines_isTheSectionsText() throws Exception {
        ImportedLadder ladder = read("""
                Platform Lead

                Development Areas
                Where people new to the role most often struggle:
                Cost governance for GPU clusters
                Model monitoring in production (drift, data skew)

                How to Level Up
                Lead one migration end to end.
                """);

        assertStrugglesUnderTheirIntro(ladder);
    }

    @Test
    void read_plainText_aLabelLineOverEntries_isAGroupNeverARole() throws Exception {
        ImportedLadder ladder = read("""
                Platform Lead

                Career Path
                Can lead to:
                Head of Platform
                Principal Engineer (company-wide architecture)
                Lateral moves:
                SRE Lead
                """);

        assertEquals(List.of(), ladder.unplaced());
        Section path = ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals(List.of("Can lead to", "Lateral moves"), path.groups().stream().map(Group::title).toList());
        assertEquals(List.of("Head of Platform", "Principal Engineer (company-wide architecture)", "SRE Lead"),
                labels(path));

        Section spaced = read("""
                Platform Lead

                Career Path
                Can lead to:

                Head of Platform
                Principal Engineer
                """).guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals(List.of("Can lead to"), spaced.groups().stream().map(Group::title).toList(),
                "a blank line after a label leaves it a label");
        assertEquals(List.of("Head of Platform", "Principal Engineer"), labels(spaced));
    }

    @Test
    void read_itemIds_sayTheItemInSeveralWords_pastItsFirstComma() throws Exception {
        ImportedLadder ladder = read("""
                # Engineering Manager
                ## Responsibilities
                - Hire, coach and grow the team
                - Align product, design, legal and security on scope
                - Drive launch readiness: go/no-go checklists and rollback criteria
                - Keep a register of every risk, dependency, decision, assumption, open question and escalation path with dates
                ## Skills
                - Hiring, onboarding and coaching
                """);

        assertEquals(List.of("hire-coach-grow-team", "align-product-design-legal", "drive-launch-readiness",
                        "keep-register-every-risk"),
                ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().stream()
                        .map(Item::id).toList());
        assertEquals(List.of("hiring-onboarding-coaching"),
                ladder.guide().section(SectionIds.TOP_SKILLS).orElseThrow().items().stream().map(Item::id).toList());
    }

    @Test
    void read_payLineWithTwoCurrencies_keepsBothRanges() throws Exception {
        ImportedLadder ladder = read("""
                # SRE Manager
                ## Pay
                - Entry: £85k–£100k base (UK), $150k–$175k base (US)
                - Senior: £120k–£145k base (UK); in the US $210k–$250k base
                - Staff: $250k–$300k base (US)
                """);

        assertEquals(List.of("Entry|£85k–£100k base (UK), $150k–$175k base (US)|",
                        "Senior|£120k–£145k base (UK); $210k–$250k base|£120k–£145k base (UK); in the US $210k–$250k base",
                        "Staff|$250k–$300k base (US)|"),
                ladder.guide().section(SectionIds.SALARY_AND_DEMAND).orElseThrow().items().stream()
                        .map(i -> i.name() + "|" + i.range() + "|" + i.text()).toList());
    }

    @Test
    void read_headingThatNamesNoSection_overALabelThatNamesOne_isThatSectionWithTheLabelAsAGroup() throws Exception {
        ImportedLadder ladder = read("""
                # Platform Lead
                ## Onward

                **Can lead to:**
                - Head of Platform

                **Lateral moves:**
                - SRE Lead
                """);

        assertEquals(List.of(), ladder.unplaced());
        Section path = ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals("Onward", path.title());
        assertEquals(List.of("Can lead to", "Lateral moves"), path.groups().stream().map(Group::title).toList());
    }

    @Test
    void read_headingThatNamesNoSection_overALineOfNames_isTheCompanies() throws Exception {
        ImportedLadder ladder = read("""
                # Platform Lead
                ## Where This Role Exists

                Google, Meta, OpenAI, Databricks, NVIDIA

                Industries: AI labs, cloud providers, adtech.

                ## Tools We Use

                - Python, Go and Terraform
                """);

        Section companies = ladder.guide().section(SectionIds.COMPANIES_HIRING).orElseThrow();
        assertEquals("Where This Role Exists", companies.title());
        assertEquals(List.of("Google", "Meta", "OpenAI", "Databricks", "NVIDIA"),
                companies.items().stream().map(Item::label).toList());
        assertEquals(List.of("Industries: AI labs, cloud providers, adtech"), companies.groups().stream()
                .map(g -> g.title() + ": " + String.join(", ", g.items().stream().map(Item::label).toList()))
                .toList());
        assertEquals(List.of("ladder.md:8: Tools We Use", "ladder.md:10: Python, Go and Terraform"),
                ladder.unplaced().stream().map(u -> u.toString().replaceAll(" \\(.*", "")).toList(),
                "a list under a heading is no line of names");
    }

    @Test
    void read_plainText_aNameWithDetailsOverAnother_isAnEntryNotAGroupHeading() throws Exception {
        ImportedLadder ladder = read("""
                Frontend Lead
                Career Ladder

                Key Skills
                TypeScript and a modern framework (React, Vue or Angular)
                Accessibility (screen readers, keyboard navigation, ARIA)
                Browser testing (unit, visual regression, end-to-end)
                Mentoring and technical leadership
                """);

        Section skills = ladder.guide().section(SectionIds.TOP_SKILLS).orElseThrow();
        assertEquals(List.of(), skills.groups());
        assertEquals(List.of("TypeScript and a modern framework", "Accessibility", "Browser testing",
                "Mentoring and technical leadership"), skills.items().stream().map(Item::name).toList());
        assertEquals("screen readers, keyboard navigation, ARIA", skills.items().get(1).details());
    }

    @Test
    void read_plainText_aLineOfNames_isNoGroupHeading() throws Exception {
        ImportedLadder ladder = read("""
                Frontend Lead
                Career Ladder

                Who Hires
                Vercel, Shopify, Airbnb, Netflix
                E-commerce, media, SaaS, travel
                """);

        Section companies = ladder.guide().section(SectionIds.COMPANIES_HIRING).orElseThrow();
        assertEquals(List.of(), companies.groups());
        assertEquals(List.of("Vercel", "Shopify", "Airbnb", "Netflix", "E-commerce", "media", "SaaS", "travel"),
                companies.items().stream().map(Item::label).toList());
    }

    @Test
    void read_slackMentionsAndLinks_mentionsLeftOutLinksKeepTheirText_andEachIsListed() throws Exception {
        ImportedLadder ladder = read("""
                # Platform Lead
                ## Responsibilities
                - Tell <!channel> about every incident
                - Sign in through <https://evil.example|the SSO page> first
                - Read <https://docs.example/handbook>
                - ---
                - Ping <@U012ABCDEF> and <!subteam^S123|@leads> weekly
                - Written escaped, &lt;!here&gt; too
                """);

        assertEquals(List.of("Tell about every incident", "Sign in through the SSO page first",
                        "Read https://docs.example/handbook", "Ping and weekly", "Written escaped, too"),
                labels(ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow()));
        assertTrue(ladder.yaml().lines().noneMatch(l -> l.contains("<") || l.contains("evil.example")),
                ladder::yaml);
        assertEquals(List.of(
                        "ladder.md:3: <!channel> (a mention, left out: a guide notifies no one)",
                        "ladder.md:4: <https://evil.example|the SSO page> (a link: its text 'the SSO page' kept,"
                                + " the address left out)",
                        "ladder.md:6: - --- (a list entry of only dashes, read as a rule: nothing of it is imported)",
                        "ladder.md:7: <@U012ABCDEF> (a mention, left out: a guide notifies no one)",
                        "ladder.md:7: <!subteam^S123|@leads> (a mention, left out: a guide notifies no one)",
                        "ladder.md:8: <!here> (a mention, left out: a guide notifies no one)"),
                ladder.unplaced().stream().map(Object::toString).toList());
    }

    @Test
    void read_longNamesAndWords_giveIdsThatFitAGuide(@TempDir Path indexData) throws Exception {
        String pasted = "x".repeat(70);
        ImportedLadder ladder = read("""
                # Principal Distinguished Infrastructure Reliability Platform Engineering Lead Architect
                ## Skills
                **Observability across every production service, pipeline, queue and database cluster:**
                - %s
                - %s
                """.formatted(pasted, pasted));

        GuideLibrary library = loadWithShipped(indexData, ladder);

        Guide guide = library.find(ladder.guide().id()).orElseThrow();
        assertEquals("principal-distinguished-infrastructure-reliability-platform", guide.id());
        Section skills = guide.section(SectionIds.TOP_SKILLS).orElseThrow();
        assertEquals("observability-across-every-production-service-pipeline-queue-and", skills.groups().get(0).id());
        assertEquals(List.of("x".repeat(64), "x".repeat(62) + "-2"),
                skills.allItems().stream().map(Item::id).toList());
    }

    @Test
    void read_valuesYamlWouldMisread_areQuotedAndComeBackAsWritten(@TempDir Path indexData) throws Exception {
        ImportedLadder ladder = read("""
                # Odd Names: A Lead
                ## Skills
                - yes
                - "Quoted" skill
                - #1 priority: ownership
                - * not a bullet
                - Back\\slash and # hash
                ## Companies
                - Acme, Inc.
                - [Bracket] Corp
                - 3M
                """);
        Path file = Files.createDirectories(indexData.resolve("guides")).resolve(ladder.guide().id() + ".yml");
        Files.writeString(file, ladder.yaml(), StandardCharsets.UTF_8);

        Guide guide = new GuideLoader().load(indexData).guides().get(0);

        assertEquals(ladder.guide().sections(), guide.sections());
        assertEquals("Odd Names: A Lead", guide.title());
        assertEquals(List.of("Acme, Inc.", "[Bracket] Corp", "3M"),
                labels(guide.section(SectionIds.COMPANIES_HIRING).orElseThrow()));
    }

    @Test
    void read_noTitle_orNothingAGuideHolds_isRefusedInOneLine() {
        LadderImportException noTitle = assertThrows(LadderImportException.class, () -> read("""
                - a bullet first
                - and another
                """));
        assertEquals("ladder.md has no title line (the role's name, first in the file): give one with --title",
                noTitle.getMessage());

        LadderImportException nothing = assertThrows(LadderImportException.class, () -> read("# Just a title\n"));
        assertTrue(nothing.getMessage().startsWith("ladder.md has nothing a guide holds"), nothing::getMessage);
    }

    @Test
    void read_titleGiven_winsOverTheFirstLine() throws Exception {
        ImportedLadder ladder = new LadderImporter(List.of()).read("ladder.md", List.of("- Own delivery"),
                Optional.of("delivery-lead"), Optional.of("Delivery Lead"));

        assertEquals("delivery-lead", ladder.guide().id());
        assertEquals("Delivery Lead", ladder.guide().title());
        assertEquals(List.of("Own delivery"), labels(ladder.guide().sections().get(0)));
    }
}
