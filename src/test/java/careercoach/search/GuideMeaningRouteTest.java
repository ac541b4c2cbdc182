package careercoach.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role said in words no title or alias holds is routed by meaning, only when one guide's names are clearly the
 * closest; anything else still searches every guide.
 */
class GuideMeaningRouteTest {
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = MultiGuideSearches.shared();
    }


    @Test
    void byMeaning_aRolePhrasingNoAliasListsGoesToTheClosestGuide() {
        assertEquals(Optional.of("engineering-manager-platform-team"),
                search.byMeaning(Questions.clean("what's the career path for engineering managers")));
    }

    @Test
    void byMeaning_questionsCloseToNoGuideNameSearchEveryGuide() {
        assertTrue(search.byMeaning(Questions.clean("thanks, that was helpful!")).isEmpty());
        assertTrue(search.byMeaning(Questions.clean("one of my reports is underperforming, how do I handle it"))
                .isEmpty());
        assertTrue(search.byMeaning(Questions.clean("what does a lead do on a team")).isEmpty());
    }

    @Test
    void search_aRolePhrasingRoutedByMeaningIsAnsweredFromThatGuide() {
        Answer answer = search.search("what's the career path for engineering managers", Optional.empty(), 3);
        assertFalse(answer.hits().isEmpty());
        answer.hits().forEach(h -> assertEquals("engineering-manager-platform-team", h.guideId()));
    }
}
