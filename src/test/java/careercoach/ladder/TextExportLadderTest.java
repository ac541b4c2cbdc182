package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ladders exported from a wiki as plain text: numbered headings, the page's own metadata, long entries. */
class TextExportLadderTest {
    private static final Path NUMBERED = Path.of("src/test/resources/ladders/import/numbered-headings-export.txt");

    private static ImportedLadder read(String text) throws LadderImportException {
        return new LadderImporter(List.of()).read("ladder.txt", text.lines().toList(), Optional.empty(),
                Optional.empty());
    }

    private static ImportedLadder read(Path file) throws Exception {
        return new LadderImporter(List.of()).read(file.toString(), LadderFile.read(file), Optional.empty(),
                Optional.empty());
    }

    private static List<String> labels(Section section) {
        return section.allItems().stream().map(Item::label).toList();
    }

    @Test
    void read_numberedHeadingsOfATextExport_areHeadings_andTheStepsUnderOneStayItems() throws Exception {
        ImportedLadder ladder = read(NUMBERED);

        Guide guide = ladder.guide();
        assertEquals(List.of("overview Role Summary", "key-responsibilities Responsibilities", "top-skills Core Skills",
                        "skill-gaps Common Gaps", "development-suggestions How To Grow",
                        "career-progression Career Path", "salary-and-demand Compensation",
                        "companies-hiring Who Hires", "next-steps First 90 Days"),
                guide.sections().stream().map(s -> s.id() + " " + s.title()).toList());
        assertEquals(List.of(), ladder.unplaced());
        assertTrue(guide.section(SectionIds.OVERVIEW).orElseThrow().text().startsWith("The Audio Streaming"
                + " Engineering Lead runs the team"), () -> guide.section(SectionIds.OVERVIEW).orElseThrow().text());
        assertEquals(4, guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().size());
        assertEquals(List.of("Audio codecs and adaptive streaming", "Content delivery networks and edge caching",
                        "Incident command during live programmes", "Coaching engineers through design reviews"),
                guide.section(SectionIds.TOP_SKILLS).orElseThrow().items().stream().map(Item::name).toList());
        Section path = guide.section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals(List.of("Can lead to"), path.groups().stream().map(Group::title).toList());
        assertEquals(List.of("Head of Audio Platforms", "Principal Streaming Engineer"), labels(path));
        Section pay = guide.section(SectionIds.SALARY_AND_DEMAND).orElseThrow();
        assertEquals(List.of("Senior Engineer", "Lead"), pay.items().stream().map(Item::name).toList());
        assertTrue(pay.text().startsWith("Demand for engineers"), pay::text);
        assertEquals(List.of("Global", "Bauer", "Spotify", "Audioboom"),
                labels(guide.section(SectionIds.COMPANIES_HIRING).orElseThrow()));
        assertEquals(List.of("Meet every engineer on the streaming team and sit one live shift with each of them.",
                        "Read the reports of the last six months of outages and list what keeps coming back.",
                        "Agree an availability target for each station with the head of radio operations."),
                labels(guide.section(SectionIds.NEXT_STEPS).orElseThrow()));
    }

    @Test
    void read_numberedHeadingsWithABracket_areHeadingsToo() throws Exception {
        List<String> lines = LadderFile.read(NUMBERED).stream().map(l -> l.replaceFirst("^([1-9])\\. (\\p{Lu})",
                "$1) $2")).toList();

        ImportedLadder ladder = new LadderImporter(List.of()).read("ladder.txt", lines, Optional.empty(),
                Optional.empty());

        assertEquals(9, ladder.guide().sections().size(), () -> ladder.guide().sections().toString());
        assertEquals(3, ladder.guide().section(SectionIds.NEXT_STEPS).orElseThrow().items().size());
    }

    @Test
    void read_numberedHeadingsUnderATableOfContents_areStillHeadings() throws Exception {
        List<String> lines = new java.util.ArrayList<>(LadderFile.read(NUMBERED));
        lines.addAll(3, List.of("1. Role Summary", "2. Responsibilities", "3. Core Skills", "4. Common Gaps",
                "5. How To Grow", "6. Career Path", "7. Compensation", "8. Who Hires", "9. First 90 Days", ""));

        ImportedLadder ladder = new LadderImporter(List.of()).read("ladder.txt", lines, Optional.empty(),
                Optional.empty());

        assertEquals(9, ladder.guide().sections().size(), () -> ladder.guide().sections().toString());
        assertEquals(9, ladder.guide().section(SectionIds.OVERVIEW).orElseThrow().items().size(),
                "the table of contents stays a list of the overview");
        assertEquals(4, ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow().items().size());
    }

