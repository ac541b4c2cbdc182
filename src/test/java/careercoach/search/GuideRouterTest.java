package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first step of a search: the guide a question is answered from, before sections are ranked. */
class GuideRouterTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("backend-lead", "Backend Engineering Lead (Microservices)", "Career Guide",
                    List.of("Backend Lead", "Tech Lead"), List.of()),
            new Guide("data-lead", "Data Engineering Lead", "Career Guide", List.of("DE Lead"), List.of()),
            new Guide("manager", "Engineering Manager (Platform Team)", "Career Guide",
                    List.of("EM", "People Manager"), List.of()),
            new Guide("staff", "Staff Engineer (Platform)", "Career Guide", List.of("Staff Eng"), List.of()),
            new Guide("frontend-lead", "Frontend Engineering Lead", "Career Guide", List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES);

    @Test
    void route_questionNamingAGuidesRole_isAnsweredFromThatGuide() {
        assertEquals(Optional.of("frontend-lead"),
                router.route("responsibilities of a frontend lead", Optional.of("backend-lead")));
        assertEquals(Optional.of("data-lead"), router.route("DE lead salary range", Optional.empty()));
        assertEquals(Optional.of("manager"), router.route("first 90 days as a new EM", Optional.empty()));
    }

    @Test
    void route_toleratesWordOrderPluralsShortFormsAndTypos() {
        assertEquals(Optional.of("data-lead"), router.route("leads of data engineering: pay?", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("what do first-time data engneering leads get wrong", Optional.empty()));
        assertEquals(Optional.of("staff"), router.route("staf eng salary", Optional.empty()));
        assertEquals(Optional.of("backend-lead"), router.route("backend laed skills", Optional.empty()));
        assertEquals(Optional.of("manager"),
                router.route("skills of the manager of a platform team", Optional.empty()));
    }

    @Test
    void route_genericWordsOnlyOneGuidesNameSaysTogether_nameThatGuide() {
        assertEquals(Optional.of("manager"), router.route("what do engineering managers earn", Optional.empty()));
        assertEquals(Optional.empty(), router.route("what do engineering leads earn", Optional.empty()));
        assertEquals(Optional.empty(), router.route("my engineering manager is great", Optional.empty()));
    }

    @Test
    void route_aComparisonThenAWordOfOneSideAlone_isThatSide() {
        assertEquals(Optional.of("staff"),
                router.route("staff engineer pay vs engineering manager pay: is staff better paid", Optional.empty()));
        assertEquals(Optional.of("frontend-lead"),
                router.route("frontend lead or DE lead, and which tools does frontend use", Optional.empty()));
    }

    @Test
    void route_techSaysNoMoreThanLead() {
        assertEquals(Optional.of("frontend-lead"), router.route("frontend tech lead duties", Optional.empty()));
        assertEquals(Optional.of("backend-lead"), router.route("tech lead duties", Optional.empty()));
    }

    @Test
    void route_aRoleSaidByItsOneDistinctWordWhereAMoveEnds() {
        assertEquals(Optional.of("staff"),
                router.route("how long does it take to go from frontend lead to staff?", Optional.empty()));
        assertEquals(Optional.of("staff"), router.route("promoted to staff, now what", Optional.empty()));
        assertEquals(Optional.empty(), router.route("rename the channel to staff", Optional.empty()));
    }

    @Test
    void route_questionNamingNoRole_isAnsweredFromTheAskersGuideOrEveryGuide() {
        assertEquals(Optional.of("backend-lead"),
                router.route("how do I work with the frontend team", Optional.of("backend-lead")));
        assertEquals(Optional.empty(), router.route("salary range", Optional.empty()));
        assertEquals(Optional.empty(), router.route("my manager says a lead should know this", Optional.empty()));
    }

    @Test
    void route_aMoveFromOneRoleToAnother_isAnsweredFromTheTarget() {
        GuideRouter.Route route = router.routed("I'm a backend lead, what would I earn as a data engineering lead?",
                Optional.empty());

        assertEquals(Optional.of("data-lead"), route.guide());
        assertFalse(route.searched().toLowerCase().contains("backend"), route.searched());
        assertEquals(Optional.of("manager"),
                router.route("from staff engineer to EM, how should I run 1:1s", Optional.empty()));
    }

    @Test
    void route_aTeamSomeoneLeadsOrManages_namesTheRoleOfItsHead() {
        assertEquals(Optional.of("frontend-lead"),
                router.route("we need someone to lead our frontend team, what should they know", Optional.empty()));
        assertEquals(Optional.of("manager"),
                router.route("how do I get better at managing the platform group", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("I head the data engineering org, which books should I read", Optional.empty()));
        assertEquals(Optional.of("frontend-lead"),
                router.route("someone who leads frontend at a bank, what do they earn", Optional.empty()));
    }

    @Test
    void route_aVerbWhoseObjectIsNoGuidesTeam_namesNoRole() {
        GuideRouter.Route route = router.routed("how do I lead a design review well", Optional.empty());

        assertEquals(Optional.empty(), route.guide());
        assertTrue(route.missingRole().isEmpty());
        assertEquals(Optional.empty(), router.route("how do I manage the data warehouse costs", Optional.empty()));
        assertEquals(Optional.empty(), router.route("how do I run the frontend build locally", Optional.empty()));
        assertEquals(Optional.empty(), router.route("can you run the backend tests for me", Optional.empty()));
        assertEquals(Optional.of("manager"),
                router.route("I run the platform team as its manager, what's next", Optional.empty()));
        assertEquals(Optional.empty(), router.route("who leads the data team at Spotify?", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("tips to lead data engineers through a migration", Optional.empty()));
    }

    @Test
    void route_aTeamAndItsHead_namesTheRoleOverThatTeam() {
        assertEquals(Optional.of("frontend-lead"),
                router.route("I was asked to take over the frontend team as its lead, where to start",
                        Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("what does our data group's lead spend her week on", Optional.empty()));
    }

    @Test
    void route_aComparisonThenOneSideAskedAbout_isThatSide() {
        assertEquals(Optional.of("frontend-lead"),
                router.route("frontend engineering lead or data engineering lead, which skills does the frontend "
                        + "one need", Optional.empty()));
        assertEquals(Optional.of("manager"),
                router.route("the platform manager vs the staff engineer: how is the manager's week spent",
                        Optional.empty()));
        assertEquals(Optional.of("staff"),
                router.route("platform manager or staff engineer, what do staff engineers earn", Optional.empty()));
        assertEquals(Optional.of("frontend-lead"),
                router.route("frontend lead and DE lead: is the frontend role better paid", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("DE lead or frontend lead - which skills does the former need", Optional.empty()));
        assertEquals(Optional.of("frontend-lead"),
                router.route("DE lead or frontend lead - which skills does the latter need", Optional.empty()));
    }

    @Test
    void route_theRoleTheAskerHoldsNow_givesWayToTheOneTheyAskAbout() {
        assertEquals(Optional.of("data-lead"),
                router.route("I want to become a data engineering lead; right now I'm a frontend lead",
                        Optional.empty()));
        assertEquals(Optional.of("backend-lead"),
                router.route("what is a backend lead's week like? I'm a frontend lead today", Optional.empty()));
        assertEquals(Optional.of("frontend-lead"),
                router.route("I manage the platform team and I'm aiming for frontend lead, how", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("should I move to DE lead or stay a frontend lead?", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("what does a DE lead earn compared to a frontend lead", Optional.empty()));
        assertEquals(Optional.of("data-lead"),
                router.route("does a DE lead earn more than a frontend lead", Optional.empty()));
    }

    @Test
    void route_aRoleWithNoGuide_saysSoWithTheClosestRoles() {
        GuideRouter.Route route = router.routed("what does a data scientist earn", Optional.of("backend-lead"));

        assertEquals(Optional.of("data scientist"), route.missingRole());
        assertEquals("Data Engineering Lead", route.closest().get(0));
        assertTrue(router.routed("mobile engineering lead salary", Optional.empty()).missingRole().isPresent());
        assertTrue(router.routed("product manager skills", Optional.empty()).missingRole().isPresent());
    }

    @Test
    void route_peopleTheAskerWorksWith_areNoRoleAskedAbout() {
        GuideRouter.Route route = router.routed("designers keep changing the specs mid-sprint, how do I cope",
                Optional.empty());

        assertTrue(route.missingRole().isEmpty(), route.toString());
        assertEquals(Optional.empty(), route.guide());
        assertTrue(router.routed("which companies hire designers", Optional.empty()).missingRole().isPresent());
        assertTrue(router.routed("what does a designer earn", Optional.empty()).missingRole().isPresent());
    }

    @Test
    void route_peopleTheAskerCounts_areNoRoleAskedAbout() {
        for (String question : List.of("our Blueprints have turned into spaghetti only one designer understands",
                "two analysts keep asking me for the same report", "some designers ignore the style guide")) {
            GuideRouter.Route route = router.routed(question, Optional.empty());
            assertTrue(route.missingRole().isEmpty(), question + ": " + route);
        }
        // A role asked about, with an article, is still one no guide has.
        assertTrue(router.routed("what does a designer earn in a year", Optional.empty()).missingRole()
                .isPresent());
    }

    @Test
    void route_roleWordsAreNotWhatTheSectionsAreRankedBy() {
        assertEquals("the role salary range", router.routed("DE lead salary range", Optional.empty()).searched());
    }

    @Test
    void route_aLevelSaidInTheWordsOfARole_isPartOfTheRole() {
        GuideRouter.Route route = router.routed("what is the job of a staff-level platform engineer", Optional.empty());
        assertEquals(Optional.of("staff"), route.guide());
        assertEquals("what is the job of a the role", route.searched());
        // A level said after the role is what is asked about it.
        assertEquals("the role salary at senior level",
                router.routed("backend lead salary at senior level", Optional.empty()).searched());
        // A level no role is said with stays in the question.
        assertEquals("what is the job of a first-level the role",
                router.routed("what is the job of a first-level backend lead", Optional.empty()).searched());
    }

    @Test
    void route_aMoveIsTakenOutOfTheRankedTextWithHowTheAskerHoldsTheFirstRole() {
        GuideRouter.Route route = router.routed("after four years as frontend lead I'd like to become a DE lead, "
                + "which tools matter most", Optional.empty());

        assertEquals(Optional.of("data-lead"), route.guide());
        assertFalse(route.searched().contains("years"), route.searched());
        assertTrue(route.searched().contains("which tools matter most"), route.searched());
    }

    @Test
    void route_oneGuide_answersEveryQuestionFromIt() {
        GuideRouter single = new GuideRouter(List.of(GUIDES.get(0)));

        assertEquals(Optional.empty(), single.route("what does a backend lead do", Optional.empty()));
    }

    @Test
    void route_aBritishSpellingOfAGuidesNameNamesItsRole() {
        GuideRouter spelled = new GuideRouter(List.of(
                new Guide("tpm", "Technical Program Manager", "Career Guide", List.of()),
                new Guide("behaviour", "Behaviour Analytics Lead", "Career Guide", List.of()),
                new Guide("backend-lead", "Backend Engineering Lead (Microservices)", "Career Guide", List.of())),
                word -> true); // every word an English word: "programme" is no typo to correct
        assertEquals(Optional.of("tpm"), spelled.route("technical programme manager skills", Optional.empty()));
        assertEquals(Optional.of("tpm"), spelled.route("what do technical programme managers earn",
                Optional.empty()));
        assertEquals(Optional.of("behaviour"), spelled.route("behavior analytics lead salary", Optional.empty()));
    }

    @Test
    void route_aPersonSaidByTheWordBeforeTheirTitlesGenericHead_isThatRole() {
        GuideRouter headless = new GuideRouter(List.of(
                new Guide("principal", "Principal Engineer (Payments)", "Career Guide", List.of()),
                new Guide("tpm", "Technical Program Manager", "Career Guide", List.of()),
                new Guide("backend-lead", "Backend Engineering Lead (Microservices)", "Career Guide", List.of())),
                word -> true);
        assertEquals(Optional.of("principal"), headless.route("what does a payments principal do", Optional.empty()));
        assertEquals(Optional.of("principal"), headless.route("what does a principal earn?", Optional.empty()));
        assertEquals(Optional.of("principal"), headless.route("as a principal, what should I own", Optional.empty()));
    }

    @Test
    void route_theWordBeforeATitlesHeadGoingOnIntoAnotherNoun_namesNoRole() {
        GuideRouter headless = new GuideRouter(List.of(
                new Guide("principal", "Principal Engineer (Payments)", "Career Guide", List.of()),
                new Guide("backend-lead", "Backend Engineering Lead (Microservices)", "Career Guide", List.of())),
                word -> true);
        for (String question : new String[]{"what does a principal investigator do",
                "what does a school principal earn", "is a principal payment on a loan taxed"}) {
            assertEquals(Optional.empty(), headless.route(question, Optional.empty()), question);
            assertTrue(headless.routed(question, Optional.empty()).missingRole().isEmpty(), question);
        }
    }

    @Test
    void routed_aRoleWithNoGuideBesideTheGuidesRoleStaysToBeRankedUnlessTheyAreAMove() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("qa-lead", "QA / Test Automation Lead", "Career Guide", List.of("QA Lead"), List.of()),
                new Guide("data-lead", "Data Engineering Lead", "Career Guide", List.of())), word -> true);
        assertTrue(router.routed("head of QA - is that where a QA lead goes next?", Optional.empty()).searched()
                .startsWith("head of QA - is that where a"));
        String move = router.routed("I'm a data analyst aiming for data engineering lead, how do I get there",
                Optional.empty()).searched();
        assertFalse(move.contains("analyst"), move);
    }
}
