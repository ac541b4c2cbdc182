package careercoach.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no role named and nobody's guide chosen, the guide most of the best sections belong to is answered from,
 * not the guide of one strong section; when no guide leads, every guide's sections are shown.
 */
class GuideContentRouteTest {
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = MultiGuideSearches.shared();
    }


    @Test
    void search_theGuideMostOfTheBestSectionsBelongToIsAnsweredFrom() {
        Answer answer = search.search("how should I measure developer experience on our internal platform",
                Optional.empty(), 3);
        assertTrue(answer.answered());
        answer.hits().forEach(h -> assertEquals("staff-engineer-platform", h.guideId()));
    }

    @Test
    void search_oneStrongSectionOfAnotherGuideDoesNotDecide() {
        Answer answer = search.search("we have 800 selenium tests and almost no unit tests, is that a problem?",
                Optional.empty(), 3);
        assertFalse(answer.hits().isEmpty());
        answer.hits().forEach(h -> assertEquals("qa-test-automation-lead", h.guideId()));
    }

    @Test
    void search_aQuestionAskedAsPeopleAskAboutTheJob_isAnsweredFromTheGuideItLeads() {
        // No labelled question is close to it (it was written for no guide), but it reads as one to answer.
        Answer answer = search.search("analysts ask for new tables every single day and I can't keep up, any advice?",
                Optional.empty(), 3);
        assertTrue(answer.answered(), answer.toString());
        assertEquals("data-engineering-lead", answer.best().orElseThrow().guideId());
    }

    @Test
    void search_anErrandInAGuidesWords_isStillRefused() {
        for (String errand : new String[]{"who's on call for the backend services this weekend?",
                "is Snowflake down right now?", "please approve my PR when you get a chance",
                "can you reset my password for the data warehouse"}) {
            assertFalse(search.search(errand, Optional.empty(), 3).answered(), errand);
        }
    }

    @Test
    void search_whenNoGuideLeadsEveryGuideIsShown() {
        Answer answer = search.search("how do I request parental leave", Optional.empty(), 5);
        assertFalse(answer.answered());
        assertTrue(answer.hits().stream().map(Hit::guideId).distinct().count() > 1, answer.hits().toString());
    }

    @Test
    void search_aChosenGuideIsSearchedAsBefore() {
        Answer answer = search.search("we have 800 selenium tests and almost no unit tests, is that a problem?",
                Optional.of("backend-engineering-lead-microservices"), 3);
        answer.hits().forEach(h -> assertEquals("backend-engineering-lead-microservices", h.guideId()));
    }
}
