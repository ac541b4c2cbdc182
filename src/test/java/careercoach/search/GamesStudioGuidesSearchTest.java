package careercoach.search;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A games studio's own guides (no aliases) beside the shipped backend guide, nobody's guide chosen: roles said as
 * people write job titles find their guide, and the section asked about comes first.
 */
class GamesStudioGuidesSearchTest extends OrganisationGuidesSearch {
    @Override
    String folder() {
        return "outside-guides-4";
    }

    @Test
    void search_liveOpsIsTheLiveOperationsTitle() {
        assertEquals("engineering-manager-live-operations:salary-and-demand",
                best("what do live ops engineering managers earn"));
        assertEquals("engineering-manager-live-operations:salary-and-demand",
                best("I'm a gameplay lead thinking of moving to live ops EM, how would my pay change"));
    }

    @Test
    void search_aQualifierInBracketsNamesTheRoleAndIsNotRanked() {
        assertEquals("gameplay-engineering-lead:top-skills", best("top skills of an engineering lead (gameplay)"));
    }

    @Test
    void search_aRoleInGeneralWordsIsNotRankedWithinTheGuideItsContentChose() {
        // Both programmers' guides are leads'; whichever the content chooses, its skills come first, not the
        // overview that says "lead" and "programmer" most.
        String best = best("skills a lead programmer needs");
        assertTrue(best.equals("gameplay-engineering-lead:top-skills") || best.equals("lead-graphics-programmer:top-skills"),
                best);
    }

    @Test
    void search_levelUpAsksHowToGrow() {
        assertEquals("lead-graphics-programmer:development-suggestions",
                best("how can a lead graphics programmer level up"));
    }
}
