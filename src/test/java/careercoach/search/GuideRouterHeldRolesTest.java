package careercoach.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The asker's own job, when no guide covers it ("I'm a data scientist", "after 5 years as an animator"), is who is
 * asking, not what is asked: it is taken out of the question and the rest is searched, unless the rest asks about
 * that job itself (its pay, skills, duties, career), which is still told there is no guide for it.
 */
class GuideRouterHeldRolesTest {
    private final GuideRouter router = new GuideRouter(StudioGuides.GUIDES);

    private GuideRouter.Route routed(String question) {
        return router.routed(question, Optional.empty());
    }

    @Test
    void aHeldJobNoGuideCovers_isContext_theRestIsSearched() {
        for (String question : List.of("I'm a data scientist, how do I get better at system design",
                "after 5 years as an animator I want to move into engineering, where do I start",
                "as a character artist moving into tech art, what should I learn",
                "I am a pharmacist, how do I learn kubernetes",
                "animator moving into engineering, where do I start",
                "senior concept artist switching to programming, which language first")) {
            GuideRouter.Route route = routed(question);
            assertEquals(Optional.empty(), route.missingRole(), question);
            assertEquals(Optional.empty(), route.guide(), question);
            assertFalse(route.named(), question);
        }
    }

    @Test
    void theHeldJob_andHowItIsSaid_areNotSearched() {
        String searched = routed("I'm a data scientist, how do I get better at system design").searched();
        assertFalse(searched.contains("scientist"), searched);
        assertFalse(searched.contains("I'm"), searched);
        assertTrue(searched.contains("system design"), searched);
        String animator = routed("after 5 years as an animator I want to move into engineering, where do I start")
                .searched();
        assertFalse(animator.contains("animator"), animator);
        assertFalse(animator.contains("years"), animator);
        assertTrue(animator.contains("move into engineering"), animator);
        String artist = routed("as a character artist moving into tech art, what should I learn").searched();
        assertEquals("tech art, what should I learn", artist);
    }

    @Test
    void aRankSaidAloneBesideTheHeldJob_isAskedOfTheGuidesOfThatRank() {
        GuideRouter.Route route = routed("I'm a data scientist, what does a manager earn");
        assertEquals(Optional.empty(), route.missingRole());
        assertEquals(java.util.Set.of("live-ops-em"), router.guidesOfRankSaidAlone(route.searched()));
    }

    @Test
    void aHeldJobAskedAbout_isStillARoleWithNoGuide() {
        assertEquals(Optional.of("data scientist"), routed("I'm a data scientist, what should I earn").missingRole());
        assertEquals(Optional.of("animator"), routed("as an animator, what skills do I need").missingRole());
        assertEquals(Optional.of("animator"),
                routed("after 5 years as an animator, what is my career path").missingRole());
        assertEquals(Optional.of("pharmacist"), routed("I'm a pharmacist, what does my day look like").missingRole());
        assertEquals(Optional.of("plumber"), routed("as a plumber, how do I get promoted").missingRole());
        assertEquals(Optional.of("data scientist"), routed("I'm a data scientist").missingRole());
    }

    @Test
    void aRoleWithNoGuideBesideTheHeldJob_isStillTheOneRefused() {
        assertEquals(Optional.of("frontend engineering"),
                routed("as a designer moving into frontend engineering, what should I learn").missingRole());
        assertEquals(Optional.of("level designer"),
                routed("I'm a producer, what does a level designer earn").missingRole());
    }

    @Test
    void aJobMovedFrom_withNothingElseAsked_isStillARoleWithNoGuide() {
        assertEquals(Optional.of("animator"), routed("animator moving into a new role, what skills do I need")
                .missingRole());
        assertEquals(Optional.of("producer"),
                routed("what does a producer moving into engineering need to learn").missingRole());
    }

    @Test
    void aJobNoGuideCovers_notHeld_isStillARoleWithNoGuide() {
        assertEquals(Optional.of("data scientist"),
                routed("how does a data scientist get better at system design").missingRole());
        assertEquals(Optional.of("animator"), routed("animator career progression").missingRole());
    }

    @Test
    void aHeldRoleAGuideCovers_orAMoveToOne_isRoutedAsBefore() {
        assertEquals(Optional.of("gameplay-lead"), routed("I'm a gameplay lead, what does it pay").guide());
        assertEquals(Optional.of("tech-artist"),
                routed("after 5 years as an animator I want to become a lead technical artist, what skills matter")
                        .guide());
    }
}
