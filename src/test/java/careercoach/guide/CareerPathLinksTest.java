package careercoach.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role in career progression may name its own guide ({@code guide: <id>}); the loader reads the link and checks
 * it, with the file and line of the link, across all guides.
 */
class CareerPathLinksTest {
    @TempDir
    Path indexData;

    /**
     * A guide whose career progression lists the given roles, each {@code "Name"} or {@code "Name -> guide-id"}.
     * The first role's item starts at line 10; each takes two lines, and one more for its {@code guide:}.
     */
    private Path guide(String id, String title, String... roles) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                id: %s
                title: %s
                sections:
                  - id: overview
                    title: Overview
                    text: What the role does.
                """.formatted(id, title));
        if (roles.length > 0) {
            yaml.append("""
                      - id: career-progression
                        title: Career Progression
                        items:
                    """);
        }
        for (int i = 0; i < roles.length; i++) {
            String[] parts = roles[i].split(" -> ");
            yaml.append("      - id: role-").append(i + 1).append('\n');
            yaml.append("        name: ").append(parts[0]).append('\n');
            if (parts.length == 2) {
                yaml.append("        guide: ").append(parts[1]).append('\n');
            }
        }
        // After the career path, so that the lines the tests name stay where they are.
        yaml.append("""
                  - id: key-responsibilities
                    title: Key Responsibilities
                    text: What the person is responsible for.
                  - id: top-skills
                    title: Top Skills
                    text: What the person needs to be good at.
                """);
        return written(id, yaml.toString());
    }

    /** Writes {@code yaml} as the guide {@code id} of the index-data folder; returns its file. */
    private Path written(String id, String yaml) throws IOException {
        Path file = indexData.resolve("guides").resolve(id + ".yml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private List<GuideProblem> problems() {
        return assertThrows(GuideValidationException.class, () -> new GuideLoader().load(indexData)).problems();
    }

    @Test
    void load_link_isReadIntoTheRoleItem() throws Exception {
        guide("backend-lead", "Backend Lead", "SRE Lead -> sre-lead");
        guide("sre-lead", "SRE Lead", "Head of Reliability -> head-of-reliability");
        guide("head-of-reliability", "Head of Reliability");

        GuideLibrary library = new GuideLoader().load(indexData);

        Item role = library.find("backend-lead").orElseThrow().item("career-progression/role-1").orElseThrow();
        assertEquals("sre-lead", role.guide());
        assertEquals("SRE Lead", role.name());
        assertEquals(List.of(), library.warnings());
    }

    @Test
    void load_linkToNoGuide_isAnErrorAtTheLinksLine() throws Exception {
        Path file = guide("backend-lead", "Backend Lead", "Engineering Manager", "SRE Lead -> sre-lead");

        List<GuideProblem> problems = problems();

        assertEquals(List.of(file + ":" + 14 + ": role 'SRE Lead' links to guide 'sre-lead',"
                + " which does not exist (guides: backend-lead)"), problems.stream().map(Object::toString).toList());
    }

    @Test
    void load_linkWrittenAsTheTitle_suggestsTheGuideId() throws Exception {
        Path file = guide("backend-lead", "Backend Lead", "Site reliability lead -> Site Reliability Lead");
        guide("sre-lead", "Site Reliability Lead (SRE)");

        GuideProblem problem = problems().get(0);

        assertEquals(file, problem.file());
        assertEquals(12, problem.line());
        assertTrue(problem.message().endsWith("which does not exist: did you mean guide: sre-lead?"), problem::message);
    }

    @Test
    void load_linkToItself_isAnError() throws Exception {
        Path file = guide("backend-lead", "Backend Lead", "Backend Lead -> backend-lead");

        assertEquals(List.of(file + ":12: role 'Backend Lead' links to this guide itself: career progression names"
                + " the roles that come next"), problems().stream().map(Object::toString).toList());
    }

    @Test
    void load_twoGuidesLinkingToEachOther_isALoopReportedAtBothLinks() throws Exception {
        Path backend = guide("backend-lead", "Backend Lead", "SRE Lead -> sre-lead");
        Path sre = guide("sre-lead", "SRE Lead", "Platform Lead", "Backend Lead -> backend-lead");

        List<String> problems = problems().stream().map(Object::toString).toList();

        assertEquals(List.of(
                backend + ":12: the link to guide 'sre-lead' makes a loop along career progression:"
                        + " backend-lead → sre-lead → backend-lead; a career path leads onward, so remove one link of"
                        + " the loop",
                sre + ":14: the link to guide 'backend-lead' makes a loop along career progression:"
                        + " sre-lead → backend-lead → sre-lead; a career path leads onward, so remove one link of"
                        + " the loop"), problems);
    }

    @Test
    void load_longerLoop_namesEveryGuideOnIt_andSparesLinksOffTheLoop() throws Exception {
        guide("a-lead", "A Lead", "B Lead -> b-lead", "D Lead -> d-lead");
        guide("b-lead", "B Lead", "C Lead -> c-lead");
        Path c = guide("c-lead", "C Lead", "A Lead -> a-lead");
        guide("d-lead", "D Lead");

        List<GuideProblem> problems = problems();

        assertEquals(3, problems.size(), problems::toString);
        GuideProblem fromC = problems.stream().filter(p -> p.file().equals(c)).findFirst().orElseThrow();
        assertTrue(fromC.message().contains("c-lead → a-lead → b-lead → c-lead"), fromC::message);
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("'d-lead'")), problems::toString);
    }

    @Test
    void load_linkToAGuideWhoseQualifierDiffersFromTheRoles_isAWarningAtTheLink() throws Exception {
        Path security = guide("security-lead", "Security Lead",
                "Engineering Manager (Platform) -> em-warehouse", "Engineering Manager -> em-warehouse");
        guide("em-warehouse", "Engineering Manager (Warehouse Systems)");

        GuideLibrary library = new GuideLoader().load(indexData);

        assertEquals(List.of(security + ":12: warning: role 'Engineering Manager (Platform)' links to guide"
                        + " 'em-warehouse', 'Engineering Manager (Warehouse Systems)': the brackets say two kinds of"
                        + " the role; check the link, or name the role as the guide does"),
                library.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void load_roleWithoutGuide_isAWarningAtTheRole_andTheGuidesLoad() throws Exception {
        Path backend = guide("backend-lead", "Backend Lead (Microservices)",
                "Engineering Manager", "site-reliability engineering LEAD", "Principal Staff Engineer");
        guide("sre-lead", "Site Reliability Engineering (SRE) Lead");
        Path staff = guide("staff-engineer", "Principal/Staff Engineer", "Backend Lead");

        GuideLibrary library = new GuideLoader().load(indexData);

        // Each role but one has a guide by its name; the two that name each other make a loop, which is a warning.
        assertEquals(List.of(backend + ":10: warning: role 'Engineering Manager' has no guide: add one (new-guide or"
                        + " import), or name its guide with guide: <id>",
                        backend + ":14: warning: role 'Principal Staff Engineer' is guide 'staff-engineer' by its name,"
                                + " which makes a loop along career progression: backend-lead → staff-engineer →"
                                + " backend-lead; a career path leads onward: name another guide with guide: <id>, or"
                                + " rename the role",
                        staff + ":10: warning: role 'Backend Lead' is guide 'backend-lead' by its name, which makes a"
                                + " loop along career progression: staff-engineer → backend-lead → staff-engineer; a"
                                + " career path leads onward: name another guide with guide: <id>, or rename the role"),
                library.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void load_rolesPeopleComeFrom_areNotWarnedOfForHavingNoGuide() throws Exception {
        written("streaming-lead", """
                id: streaming-lead
                title: Streaming Lead
                sections:
                  - id: career-progression
                    title: Career Path
                    groups:
                      - id: can-lead-to
                        title: Can lead to
                        items:
                          - id: head-of-audio
                            name: Head of Audio Platforms
                      - id: lateral-moves
                        title: Lateral moves
                        items:
                          - id: video-lead
                            name: Video Streaming Lead
                      - id: often-comes-from
                        title: Often comes from
                        items:
                          - id: vendor-engineer
                            name: Senior engineer at a player vendor
                      - id: typical-backgrounds
                        title: Typical backgrounds
                        items:
                          - id: broadcast-engineer
                            name: Broadcast systems engineer
                  - id: key-responsibilities
                    title: Key Responsibilities
                    text: Keeps the streams up.
                  - id: top-skills
                    title: Top Skills
                    text: Audio codecs.
                """);

        List<String> warnings = new GuideLoader().load(indexData).warnings().stream().map(GuideProblem::message)
                .filter(m -> m.contains("has no guide")).map(m -> m.replaceAll(" has no guide.*", "")).toList();

        assertEquals(List.of("role 'Head of Audio Platforms'", "role 'Video Streaming Lead'"), warnings,
                "a role people come from leads here, not onward: no guide is needed for it");
    }

    @Test
    void load_roleMatchingSeveralGuides_isAWarningNamingThem() throws Exception {
        Path backend = guide("engineering-manager", "Engineering Manager", "Backend Lead");
        guide("backend-lead-go", "Backend Lead (Go)");
        guide("backend-lead-java", "Backend Lead (Java)");

        List<GuideProblem> warnings = new GuideLoader().load(indexData).warnings();

        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(backend, warnings.get(0).file());
        assertTrue(warnings.get(0).message().contains("matches several guides (backend-lead-go, backend-lead-java)"),
                warnings.get(0)::message);
    }

    @Test
    void load_warningsTravelWithTheErrors() throws Exception {
        guide("backend-lead", "Backend Lead", "Engineering Manager", "SRE Lead -> sre-lead");

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        assertEquals(1, e.problems().size());
        assertEquals(1, e.warnings().size());
        assertTrue(e.warnings().get(0).warning());
        assertTrue(e.warnings().get(0).toString().contains(":10: warning: role 'Engineering Manager'"));
    }

    @Test
    void load_linkOutsideCareerProgression_isAnError() throws Exception {
        Path file = written("backend-lead", """
                id: backend-lead
                title: Backend Lead
                sections:
                  - id: next-steps
                    title: Next Steps
                    items:
                      - id: talk-to-sre
                        text: Shadow an SRE for a week
                        guide: backend-lead
                  - id: career-progression
                    title: Career Progression
                    items:
                      - id: blank
                        name: Backend Lead II
                        guide: ""
                """);

        assertEquals(List.of(
                file + ":9: item 'talk-to-sre' has 'guide', but only roles in a section of kind career-progression"
                        + " link to another guide",
                file + ":15: item 'blank' has a blank 'guide': name a guide id, or remove the field"),
                problems().stream().map(Object::toString).toList());
    }

    @Test
    void load_withCandidate_checksItAmongTheOthers(@TempDir Path elsewhere) throws Exception {
        guide("backend-lead", "Backend Lead", "SRE Lead -> sre-lead");
        Path candidate = elsewhere.resolve("sre-lead.yml");
        Files.writeString(candidate, Files.readString(guide("sre-lead", "SRE Lead")).replace("What the role does.",
                "Keeps services up."));
        Files.delete(indexData.resolve("guides/sre-lead.yml"));

        assertThrows(GuideValidationException.class, () -> new GuideLoader().load(indexData));
        GuideLibrary library = new GuideLoader().load(indexData, candidate);

        assertEquals(List.of("backend-lead", "sre-lead"), library.guides().stream().map(Guide::id).toList());
        assertEquals("Keeps services up.", library.find("sre-lead").orElseThrow().section("overview").orElseThrow()
                .text());
    }
}
