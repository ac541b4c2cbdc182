package careercoach.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words that only say a move, right before the role it heads for, are not what the question asks. */
class GuideRouterMoveLeadInTest {
    @Test
    void wordsOfMovingRightBeforeTheRole_areTakenOut() {
        assertEquals(", what do I need ", GuideRouter.withoutMoveLeadIn(", what do I need to step up to "));
        assertEquals(" here, what would change ", GuideRouter.withoutMoveLeadIn(" here, what would change if I became a "));
        assertEquals(", what's the gap ", GuideRouter.withoutMoveLeadIn(", what's the gap between me and a "));
        assertEquals("", GuideRouter.withoutMoveLeadIn("moving into the "));
    }

    @Test
    void aPurposeOrNoMove_staysWhole() {
        assertEquals(", how do I become a ", GuideRouter.withoutMoveLeadIn(", how do I become a "));
        assertEquals(", what does a ", GuideRouter.withoutMoveLeadIn(", what does a "));
    }
}
