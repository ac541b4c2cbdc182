package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranks said in words several guides' names share, jobs said only after a field, heads and officers of a field no
 * guide names, and how the asker says who they are.
 */
class GuideRouterSharedRanksTest {
    private static final List<Guide> HEALTH = List.of(
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
            new Guide("frontend-em", "Frontend Engineering Manager (Patient Experience)", "Career Guide", List.of()),
            new Guide("telehealth", "Head of Engineering (Telehealth)", "Career Guide", List.of()),
            new Guide("infra", "Infrastructure & Compliance Lead", "Career Guide", List.of()));
    private static final List<Guide> LOGISTICS = List.of(
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
            new Guide("security", "Security Engineering Lead", "Career Guide", List.of()),
            new Guide("ml", "Machine Learning Engineering Lead (Routing & Forecasting)", "Career Guide", List.of()),
            new Guide("warehouse-em", "Engineering Manager (Warehouse Systems)", "Career Guide", List.of()),
            new Guide("devex", "Developer Experience Lead", "Career Guide", List.of()));
    private final GuideRouter health = new GuideRouter(HEALTH);
    private final GuideRouter logistics = new GuideRouter(LOGISTICS);

    private static GuideRouter.Route routed(GuideRouter router, String question) {
        return router.routed(question, Optional.empty());
    }

    @Test
    void genericRankWords_nameTheOnlyGuideThatIsThatRankForOneField() {
        assertEquals(Optional.of("frontend-em"), routed(health, "what does an engineering manager do").guide());
        assertEquals(Optional.of("frontend-em"), routed(health, "how much do engineering managers make").guide());
    }

    @Test
    void genericRankWords_nameNoGuideWhoseFieldIsADisciplineOfSeveralWords() {
        GuideRouter sre = new GuideRouter(List.of(
                new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of()),
                new Guide("tpm", "Technical Program Manager", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of())));
        assertEquals(Optional.of("engineering manager"), routed(sre, "engineering manager salary").missingRole());
    }

    @Test
    void aRankWhoseWordsGuidesShare_isAnsweredAmongThoseGuides_notRefused() {
        GuideRouter.Route route = routed(logistics, "security engineering manager pay");
        assertTrue(route.missingRole().isEmpty(), route.toString());
        assertEquals(Set.of("security", "warehouse-em"), logistics.guidesOfRankSaidAlone("security engineering manager pay"));
        assertEquals(Set.of("ml", "warehouse-em"), logistics.guidesOfRankSaidAlone("ML engineering manager skills"));
        assertEquals(Set.of("telehealth", "frontend-em"),
                health.guidesOfRankSaidAlone("telehealth engineering manager responsibilities"));
        // A word no guide's names have leaves a role no guide has.
        assertEquals(Optional.of("warehouse operations manager"),
                routed(logistics, "what does a warehouse operations manager do").missingRole());
        assertEquals(Optional.of("head of infrastructure"), routed(health, "head of infrastructure pay").missingRole());
    }

    @Test
    void aHeadOfAField_readsTheFieldAfterOf() {
        assertEquals(Optional.of("telehealth"),
                routed(health, "engineering manager to head of engineering telehealth, where do new heads struggle")
                        .guide());
        assertEquals(Optional.of("head of interoperability"),
                routed(health, "head of interoperability salary").missingRole());
        assertTrue(routed(health, "what does the head of the team do").missingRole().isEmpty());
    }

    @Test
    void jobsSaidAfterAField_andOfficers_areRolesWithNoGuide() {
        assertEquals(Optional.of("developer advocate"), routed(logistics, "developer advocate salary").missingRole());
        assertEquals(Optional.of("privacy officer"), routed(health, "privacy officer responsibilities").missingRole());
        assertEquals(Optional.of("general manager"), routed(health, "general manager skills").missingRole());
        // Said alone, the word is a verb.
        assertTrue(routed(logistics, "how do I advocate for my team's roadmap").missingRole().isEmpty());
    }

    @Test
    void aRoleFollowedByHere_isTheAskers_andPreparingFor_headsForOne() {
        GuideRouter.Route route = routed(logistics,
                "senior backend engineer here, how do I prepare for a developer experience lead job?");
        assertEquals(Optional.of("devex"), route.guide());
    }

    @Test
    void aRoleAskedAboutAfterAClause_keepsTheQuestionThatOpensIt() {
        GuideRouter.Route route = routed(logistics,
                "I'm a developer advocate at a tools vendor, what would a developer experience lead do all day");
        assertEquals(Optional.of("devex"), route.guide());
        assertTrue(route.searched().contains("what would a"), route.searched());
    }

    @Test
    void aLevelSaidBeforeARoleOfAMove_isNotRanked() {
        GuideRouter.Route route = routed(logistics,
                "senior ML engineer -> ML lead (routing & forecasting), where do I start?");
        assertEquals(Optional.of("ml"), route.guide());
        assertTrue(!route.searched().contains("senior") && route.searched().contains("where do I start"),
                route.searched());
        // Said of the role asked about, with no move, the level stays: it picks the pay asked about.
        assertTrue(routed(logistics, "senior security engineering lead salary").searched().contains("senior"));
    }

    @Test
    void aHeldJobInAWordOfTheTrade_isTakenOutWithTheMove() {
        GuideRouter studio = new GuideRouter(List.of(
                new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
                new Guide("graphics", "Lead Graphics Programmer", "Career Guide", List.of()),
                new Guide("gameplay", "Gameplay Engineering Lead", "Career Guide", List.of())));
        GuideRouter.Route route = routed(studio, "as a rendering engineer, what's the gap between me and a graphics lead");
        assertEquals(Optional.of("graphics"), route.guide());
        assertTrue(!route.searched().contains("rendering") && route.searched().contains("gap"), route.searched());
        // An engineer said without "I'm a" or "as a" before the word is no held job.
        assertTrue(routed(studio, "how should I measure developer experience").missingRole().isEmpty());
    }

    @Test
    void aRankOfOneField_isSaidByTheRanksInitialsAfterTheField() {
        assertEquals(Optional.of("frontend-em"), routed(health, "frontend EM skills").guide());
        assertEquals(Optional.of("frontend-em"),
                routed(health, "mobile lead switching to the patient experience EM role, salary?").guide());
        // "em" in lower case, an English word, is no role.
        GuideRouter english = new GuideRouter(HEALTH, Set.of("em", "let", "know", "the")::contains, true);
        assertTrue(routed(english, "let em know the pay").guide().isEmpty());
    }

    @Test
    void theNamesQualifierSaidAfterForGoesWithTheRole() {
        assertEquals("what does the the role own",
                routed(health, "what does the head of eng for telehealth own").searched());
    }
}
