package careercoach.guide;

import careercoach.guide.GuideFileReader.LocatedGuide;
import careercoach.guide.GuideFileReader.LocatedRole;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the links between guides that career progression makes ({@code guide: <id>} on a role): a link must name
 * a guide that exists and not the guide itself, and following links must never lead back to where they started,
 * as a career path leads onward. A role with no guide, linked or matched by name, is a warning: the guides load,
 * and the author learns which roles could have a guide.
 */
final class CareerPathCheck {
    private static final int GUIDES_LISTED = 10;

    private record Link(LocatedGuide from, String to, int line) {
    }

    private final Map<String, LocatedGuide> byId = new LinkedHashMap<>();
    private final Map<String, List<Link>> linksFrom = new HashMap<>();
    private final List<LocatedGuide> guides;
    private final RoleGuideMatcher matcher;

    CareerPathCheck(List<LocatedGuide> guides) {
        this.guides = guides;
        guides.stream().filter(g -> g.guide().id() != null).forEach(g -> byId.putIfAbsent(g.guide().id(), g));
        this.matcher = new RoleGuideMatcher(byId.values().stream().map(LocatedGuide::guide).toList());
    }

    void check(List<GuideProblem> problems, List<GuideProblem> warnings) {
        for (LocatedGuide located : guides) {
            for (LocatedRole role : located.roles()) {
                String target = role.item().guide();
                if (target.isEmpty()) {
                    warnIfNoGuide(located, role, warnings);
                } else if (target.equals(located.guide().id())) {
                    problems.add(new GuideProblem(located.file(), role.guideLine(), "role '" + roleName(role)
                            + "' links to this guide itself: career progression names the roles that come next"));
                } else if (!byId.containsKey(target)) {
                    problems.add(new GuideProblem(located.file(), role.guideLine(), "role '" + roleName(role)
                            + "' links to guide '" + target + "', which does not exist" + suggestion(target, role)));
                } else if (located.guide().id() != null && byId.get(located.guide().id()) == located) {
                    linksFrom.computeIfAbsent(located.guide().id(), id -> new ArrayList<>())
                            .add(new Link(located, target, role.guideLine()));
                }
            }
        }
        for (LocatedGuide located : byId.values()) {
            for (Link link : linksFrom.getOrDefault(located.guide().id(), List.of())) {
                pathBack(link.to(), located.guide().id()).ifPresent(path -> problems.add(new GuideProblem(
                        located.file(), link.line(), "the link to guide '" + link.to() + "' makes a loop along"
                        + " career progression: " + located.guide().id() + " → " + String.join(" → ", path)
                        + "; a career path leads onward, so remove one link of the loop")));
            }
        }
    }

    private void warnIfNoGuide(LocatedGuide located, LocatedRole role, List<GuideProblem> warnings) {
        List<Guide> matches = matcher.guidesFor(roleName(role)).stream()
                .filter(g -> !Objects.equals(g.id(), located.guide().id())).toList();
        if (matches.isEmpty()) {
            warnings.add(GuideProblem.warning(located.file(), role.line(), "role '" + roleName(role)
                    + "' has no guide: add one (new-guide or import), or name its guide with guide: <id>"));
        } else if (matches.size() > 1) {
            warnings.add(GuideProblem.warning(located.file(), role.line(), "role '" + roleName(role)
                    + "' matches several guides (" + String.join(", ", matches.stream().map(Guide::id).toList())
                    + "): name its guide with guide: <id>"));
        }
    }

    /** The shortest chain of links from {@code start} to {@code goal}, both included; empty when there is none. */
    private Optional<List<String>> pathBack(String start, String goal) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String step = goal; !step.equals(start); step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                path.add(0, start);
                return Optional.of(path);
            }
            for (Link link : linksFrom.getOrDefault(at, List.of())) {
                if (cameFrom.putIfAbsent(link.to(), at) == null) {
                    queue.addLast(link.to());
                }
            }
        }
        return Optional.empty();
    }

    /** Did the author write the role's title, or mean a guide this role matches by name? Else the ids there are. */
    private String suggestion(String target, LocatedRole role) {
        Optional<Guide> meant = matcher.guideFor(target).or(() -> matcher.guideFor(roleName(role)));
        if (meant.isPresent()) {
            return ": did you mean guide: " + meant.get().id() + "?";
        }
        List<String> ids = byId.keySet().stream().sorted().toList();
        return ids.size() <= GUIDES_LISTED ? " (guides: " + String.join(", ", ids) + ")" : "";
    }

    private static String roleName(LocatedRole role) {
        return role.item().name().isEmpty() ? role.item().text() : role.item().name();
    }
}
