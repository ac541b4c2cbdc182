package careercoach.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide with no section saying what the role does, or none saying what it needs, loads (an organisation may start
 * small) but the author is told what that costs: questions of that kind find nothing in it, and a skill check has
 * nothing to ask. Written for guides made by hand; the import notes the same of a ladder.
 */
class MissingSectionsTest {

    @Test
    void check_guideWithNeitherResponsibilitiesNorSkills_warnsOfEachWithWhatItCostsAndTheHeadingsThatGiveIt(
            @TempDir Path dir) throws Exception {
        write(dir, "payments-lead", """
                id: payments-lead
                title: Payments Lead
                sections:
                  - id: overview
                    title: Overview
                    text: A Payments Lead runs the team that owns card processing and settlement.
                  - id: salary-and-demand
                    title: Salary and Demand
                    items:
                      - id: senior
                        text: "Senior: $150k-$180k base (illustrative)"
                """);

        List<String> warnings = warnings(dir);

        assertEquals(2, warnings.size(), warnings::toString);
        String duties = warnings.stream().filter(w -> w.contains("no responsibilities section")).findFirst()
                .orElseThrow(() -> new AssertionError(warnings));
        assertTrue(duties.contains("/career responsibilities") && duties.contains("'Key Responsibilities'"), duties);
        String skills = warnings.stream().filter(w -> w.contains("no skills section")).findFirst()
                .orElseThrow(() -> new AssertionError(warnings));
        assertTrue(skills.contains("skill check has nothing to ask") && skills.contains("'Top Skills'"), skills);
    }

    @Test
    void check_guideWhoseSkillsAreOnlyItsSkillGaps_isNotWarnedOfSkills(@TempDir Path dir) throws Exception {
        write(dir, "payments-lead", """
                id: payments-lead
                title: Payments Lead
                sections:
                  - id: what-you-own
                    title: What You Own
                    items:
                      - id: settlement
                        text: Settlement runs and their reconciliation with the card schemes.
                  - id: where-people-stumble
                    title: Where People Stumble
                    kind: skill-gaps
                    items:
                      - id: chargebacks
                        text: Chargeback rules differ by card scheme and region.
                """);

        assertEquals(List.of(), warnings(dir));
    }

    @Test
    void check_shippedGuide_hasEveryKindItNeeds() throws Exception {
        List<String> missing = new GuideLoader().check(Path.of("index-data")).warnings().stream()
                .map(GuideProblem::message).filter(m -> m.contains("section (no section")).toList();

        assertEquals(List.of(), missing);
    }

    private static void write(Path dir, String id, String yaml) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("guides")).resolve(id + ".yml"), yaml);
    }

    private static List<String> warnings(Path dir) throws Exception {
        return new GuideLoader().check(dir).warnings().stream().map(GuideProblem::message)
                .filter(m -> m.contains("section (no section")).toList();
    }
}
