package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role said with a head word of rank ("manager", "head of", "architect") names a guide only when one of the guide's
 * names has that head: a manager is not a lead, whatever other words the role shares with a guide's names. A lead or
 * an engineer may be either ("platform lead": a staff engineer's or a manager's guide).
 */
class GuideRouterHeadsTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("appsec", "Security Engineering Lead (AppSec)", "Career Guide",
                    List.of("Product Security Lead"), List.of()),
            new Guide("sa", "Solutions Architect", "Career Guide", List.of()),
            new Guide("dsm", "Data Science Manager", "Career Guide",
                    List.of("Head of Data Science", "Data Science Lead"), List.of()),
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide",
                    List.of("Backend Lead", "Backend Tech Lead", "Tech Lead", "Microservices Lead",
                            "Lead Backend Engineer"), List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES);

    private GuideRouter.Route routed(String question) {
        return router.routed(question, Optional.empty());
    }

    @Test
    void aRoleWhoseHeadNoNameOfTheGuideHas_isARoleWithNoGuide() {
        for (String question : List.of("product manager responsibilities", "security manager salary",
                "engineering manager salary", "what do engineering managers earn")) {
            GuideRouter.Route route = routed(question);
            assertEquals(Optional.empty(), route.guide(), question);
            assertTrue(route.missingRole().isPresent(), question);
        }
    }

    @Test
    void aRoleInAHeadOfTheGuidesNames_namesIt() {
        assertEquals(Optional.of("dsm"), routed("data manager skills").guide());
        assertEquals(Optional.of("dsm"), routed("head of data science career path").guide());
        assertEquals(Optional.of("dsm"), routed("data science lead salary").guide());
        assertEquals(Optional.of("appsec"), routed("security lead salary").guide());
        assertEquals(Optional.of("appsec"), routed("product security lead salary").guide());
        assertEquals(Optional.of("sa"), routed("solutions architect skills").guide());
        assertEquals(Optional.of("backend"), routed("backend engineer salary").guide());
    }

    @Test
    void aLead_mayBeAnEngineerOrAManager() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("staff", "Staff Engineer (Platform)", "Career Guide", List.of(), List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of(), List.of())));
        assertEquals(Optional.of("staff"), router.route("platform lead salary", Optional.empty()));
    }

    @Test
    void aRankSaidInGenericWords_thatNoGuideIs_isARoleWithNoGuide_notEveryGuidesQuestion() {
        GuideRouter.Route route = routed("engineering manager salary");
        assertEquals(Optional.of("engineering manager"), route.missingRole());
        assertEquals(Optional.empty(), route.guide());
        // Someone the asker knows, the work rather than the role, or the rank alone name no role.
        for (String question : List.of("my engineering manager says I should learn kafka",
                "engineering management skills", "what does a manager do", "lead engineer salary")) {
            assertTrue(routed(question).missingRole().isEmpty(), question);
        }
    }

    @Test
    void aRankSaidInGenericWords_thatAGuideIs_namesIt() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("em", "Engineering Manager (Platform Team)", "Career Guide", List.of("EM"), List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of(), List.of()),
                new Guide("dsm", "Data Science Manager", "Career Guide", List.of(), List.of())));
        assertEquals(Optional.of("em"), router.route("engineering manager salary", Optional.empty()));
        assertEquals(Optional.of("em"), router.route("what do engineering managers earn", Optional.empty()));
    }

    @Test
    void aRankSaidInGenericWords_thatAGuideNamesOnlyWithAFieldOfItsOwn_isARoleWithNoGuide() {
        // "Site Reliability Engineering Manager" is a manager of one field: "engineering manager" leaves out the
        // words that make it that role, unlike "Engineering Manager (Platform Team)", an engineering manager whose
        // team is said apart.
        GuideRouter router = new GuideRouter(List.of(
                new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of(), List.of()),
                new Guide("tpm", "Technical Program Manager", "Career Guide", List.of(), List.of()),
                new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of(),
                        List.of())));
        for (String question : List.of("engineering manager salary", "engineering manager responsibilities")) {
            GuideRouter.Route route = router.routed(question, Optional.empty());
            assertEquals(Optional.of("engineering manager"), route.missingRole(), question);
            assertEquals(Optional.empty(), route.guide(), question);
        }
        // Set against another role no guide has, neither is a guide's.
        GuideRouter.Route versus = router.routed("engineering manager vs director", Optional.empty());
        assertEquals(Optional.empty(), versus.guide());
        assertTrue(versus.missingRole().isPresent());
        assertEquals("Site Reliability Engineering Manager",
                router.routed("engineering manager salary", Optional.empty()).closest().get(0));
        // Said with the field, or as the whole title, it is that guide's.
        assertEquals(Optional.of("sre"), router.route("SRE manager salary", Optional.empty()));
        assertEquals(Optional.of("sre"), router.route("site reliability engineering manager duties",
                Optional.empty()));
        // A manager alone is still every manager guide's question, not a role with no guide.
        assertTrue(router.routed("manager salary", Optional.empty()).missingRole().isEmpty());
    }

    @Test
    void aRankSaidInGenericWords_isTheGuideNamedThatRank_notAManagerOfAField() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("em", "Engineering Manager (Live Operations)", "Career Guide", List.of(), List.of()),
                new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of(), List.of())));
        assertEquals(Optional.of("em"), router.route("engineering manager responsibilities", Optional.empty()));
        GuideRouter reversed = new GuideRouter(List.of(
                new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of(), List.of()),
                new Guide("em", "Engineering Manager (Live Operations)", "Career Guide", List.of(), List.of())));
        assertEquals(Optional.of("em"), reversed.route("engineering manager responsibilities", Optional.empty()));
    }
}
