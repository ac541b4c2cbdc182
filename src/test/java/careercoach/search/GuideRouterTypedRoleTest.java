package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.RoleReader.Reading;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role typed by itself ({@code /career role}) read as a question naming it is routed: a rank no guide's name is
 * has no guide, short forms are what they stand for, and the guide is named only for the whole role, said by its
 * names; anything else is left to the role finder's reading of the words.
 */
class GuideRouterTypedRoleTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("sre-manager", "Site Reliability Engineering Manager", "Career Guide", List.of(), List.of()),
            new Guide("tpm", "Technical Program Manager", "Career Guide", List.of(), List.of()),
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of(), List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES);

    @Test
    void aGenericRank_withOnlyAManagerOfAFieldOfItsOwn_isARoleWithNoGuide_asInAQuestion() {
        Reading typed = router.typedRole("engineering manager");

        assertTrue(typed.noGuide(), typed.toString());
        assertEquals("sre-manager", typed.closest().get(0));
        assertEquals(Optional.empty(), router.route("engineering manager salary", Optional.empty()));
    }

    @Test
    void aRoleSaidWhole_namesItsGuide_shortFormsAndBritishSpellingsIncluded() {
        assertEquals(Reading.named("sre-manager"), router.typedRole("SRE manager"));
        assertEquals(Reading.named("tpm"), router.typedRole("technical programme manager"));
        assertEquals(Reading.named("backend"), router.typedRole("senior backend eng lead"));
        GuideRouter liveOps = new GuideRouter(List.of(GUIDES.get(0),
                new Guide("live-ops", "Engineering Manager (Live Operations)", "Career Guide", List.of(), List.of())));
        assertEquals(Reading.named("live-ops"), liveOps.typedRole("live ops manager"));
        assertEquals(Reading.named("live-ops"), liveOps.typedRole("eng manager"));
    }

    @Test
    void moreThanTheRole_partOfAName_orNoRole_isLeftToTheWords() {
        assertEquals(Reading.NO_ROLE, router.typedRole("backend lead for robots"));
        assertEquals(Reading.NO_ROLE, router.typedRole("lead"));
        assertEquals(Reading.NO_ROLE, router.typedRole("site reliability"));
        assertEquals(Reading.NO_ROLE, new GuideRouter(List.of(GUIDES.get(2),
                new Guide("em", "Engineering Manager (Platform Team)", "Career Guide", List.of(), List.of())))
                .typedRole("platform lead"));
        assertEquals(Reading.NO_ROLE, new GuideRouter(List.of(GUIDES.get(0))).typedRole("engineering manager"));
    }
}