    @Test
    void read_numberedListOfShortTitleCaseEntries_staysAList() throws Exception {
        ImportedLadder ladder = read("""
                Audio Streaming Engineering Lead

                Skills
                1. Audio Codecs
                2. Edge Caching
                3. Incident Command

                Next Steps
                1. Meet The Team
                2. Shadow A Live Shift
                """);

        assertEquals(List.of("Audio Codecs", "Edge Caching", "Incident Command"),
                labels(ladder.guide().section(SectionIds.TOP_SKILLS).orElseThrow()));
        assertEquals(List.of("Meet The Team", "Shadow A Live Shift"),
                labels(ladder.guide().section(SectionIds.NEXT_STEPS).orElseThrow()));

        ImportedLadder steps = read("""
                Audio Streaming Engineering Lead

                Responsibilities
                Own the streaming pipeline

                Next Steps
                1. Meet The Team
                Sit with each engineer for an hour.
                2. Read The Outage Reports
                List what keeps coming back.
                """);
        assertEquals(List.of("key-responsibilities", "next-steps"),
                steps.guide().sections().stream().map(Section::id).toList(),
                "numbered title-case steps with text between them, naming no section, are steps");
        assertEquals(List.of("Meet The Team", "Sit with each engineer for an hour.", "Read The Outage Reports",
                "List what keeps coming back."), labels(steps.guide().section(SectionIds.NEXT_STEPS).orElseThrow()));
    }

    @Test
    void read_sectionAndSubsectionNumbers_headSectionsAndGroups() throws Exception {
        ImportedLadder ladder = read("""
                Audio Streaming Engineering Lead

                Section 1: Responsibilities
                Own the streaming pipeline
                Run the on-call rota

                Section 2: Skills
                2.1 Technical
                Audio codecs
                Edge caching
                2.2 People
                Coaching engineers

                Section 3: Career Path
                Head of Audio Platforms
                """);

        Guide guide = ladder.guide();
        assertEquals(List.of("key-responsibilities Responsibilities", "top-skills Skills",
                        "career-progression Career Path"),
                guide.sections().stream().map(s -> s.id() + " " + s.title()).toList());
        Section skills = guide.section(SectionIds.TOP_SKILLS).orElseThrow();
        assertEquals(List.of("Technical", "People"), skills.groups().stream().map(Group::title).toList());
        assertEquals(List.of("Audio codecs", "Edge caching", "Coaching engineers"), labels(skills));
    }

    @Test
    void read_pageMetadataOfAnExport_isLeftOut_andListedWithTheLinesNotPlaced() throws Exception {
        ImportedLadder ladder = read("""
                Spaces / Broadcast Technology / Career Ladders
                Audio Streaming Engineering Lead
                Created by People Partnering, last updated by Priya Nair on 14 Oct 2026
                Owned by Broadcast Technology
                The lead runs the team that carries every live station to listeners' apps.

                Responsibilities
                Own the streaming pipeline
                Last edited 12 Oct 2026 by Tom Hale
                Page 2 of 3
                Run the on-call rota
                Page owner: Head of Audio Platforms
                """);

        Guide guide = ladder.guide();
        assertEquals("Audio Streaming Engineering Lead", guide.title());
        assertEquals("", guide.subtitle());
        assertEquals("The lead runs the team that carries every live station to listeners' apps.",
                guide.section(SectionIds.OVERVIEW).orElseThrow().text());
        assertEquals(List.of("Own the streaming pipeline", "Run the on-call rota"),
                labels(guide.section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow()));
        assertEquals(List.of(1, 3, 4, 9, 10, 12), ladder.unplaced().stream().map(UnplacedLine::line).toList());
        assertTrue(ladder.unplaced().stream().allMatch(u -> u.reason().startsWith("the page's own details")),
                ladder.unplaced()::toString);
    }

    @Test
    void read_linesThatMerelyStartLikeMetadata_stayInTheGuide() throws Exception {
        ImportedLadder ladder = read("""
                Audio Streaming Engineering Lead

                Responsibilities
                Own the streaming pipeline, created by the platform team in 2019
                Keep the Studio / Playout / Edge hand-offs documented

                Career Path
                Senior Engineer / Lead / Head of Audio Platforms
                """);

        assertEquals(List.of(), ladder.unplaced());
        assertEquals(List.of("Own the streaming pipeline, created by the platform team in 2019",
                        "Keep the Studio / Playout / Edge hand-offs documented"),
                labels(ladder.guide().section(SectionIds.KEY_RESPONSIBILITIES).orElseThrow()));
        assertEquals(1, ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow().allItems().size());
    }

