package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chief's role said by its initials (C, one or two letters, O: "CISO", "cmo") is a role like "CTO": no guide's
 * unless a guide's title or alias is that role, whatever a guide's career progression says of it.
 */
class GuideRouterChiefRolesTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("appsec", "Security Engineering Lead (AppSec)", "Career Guide",
                    List.of("Product Security Lead"), List.of()),
            new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of("Backend Lead"), List.of()));

    @Test
    void chiefInitials_whateverTheCase_areARoleWithNoGuide() {
        GuideRouter router = new GuideRouter(GUIDES);
        for (String question : List.of("ciso salary", "what does a CISO earn", "CMO skills", "Cdo responsibilities",
                "cto salary")) {
            GuideRouter.Route route = router.routed(question, Optional.empty());
            assertEquals(Optional.empty(), route.guide(), question);
            assertTrue(route.missingRole().isPresent(), question);
        }
    }

    @Test
    void chiefInitials_thatAGuideIsNamedBy_nameIt() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("ciso", "Chief Information Security Officer", "Career Guide", List.of("CISO"), List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of(), List.of())));
        assertEquals(Optional.of("ciso"), router.route("ciso salary", Optional.empty()));
    }

    @Test
    void fourLettersThatAreAWord_areNoRole() {
        GuideRouter router = new GuideRouter(GUIDES, "ciao"::equals, true);
        assertTrue(router.routed("ciao, what skills does a backend lead need", Optional.empty()).missingRole()
                .isEmpty());
    }
}
