package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Roles no guide has are recognised by the words of ordinary jobs ({@code search/occupations.txt}), not by a list
 * written for one organisation: any job a person says ("animator", "pharmacist"), a field of work said with a head
 * ("community manager", "account manager") and the field that makes a job what it is ("level designer", "concept
 * artist"). Someone the asker knows, people counted and the guides' own roles stay as they were.
 */
class GuideRouterOccupationsTest {
    private final GuideRouter router = new GuideRouter(StudioGuides.GUIDES);

    private GuideRouter.Route routed(String question) {
        return router.routed(question, Optional.empty());
    }

    private void assertNoGuideFor(String role, String question) {
        GuideRouter.Route route = routed(question);
        assertEquals(Optional.empty(), route.guide(), question);
        assertEquals(Optional.of(role), route.missingRole(), question);
    }

    @Test
    void anOrdinaryJob_isARoleWithNoGuide() {
        assertNoGuideFor("animator", "animator career progression");
        assertNoGuideFor("pharmacist", "how much does a pharmacist earn");
        assertNoGuideFor("plumber", "what skills does a plumber need");
        assertNoGuideFor("producer", "how much does a producer earn at a games studio");
        assertNoGuideFor("animators", "what tools do animators use");
        assertNoGuideFor("designer", "how do I give feedback to a designer");
        assertNoGuideFor("producer", "what does a producer's week look like");
        assertNoGuideFor("account manager", "what is an account manager\u2019s job");
    }

    @Test
    void aFieldOfWorkWithAHead_isARoleWithNoGuide() {
        assertNoGuideFor("community manager", "community manager career path");
        assertNoGuideFor("account manager", "what does an account manager earn");
        assertNoGuideFor("office manager", "office manager responsibilities");
        assertNoGuideFor("sound engineer", "how do I become a sound engineer");
    }

    @Test
    void theFieldThatMakesAJob_isSaidWithIt() {
        assertNoGuideFor("level designer", "what does a level designer earn");
        assertNoGuideFor("level designer", "level designer skills");
        assertNoGuideFor("concept artist", "concept artist portfolio tips");
        assertNoGuideFor("sound designer", "sound designer career path");
    }

    @Test
    void aJobSetAgainstAnother_isStillARole() {
        assertNoGuideFor("animator", "how does a community manager compare with an animator");
        assertNoGuideFor("animator", "what does a producer earn compared with an animator");
    }

    @Test
    void theFieldThatMakesAJob_isNotAnotherGuidesJobOfThatWord() {
        GuideRouter withDesigner = new GuideRouter(List.of(
                new Guide("product-designer", "Senior Product Designer", "Career Guide", List.of()),
                new Guide("backend-lead", "Backend Engineering Lead", "Career Guide", List.of())));
        GuideRouter.Route level = withDesigner.routed("what does a level designer earn", Optional.empty());
        assertEquals(Optional.of("level designer"), level.missingRole());
        assertEquals(Optional.of("product-designer"),
                withDesigner.route("what does a mid-level designer earn", Optional.empty()));
        assertEquals(Optional.of("product-designer"), withDesigner.route("designer salary", Optional.empty()));
    }

    @Test
    void theGuidesOwnRoles_andTheirFieldsSaidOtherwise_stayTheirs() {
        assertEquals(Optional.of("tech-artist"), routed("lead technical artist skills").guide());
        assertEquals(Optional.of("tech-artist"), routed("what does a tech artist earn").guide());
        assertEquals(Optional.of("tech-artist"), routed("tech art lead skills").guide());
        assertEquals(Optional.of("live-ops-em"), routed("live ops engineering manager pay").guide());
        assertEquals(Optional.of("gameplay-lead"), routed("gameplay lead salary").guide());
        assertEquals(Optional.of("tech-artist"),
                routed("responsibilities of the technical lead in the art team").guide());
    }

    @Test
    void someoneTheAskerKnows_peopleCounted_andRanksSaidAlone_nameNoRole() {
        for (String question : List.of("my manager wants a roadmap by Friday", "the lead on my team never reviews",
                "how do I tell a manager no", "our community manager keeps promising features",
                "two artists keep asking for tools", "how many engineers should a team have",
                "my producer moved the milestone", "what level should I be after five years",
                "retargeting the hero character rig with the animation lead",
                "how do I work with designers who change the specs",
                "how do I give feedback to a designer on my team", "the animators complain the rig is slow",
                "the producers keep moving deadlines")) {
            GuideRouter.Route route = routed(question);
            assertEquals(Optional.empty(), route.missingRole(), question);
            assertEquals(Optional.empty(), route.guide(), question);
        }
    }
}
