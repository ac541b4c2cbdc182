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

    /**
     * A link along career progression; {@code arriving} when its role is listed as one people come from, or as a
     * move sideways, which leads no further on.
     */
    private record Link(LocatedGuide from, String to, int line, boolean arriving) {
    }


    private final Map<String, LocatedGuide> byId = new LinkedHashMap<>();
    private final Map<String, List<Link>> linksFrom = new HashMap<>();
    /** Roles without {@code guide:} that are a guide by their name: the links /career path follows all the same. */
    private final Map<String, List<Link>> namedFrom = new HashMap<>();
    private final Map<Link, String> namedRoles = new HashMap<>();
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
                    if (!comesFrom(located, role)) {
                        warnIfNoGuide(located, role, warnings);
                    }
                    nameMatch(located, role);
                } else if (target.equals(located.guide().id())) {
                    problems.add(new GuideProblem(located.file(), role.guideLine(), "role '" + roleName(role)
                            + "' links to this guide itself: career progression names the roles that come next"));
                } else if (!byId.containsKey(target)) {
                    problems.add(new GuideProblem(located.file(), role.guideLine(), "role '" + roleName(role)
                            + "' links to guide '" + target + "', which does not exist" + suggestion(target, role)));
                } else if (located.guide().id() != null && byId.get(located.guide().id()) == located) {
                    warnIfOtherQualifier(located, role, byId.get(target).guide(), warnings);
                    linksFrom.computeIfAbsent(located.guide().id(), id -> new ArrayList<>())
                            .add(new Link(located, target, role.guideLine(), arriving(located, role)));
                }
            }
        }
        for (LocatedGuide located : byId.values()) {
            for (Link link : linksFrom.getOrDefault(located.guide().id(), List.of())) {
                pathBack(link.to(), located.guide().id(), false).ifPresent(path -> problems.add(new GuideProblem(
                        located.file(), link.line(), "the link to guide '" + link.to() + "' makes a loop along"
                        + " career progression: " + located.guide().id() + " → " + String.join(" → ", path)
                        + "; a career path leads onward, so remove one link of the loop")));
            }
        }
        warnOfNamedLoops(warnings);
    }

    /** Notes the guide a role without {@code guide:} is by its name, when it is exactly one other guide. */
    private void nameMatch(LocatedGuide located, LocatedRole role) {
        String from = located.guide().id();
        if (from == null || byId.get(from) != located || arriving(located, role)) {
            return; // a role people come from leads here, not onward
        }
        List<Guide> matches = matcher.guidesFor(roleName(role)).stream()
                .filter(g -> !Objects.equals(g.id(), from)).toList();
        if (matches.size() == 1) {
            Link link = new Link(located, matches.get(0).id(), role.line(), false);
            namedFrom.computeIfAbsent(from, id -> new ArrayList<>()).add(link);
            namedRoles.put(link, roleName(role));
        }
    }

    /**
     * A loop that a role matched by name makes (A → "Engineering Manager", the guide of that title, → B → A) is a
     * warning, not an error: the match is the loader's reading of a name, which the author may not have meant, and
     * the guides still load; the author names the guide with {@code guide:} (then a loop is an error) or renames the
     * role. Roles listed as where people come from ("Often comes from") lead here, and moves sideways ("Lateral
     * moves") go both ways by nature, so they make no such loop.
     */
    private void warnOfNamedLoops(List<GuideProblem> warnings) {
        for (LocatedGuide located : byId.values()) {
            String from = located.guide().id();
            for (Link link : namedFrom.getOrDefault(from, List.of())) {
                pathBack(link.to(), from, true).ifPresent(path -> warnings.add(GuideProblem.warning(located.file(),
                        link.line(), "role '" + namedRoles.get(link) + "' is guide '" + link.to() + "' by its name,"
                        + " which makes a loop along career progression: " + from + " → " + String.join(" → ", path)
                        + "; a career path leads onward: name another guide with guide: <id>, or rename the role")));
            }
        }
    }

    /** Whether the role is in a group of the roles people come from, which lead here rather than onward. */
    private static boolean arriving(LocatedGuide located, LocatedRole role) {
        return located.guide().sectionOfKind(SectionIds.CAREER_PROGRESSION).stream()
                .flatMap(section -> section.groups().stream())
                .anyMatch(group -> group.items().contains(role.item()) && !Group.leadsOnward(group.title()));
    }

    /**
     * Whether the role is in a group of the roles people come from ("Often comes from"): a role before this one, not
     * one to grow into, so it is not warned of for having no guide (a move sideways is, as a person may take it).
     */
    private static boolean comesFrom(LocatedGuide located, LocatedRole role) {
        return located.guide().sectionOfKind(SectionIds.CAREER_PROGRESSION).stream()
                .flatMap(section -> section.groups().stream())
                .anyMatch(group -> group.items().contains(role.item())
                        && Group.listsWherePeopleComeFrom(group.title()));
    }

    /**
     * A link from a role whose bracket names another kind of the role than the guide's does ("Engineering Manager
     * (Platform)" to the guide "Engineering Manager (Warehouse Systems)"), as an import that read the names alike
     * could write: a warning at the link, for the author to check.
     */
    private static void warnIfOtherQualifier(LocatedGuide located, LocatedRole role, Guide target,
                                             List<GuideProblem> warnings) {
        String name = roleName(role);
        String qualifier = RoleGuideMatcher.qualifierKey(name);
        if (qualifier.isEmpty() || new RoleGuideMatcher(List.of(target)).guideFor(name).isPresent()) {
            return;
        }
        String plain = RoleGuideMatcher.plainKey(name);
        target.names().stream().filter(n -> RoleGuideMatcher.plainKey(n).equals(plain)
                        && !RoleGuideMatcher.qualifierKey(n).isEmpty()).findFirst()
                .ifPresent(n -> warnings.add(GuideProblem.warning(located.file(), role.guideLine(), "role '" + name
                        + "' links to guide '" + target.id() + "', '" + n + "': the brackets say two kinds of the"
                        + " role; check the link, or name the role as the guide does")));
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

    /**
     * The shortest chain of links from {@code start} to {@code goal}, both included; empty when there is none. With
     * {@code byName}, roles matched by name lead on too.
     */
    private Optional<List<String>> pathBack(String start, String goal, boolean byName) {
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
            List<Link> next = new ArrayList<>(linksFrom.getOrDefault(at, List.of()));
            if (byName) {
                next.addAll(namedFrom.getOrDefault(at, List.of()));
            }
            for (Link link : next) {
                if (byName && link.arriving()) {
                    continue;
                }
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
