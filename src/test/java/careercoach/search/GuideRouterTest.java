package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first step of a search: the guide a question is answered from, before sections are ranked. */
class GuideRouterTest {
    private final GuideRouter router = new GuideRouter(List.of(
            new Guide("backend-lead", "Backend Engineering Lead", "Career Guide", List.of()),
            new Guide("frontend-lead", "Frontend Engineering Lead", "Career Guide", List.of())));

    @Test
    void route_questionNamingAGuidesRole_isAnsweredFromThatGuide() {
        assertEquals(Optional.of("frontend-lead"),
                router.route("responsibilities of a frontend lead", Optional.of("backend-lead")));
    }

    @Test
    void route_questionNamingNoRole_isAnsweredFromTheAskersGuideOrEveryGuide() {
        assertEquals(Optional.of("backend-lead"),
                router.route("how do I work with the frontend team", Optional.of("backend-lead")));
        assertEquals(Optional.empty(), router.route("salary range", Optional.empty()));
    }

    @Test
    void route_oneGuide_isNeverNamed() {
        GuideRouter single = new GuideRouter(List.of(
                new Guide("backend-lead", "Backend Engineering Lead", "Career Guide", List.of())));

        assertEquals(Optional.empty(), single.route("what does a backend lead do", Optional.empty()));
    }
}
