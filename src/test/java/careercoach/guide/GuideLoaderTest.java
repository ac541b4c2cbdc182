package careercoach.guide;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped guide loads cleanly and has the structure the coaching features walk through. */
class GuideLoaderTest {
    private static final String GUIDE_ID = "backend-engineering-lead-microservices";
    private static GuideLibrary library;
    private static Guide guide;

    @BeforeAll
    static void loadShippedData() throws Exception {
        library = new GuideLoader().load(Path.of("index-data"));
        guide = library.find(GUIDE_ID).orElseThrow();
    }

    @Test
    void load_shippedData_hasTheBackendLeadGuideWithAllNineSectionsInOrder() {
        assertEquals(guide, library.defaultGuide());
        assertEquals("Backend Engineering Lead (Microservices)", guide.title());
        assertEquals(SectionIds.ALL, guide.sections().stream().map(Section::id).toList());
        guide.sections().forEach(s -> assertFalse(s.title().isBlank(), s.id()));
    }

    @Test
    void load_shippedData_hasSixSkillGapsWithTheirDetails() {
        List<Item> gaps = items(SectionIds.SKILL_GAPS);

        assertEquals(6, gaps.size());
        Item reliability = guide.item("skill-gaps/service-reliability-patterns").orElseThrow();
        assertEquals("Service-to-service reliability patterns", reliability.name());
        assertEquals("timeouts, retries, circuit breakers, rate limiting", reliability.details());
        assertEquals(5, gaps.stream().filter(g -> !g.details().isEmpty()).count(),
                "every gap but 'leading through influence' has details");
        assertEquals("Leading through influence when teams/services are owned by different groups",
                gaps.get(5).label());
    }

    @Test
    void load_shippedData_hasTenTopSkills() {
        List<Item> skills = items(SectionIds.TOP_SKILLS);

        assertEquals(10, skills.size());
        assertEquals("System design for distributed services (APIs, service boundaries, data ownership)",
                skills.get(0).label());
    }

    @Test
    void load_shippedData_hasSevenNextStepsInOrder() {
        List<Item> steps = items(SectionIds.NEXT_STEPS);

        assertEquals(List.of("system-design-case-study", "microservices-operations", "architecture-health-check",
                        "leadership-portfolio", "resume-outcomes", "interview-preparation", "network-with-leaders"),
                steps.stream().map(Item::id).toList());
        assertTrue(steps.get(0).text().startsWith("Pick a target domain"));
        assertTrue(steps.get(6).text().startsWith("Network with platform/infra"));
    }

    @Test
    void load_shippedData_hasThreeSalaryLevelsWithRanges() {
        Group levels = group(SectionIds.SALARY_AND_DEMAND, "median-salary-range");

        assertEquals(List.of("Entry Level", "Mid Level", "Senior Level"),
                levels.items().stream().map(Item::name).toList());
        assertEquals(List.of("~$130k–$180k base (US)", "~$160k–$220k base (US)", "~$200k–$280k+ base (US)"),
                levels.items().stream().map(Item::range).toList());
        levels.items().forEach(l -> assertTrue(l.text().contains(l.range()), l.id()));
        assertTrue(group(SectionIds.SALARY_AND_DEMAND, "growth-trend").text().startsWith("Strong demand overall."));
    }

    @Test
    void load_shippedData_hasFivePlusThreeProgressionTargets() {
        assertEquals(5, group(SectionIds.CAREER_PROGRESSION, "can-lead-to").items().size());
        assertEquals(3, group(SectionIds.CAREER_PROGRESSION, "transition-opportunities").items().size());
        assertEquals("Engineering Manager (people and delivery leadership)",
                guide.item("career-progression/engineering-manager").orElseThrow().label());
    }

    @Test
    void load_shippedData_hasSixteenEmployersAndEightSectors() {
        List<Item> employers = group(SectionIds.COMPANIES_HIRING, "major-employers").items();
        List<Item> sectors = group(SectionIds.COMPANIES_HIRING, "industry-sectors").items();

        assertEquals(16, employers.size());
        assertEquals("Amazon", employers.get(0).name());
        assertEquals("Snowflake", employers.get(15).name());
        assertEquals(8, sectors.size());
        assertEquals("SaaS (B2B software)", sectors.get(0).name());
    }

    @Test
    void load_shippedData_everySkillAreaRecommendsStepsThatResolve() {
        List<Item> skillAreas = new ArrayList<>(items(SectionIds.SKILL_GAPS));
        skillAreas.addAll(items(SectionIds.TOP_SKILLS));

        for (Item area : skillAreas) {
            assertFalse(area.actions().isEmpty(), () -> area.id() + " recommends no step");
        }
        for (Section section : guide.sections()) {
            for (Item item : section.allItems()) {
                item.actions().forEach(ref ->
                        assertTrue(guide.item(ref).isPresent(), () -> item.id() + " -> " + ref + " does not resolve"));
            }
        }
    }

    private static List<Item> items(String sectionId) {
        return guide.section(sectionId).orElseThrow().allItems();
    }

    private static Group group(String sectionId, String groupId) {
        return guide.section(sectionId).orElseThrow().groups().stream()
                .filter(g -> g.id().equals(groupId)).findFirst().orElseThrow();
    }
}
