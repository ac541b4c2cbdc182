package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles said as job titles are written, with guides that list no aliases: a title's word in its usual short form
 * ("live ops" for "Live Operations", "tech lead" for "technical lead"), a qualifier in brackets ("engineering lead
 * (gameplay)"), and a title that begins with a head of another ("lead tech artist").
 */
class GuideRouterTitleFormsTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide",
                    List.of("Backend Lead", "Tech Lead"), List.of()),
            new Guide("gameplay", "Gameplay Engineering Lead", "Career Guide", List.of()),
            new Guide("live-ops", "Engineering Manager (Live Operations)", "Career Guide", List.of()),
            new Guide("tech-art", "Lead Technical Artist", "Career Guide", List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES);

    private GuideRouter.Route routed(String question) {
        return router.routed(question, Optional.empty());
    }

    @Test
    void opsIsOperations() {
        assertEquals(Optional.of("live-ops"), routed("live ops engineering manager pay").guide());
        assertEquals(Optional.of("live-ops"), routed("common mistakes of live ops EMs").guide());
        assertEquals(Optional.of("live-ops"), routed("from backend lead to live ops engineering manager, what will I"
                + " be responsible for").guide());
    }

    @Test
    void technicalIsTech() {
        assertEquals(Optional.of("backend"), routed("technical lead career path").guide());
        assertEquals(Optional.of("tech-art"), routed("what does a lead technical artist earn").guide());
        assertEquals(Optional.of("tech-art"), routed("lead tech artist skills").guide());
    }

    @Test
    void aQualifierInBrackets_isTheRoles_andLeavesTheRankedText() {
        GuideRouter.Route gameplay = routed("engineering lead (gameplay) top skills");
        assertEquals(Optional.of("gameplay"), gameplay.guide());
        assertEquals(GuideRouter.THE_ROLE + " top skills", gameplay.searched());
        GuideRouter.Route liveOps = routed("what is an engineering manager (live ops)");
        assertEquals(Optional.of("live-ops"), liveOps.guide());
        assertFalse(liveOps.searched().contains("live"), liveOps.searched());
        assertFalse(liveOps.searched().contains(")"), liveOps.searched());
        // Brackets that say something else are not the role's.
        assertEquals(Optional.empty(), routed("what does an engineering lead (in general) do").guide());
    }

    @Test
    void aTitleOpeningWithAnotherHead_isOneRole_itsStanceReadBeforeIt() {
        List<GuideRouter.RoleMention> mentions = router.mentions("animator moving into a lead tech artist role");
        // The asker's job, then the role headed for, read whole.
        assertEquals(2, mentions.size(), mentions.toString());
        assertEquals(Optional.empty(), mentions.get(0).guide());
        assertEquals(Optional.of("tech-art"), mentions.get(1).guide());
        assertEquals(GuideRouter.Stance.WANTED, mentions.get(1).stance());
    }

    @Test
    void aMoveFromAJobNoGuideNames_isTakenOutWithTheRole() {
        // The asker's job is a role no guide has: the move between the two is taken out whole.
        assertEquals(", common mistakes",
                routed("producer switching to engineering manager for live operations, common mistakes").searched());
        assertEquals(", what would I do all day",
                routed("animator moving into a lead tech artist role, what would I do all day").searched());
        assertEquals(GuideRouter.THE_ROLE + ", common mistakes",
                routed("hobbyist switching to engineering manager for live operations, common mistakes").searched());
        assertTrue(GuideRouter.movesFromUnnamed("server programmer becoming "));
        // A question or a purpose before the role is no move from another job.
        assertFalse(GuideRouter.movesFromUnnamed("what's it like becoming a "));
        assertFalse(GuideRouter.movesFromUnnamed("next steps to become a "));
        assertFalse(GuideRouter.movesFromUnnamed("is it worth moving into "));
    }

    @Test
    void aRankSaidAlone_isAmongTheGuidesWithThatHead() {
        GuideRouter managers = new GuideRouter(List.of(
                new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
                new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of()),
                new Guide("tpm", "Technical Program Manager", "Career Guide", List.of())));
        assertEquals(java.util.Set.of("sre", "tpm"), managers.guidesOfRankSaidAlone("manager salary"));
        assertEquals(java.util.Set.of("sre", "tpm"), managers.guidesOfRankSaidAlone("what do managers do all day"));
        // Someone the asker knows, a role named, or no rank: every guide as before.
        assertEquals(java.util.Set.of(), managers.guidesOfRankSaidAlone("my manager wants me to lead more"));
        assertEquals(java.util.Set.of(), managers.guidesOfRankSaidAlone("SRE manager salary"));
        assertEquals(java.util.Set.of(), managers.guidesOfRankSaidAlone("how do I handle an outage"));
    }

    @Test
    void rolesInGeneralWords_leaveTheTextBM25Ranks_someonesStay() {
        assertEquals("skills", router.withoutGeneralRoles("lead programmer skills").strip());
        assertEquals("what does a need to know",
                router.withoutGeneralRoles("what does a lead need to know").replaceAll("\\s+", " "));
        assertEquals("my manager says I need more impact",
                router.withoutGeneralRoles("my manager says I need more impact"));
        assertEquals("how do I plan a release", router.withoutGeneralRoles("how do I plan a release"));
    }
}
