package careercoach.search;

import careercoach.guide.Guide;

import java.util.List;

/** A games studio's roles beside the backend lead, as titles only: what the router tests read roles against. */
final class StudioGuides {
    static final List<Guide> GUIDES = List.of(
            new Guide("live-ops-em", "Engineering Manager (Live Operations)", "Career Guide", List.of()),
            new Guide("gameplay-lead", "Gameplay Engineering Lead", "Career Guide", List.of()),
            new Guide("graphics-lead", "Lead Graphics Programmer", "Career Guide", List.of()),
            new Guide("tech-artist", "Lead Technical Artist", "Career Guide", List.of()),
            new Guide("backend-lead", "Backend Engineering Lead (Microservices)", "Career Guide",
                    List.of("Backend Lead", "Tech Lead"), List.of()));

    private StudioGuides() {
    }
}