    @Test
    void read_skillAreaWrittenAsALongSentence_isSplitIntoANameAndDetailsAtItsBreak_orNoted() throws Exception {
        ImportedLadder ladder = read("""
                Audio Streaming Engineering Lead

                Responsibilities
                Own the streaming pipeline

                Where People Struggle
                Treating every buffering complaint as a network fault, so the team never learns how the players recover from a dropped segment
                Capacity planning for match days: most new leads size the platform for an ordinary Saturday and are caught out at kick-off
                Leaving the studio engineers out of platform decisions; they then work around the platform instead of asking for it
                Underestimating how much of the job is explaining outages in plain words to the editors and presenters who were on air
                Incident command during live programmes
                """);

        Section gaps = ladder.guide().section(SectionIds.SKILL_GAPS).orElseThrow();
        assertEquals(List.of(
                        "Treating every buffering complaint as a network fault|so the team never learns how the players"
                                + " recover from a dropped segment",
                        "Capacity planning for match days|most new leads size the platform for an ordinary Saturday and"
                                + " are caught out at kick-off",
                        "Leaving the studio engineers out of platform decisions|they then work around the platform"
                                + " instead of asking for it",
                        "Underestimating how much of the job is explaining outages in plain words to the editors and"
                                + " presenters who were on air|",
                        "Incident command during live programmes|"),
                gaps.items().stream().map(i -> i.name() + "|" + i.details()).toList());
        assertEquals(List.of("ladder.txt:10: 'Underestimating how much of the job is explaining outages in plain words"
                        + " to the editors and presenters who were on air' is a name of 118 characters, too long to"
                        + " read on a button or as a heading in Slack, and has no break to split it at (': ', ' — ',"
                        + " ', so ', '; '): shorten it, or write its name before a colon or a spaced dash, and import"
                        + " again"),
                ladder.notes().stream().filter(n -> n.contains("characters")).toList());
    }

    @Test
    void validate_rolesPeopleComeFrom_areNotWarnedOfForHavingNoGuide_onwardAndSidewaysRolesAre(@TempDir Path indexData)
            throws Exception {
        ImportedLadder ladder = read("""
                Audio Streaming Engineering Lead

                Responsibilities
                Own the streaming pipeline

                Skills
                Audio codecs

                Career Path
                Can lead to:
                Head of Audio Platforms
                Lateral moves:
                Video Streaming Engineering Lead
                Often comes from:
                Senior engineer at a player vendor or smart speaker maker
                People arrive from:
                Broadcast systems engineer
                """);
        Section path = ladder.guide().section(SectionIds.CAREER_PROGRESSION).orElseThrow();
        assertEquals(List.of("Can lead to", "Lateral moves", "Often comes from", "People arrive from"),
                path.groups().stream().map(Group::title).toList());
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve(ladder.guide().id() + ".yml"), ladder.yaml(), StandardCharsets.UTF_8);

        List<String> roles = new GuideLoader().load(indexData).warnings().stream().map(GuideProblem::message)
                .filter(m -> m.startsWith("role ")).map(m -> m.replaceAll(" has no guide.*", "")).toList();

        assertEquals(List.of("role 'Head of Audio Platforms'", "role 'Video Streaming Engineering Lead'"), roles);
    }

    @Test
    void read_guideWithFarFewerSectionsThanLinesThatReadLikeHeadings_isNoted() throws Exception {
        ImportedLadder ladder = read(Path.of("src/test/resources/ladders/import/headings-as-bullets.txt"));

        assertEquals(List.of("overview"), ladder.guide().sections().stream().map(Section::id).toList());
        assertEquals(4, ladder.headingsNotRead());
        assertTrue(ladder.notes().contains("src/test/resources/ladders/import/headings-as-bullets.txt:4: the guide"
                        + " has 1 section, yet 4 lines read like headings of sections it lacks and were read as"
                        + " entries: line 4 'Responsibilities' (key-responsibilities), line 6 'Core Skills'"
                        + " (top-skills), line 8 'Career Path' (career-progression), line 10 'Compensation'"
                        + " (salary-and-demand): if they are headings, write each alone on its line, in title case"
                        + " (numbered in sequence, if numbered), and import again"),
                ladder.notes()::toString);

        ImportedLadder numbered = read(NUMBERED);
        assertEquals(0, numbered.headingsNotRead());
        assertTrue(numbered.notes().stream().noneMatch(n -> n.contains("read like headings")),
                numbered.notes()::toString);
    }
}
