package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person of a field before another head names the field ("data scientist manager": data science manager). */
class GuideRouterFieldsTest {
    private static final List<Guide> GUIDES = List.of(
            new Guide("dsm", "Data Science Manager", "Career Guide",
                    List.of("Head of Data Science", "Data Science Lead"), List.of()),
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide",
                    List.of("Backend Lead"), List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES);

    @Test
    void aFieldsPersonBeforeAHead_isTheField() {
        assertEquals(Optional.of("dsm"), router.route("data scientist manager salary", Optional.empty()));
    }

    @Test
    void aFieldsPersonAsTheHead_isARoleOfItsOwn() {
        GuideRouter.Route route = router.routed("data scientist salary", Optional.empty());
        assertEquals(Optional.empty(), route.guide());
        assertTrue(route.missingRole().isPresent());
    }
}
