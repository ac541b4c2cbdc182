package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles said by the initials of their guide's names, though the guides list no aliases. */
class GuideRouterInitialsTest {
    /** Initials that are English words too, as the tokenizer's vocabulary has them. */
    private static final Predicate<String> ENGLISH = Set.of("de", "em", "me", "pm", "am", "it", "us", "be",
            "se", "ta")::contains;
    private static final List<Guide> GUIDES = List.of(
            new Guide("sre", "Site Reliability Engineering Lead", "Career Guide", List.of()),
            new Guide("data", "Data Engineering Lead", "Career Guide", List.of()),
            new Guide("manager", "Engineering Manager (Platform Team)", "Career Guide", List.of()),
            new Guide("tpm", "Technical Program Manager", "Career Guide", List.of()),
            new Guide("mobile", "Mobile Engineering Lead (iOS/Android)", "Career Guide", List.of()),
            new Guide("product", "Product Manager", "Career Guide", List.of()),
            new Guide("qa", "Quality Assurance Lead", "Career Guide", List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES, ENGLISH);

    private Optional<String> route(String question) {
        return router.route(question, Optional.empty());
    }

    @Test
    void qualifiersSaidByTheirInitialsBeforeTheHead_nameTheGuide() {
        assertEquals(Optional.of("sre"), route("what does an SRE lead earn"));
        assertEquals(Optional.of("sre"), route("sre lead skills"));
        assertEquals(Optional.of("data"), route("DE lead salary range"));
        assertEquals(Optional.of("data"), route("what do DE leads struggle with?"));
        assertEquals(Optional.of("qa"), route("qa lead pay?"));
    }

    @Test
    void aWholeNameSaidByItsInitials_namesTheGuide() {
        assertEquals(Optional.of("manager"), route("first 90 days as a new EM"));
        assertEquals(Optional.of("manager"), route("what does the EM of the platform team own"));
        assertEquals(Optional.of("tpm"), route("what does a TPM do all day"));
        assertEquals(Optional.of("tpm"), route("how many TPMs does a company need"));
        assertEquals(Optional.of("manager"), route("what do EMs on platform teams earn"));
        assertEquals(Optional.of("product"), route("what does a PM earn"));
        assertEquals(Optional.of("product"), route("what does a pm earn"));
        assertEquals(Optional.of("manager"), route("i'm a new em, what should I do first"));
    }

    @Test
    void aMoveBetweenRolesSaidByInitials_isAnsweredFromWhereItEnds() {
        assertEquals(Optional.of("data"), route("I'm an EM and want to become a DE lead, what should I learn"));
        assertEquals(Optional.of("manager"), route("SRE lead moving to EM: what changes?"));
    }

    @Test
    void initialsThatAreEnglishWordsInLowerCase_nameNoRole() {
        GuideRouter.Route time = router.routed("what do I do at 3 pm", Optional.empty());
        assertEquals(Optional.empty(), time.guide());
        assertEquals(Optional.empty(), time.missingRole());
        assertEquals(Optional.empty(), route("is de facto ownership of the pipeline normal"));
        assertNotEquals(Optional.of("mobile"), route("my boss wants to let me lead the platform team"));
        assertEquals(Optional.empty(), route("can you em-dash this for me"));
    }

    @Test
    void shortRoleWordsInLowerCase_stillNameARoleWithNoGuide_butATimeDoesNot() {
        assertTrue(router.routed("vp of engineering salary", Optional.empty()).missingRole().isPresent());
        assertTrue(router.routed("how much does a cto make", Optional.empty()).missingRole().isPresent());
        assertTrue(router.routed("ceo salary", Optional.empty()).missingRole().isPresent());
        assertEquals(Optional.empty(), router.routed("standup moved to 4 pm, what should I prepare",
                Optional.empty()).missingRole());
    }

    @Test
    void aQualifiersInitialsWithoutTheHead_nameNoRole() {
        assertEquals(Optional.empty(), route("SRE practices for small teams"));
        GuideRouter.Route other = router.routed("what does an SRE manager earn", Optional.empty());
        assertNotEquals(Optional.of("sre"), other.guide());
    }

    @Test
    void initialsTwoGuidesShare_nameNeither() {
        GuideRouter shared = new GuideRouter(List.of(
                new Guide("data", "Data Engineering Lead", "Career Guide", List.of()),
                new Guide("design", "Design Engineering Lead", "Career Guide", List.of()),
                new Guide("sre", "Site Reliability Engineering Lead", "Career Guide", List.of())), ENGLISH);

        assertEquals(Optional.empty(), shared.route("DE lead salary range", Optional.empty()));
        assertEquals(Optional.of("data"), shared.route("data engineering lead salary range", Optional.empty()));
        assertEquals(Optional.of("sre"), shared.route("SRE lead salary range", Optional.empty()));
    }

    @Test
    void anAuthorsAliasWins_overInitialsAnotherGuideGives() {
        GuideRouter aliased = new GuideRouter(List.of(
                new Guide("platform", "Platform Lead", "Career Guide", List.of("EM"), List.of()),
                new Guide("manager", "Engineering Manager", "Career Guide", List.of()),
                new Guide("sre", "Site Reliability Engineering Lead", "Career Guide", List.of())), ENGLISH);

        assertEquals(Optional.of("platform"), aliased.route("first 90 days as a new EM", Optional.empty()));
    }

    @Test
    void theInitialsAreTakenOutOfTheRankedTextLikeTheRole() {
        GuideRouter.Route r = router.routed("what does an SRE lead earn", Optional.empty());
        assertTrue(r.searched().contains(GuideRouter.THE_ROLE), r.searched());
        assertTrue(!r.searched().contains("SRE"), r.searched());
    }
}
