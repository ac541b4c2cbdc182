package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A move between the role held and one a guide has is a question about the guides. */
class GuideRouterSaysMoveTest {
    private final GuideRouter router = new GuideRouter(List.of(
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
            new Guide("sre", "Site Reliability Engineering Manager", "Career Guide", List.of()),
            new Guide("payments", "Principal Engineer (Payments)", "Career Guide", List.of())), w -> true, false);

    @Test
    void theRoleHeldAndAGuidesRoleHeadedFor_isAMove() {
        assertTrue(router.saysMove("SRE manager wanting to become a principal engineer (payments), how's the market"));
        assertTrue(router.saysMove("from backend lead to SRE manager, what will I be doing"));
    }

    @Test
    void oneRoleOrNoGuideHeadedFor_isNoMove() {
        assertFalse(router.saysMove("SRE manager salary"));
        assertFalse(router.saysMove("what's the best pizza in town"));
        assertFalse(router.saysMove("I'm a backend lead, how do I become a head of data"));
    }
}
