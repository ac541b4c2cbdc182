package careercoach.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A manager's team: everyone they shared a checklist with, or who shared a plan with them, most urgent first
 * (most overdue items, then not started, then least done, then quiet longest). People who ran forget-me or left the
 * workspace are not in it.
 */
public final class TeamView {
    private static final Comparator<TeamMember> MOST_URGENT_FIRST = Comparator
            .comparingInt(TeamMember::overdue).reversed()
            .thenComparing(m -> !m.notStarted())
            .thenComparingDouble(m -> m.progress().total() == 0 ? 1.0
                    : (double) m.progress().done() / m.progress().total())
            .thenComparing(m -> m.lastActivity().orElse(Instant.MIN))
            .thenComparing(TeamMember::personId);

    private final ChecklistRepository repository;
    private final TeamPlans plans;
    private final Clock clock;
    private final Function<String, Optional<String>> roleTitle;
    private final BiFunction<String, String, Optional<String>> chosenGuide;

    public TeamView(ChecklistRepository repository, TeamPlans plans, Clock clock) {
        this(repository, plans, clock, guideId -> Optional.empty());
    }

    /** @param roleTitle the title of the role a guide is for, by the guide's id; empty for a guide not served */
    public TeamView(ChecklistRepository repository, TeamPlans plans, Clock clock,
                    Function<String, Optional<String>> roleTitle) {
        this(repository, plans, clock, roleTitle, (teamId, personId) -> Optional.empty());
    }

    /**
     * @param chosenGuide the id of the guide a person chose for themselves ({@code /career role}), by team and
     *                    person; shown to a manager only once the person shared something of it with them
     */
    public TeamView(ChecklistRepository repository, TeamPlans plans, Clock clock,
                    Function<String, Optional<String>> roleTitle,
                    BiFunction<String, String, Optional<String>> chosenGuide) {
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
        this.roleTitle = roleTitle;
        this.chosenGuide = chosenGuide;
    }

    /**
     * @param zones whose calendar says what is overdue: each person's own
     * @param gone  true for a person who left the workspace
     */
    public List<TeamMember> team(String teamId, String managerId, PersonZones zones, BiPredicate<String, String> gone) {
        Map<String, List<Checklist>> byPerson = new LinkedHashMap<>();
        for (Checklist checklist : sharedBy(teamId, managerId)) {
            byPerson.computeIfAbsent(checklist.personId(), p -> new ArrayList<>()).add(checklist);
        }
        Map<String, TeamPlans.SharedPlan> planOf = new LinkedHashMap<>();
        for (TeamPlans.SharedPlan plan : plans.sharedWith(teamId, managerId)) {
            if (!plan.ownerId().equals(managerId) && !ChecklistPolicy.FORGOTTEN_USER.equals(plan.ownerId())) {
                planOf.putIfAbsent(plan.ownerId(), plan);
            }
        }
        Set<String> people = new LinkedHashSet<>(byPerson.keySet());
        people.addAll(planOf.keySet());
        Instant now = clock.instant();
        List<TeamMember> team = new ArrayList<>();
        for (String person : people) {
            if (gone.test(teamId, person)) {
                continue;
            }
            LocalDate today = now.atZone(zones.zoneOf(teamId, person)).toLocalDate();
            List<Checklist> checklists = new ArrayList<>(byPerson.getOrDefault(person, List.of()));
            checklists.sort(Comparator.comparingInt((Checklist c) -> overdue(c, today)).reversed()
                    .thenComparing(Comparator.comparingInt((Checklist c) -> c.openItems().size()).reversed())
                    .thenComparingLong(Checklist::id));
            int done = checklists.stream().mapToInt(c -> c.progress().done()).sum();
            int total = checklists.stream().mapToInt(c -> c.progress().total()).sum();
            int overdue = checklists.stream().mapToInt(c -> overdue(c, today)).sum();
            Optional<TeamPlans.SharedPlan> plan = Optional.ofNullable(planOf.get(person));
            Optional<Instant> last = checklists.stream().flatMap(c -> c.items().stream())
                    .flatMap(i -> i.tick().stream()).filter(t -> t.userId().equals(person))
                    .map(ItemTick::at).max(Comparator.naturalOrder());
            if (plan.isPresent() && (last.isEmpty() || plan.get().sharedAt().isAfter(last.get()))) {
                last = Optional.of(plan.get().sharedAt());
            }
            team.add(new TeamMember(person, checklists, new Progress(done, total), overdue, last, plan,
                    repository.nudged(teamId, person, today),
                    headingFor(teamId, person, checklists, plan).stream().map(roleTitle).flatMap(Optional::stream)
                            .findFirst()));
        }
        team.sort(MOST_URGENT_FIRST);
        return team;
    }

    /**
     * The guide of the role {@code personId} is heading for as far as {@code viewerId} may know it, the same in the
     * team view, the share form and the Workflow Builder step, best first; empty when nothing they shared
     * with the viewer names one.
     */
    public List<String> knownHeadingFor(String teamId, String viewerId, String personId) {
        List<Checklist> checklists = sharedBy(teamId, viewerId).stream()
                .filter(c -> c.personId().equals(personId)).toList();
        Optional<TeamPlans.SharedPlan> plan = plans.sharedWith(teamId, viewerId).stream()
                .filter(p -> p.ownerId().equals(personId)).findFirst();
        return headingFor(teamId, personId, checklists, plan);
    }

    /**
     * The guides of the role a person is heading for, as far as what they shared with the manager says, best
     * first: the guide they chose for themselves when the manager knows it already (their shared plan, its skill
     * check's guide, or a checklist made of that guide's next steps), then the guides of what was shared, most
     * recent first. Never the role they chose for themselves alone: that is theirs until they share something of
     * it, so a checklist for them is not made of it either.
     */
    private List<String> headingFor(String teamId, String personId, List<Checklist> checklists,
                                    Optional<TeamPlans.SharedPlan> plan) {
        record Known(String guideId, Instant at) {
        }
        List<Known> known = new ArrayList<>();
        plan.filter(p -> !p.guideId().isEmpty()).ifPresent(p -> known.add(new Known(p.guideId(), p.sharedAt())));
        checklists.forEach(c -> c.guide().ifPresent(g -> known.add(new Known(g, c.createdAt()))));
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> guides = new LinkedHashSet<>();
        known.stream().sorted(Comparator.comparing(Known::at).reversed()).forEach(k -> guides.add(k.guideId()));
        Optional<String> chosen = chosenGuide.apply(teamId, personId).filter(guides::contains);
        List<String> best = new ArrayList<>();
        chosen.ifPresent(best::add);
        guides.stream().filter(g -> !chosen.equals(Optional.of(g))).forEach(best::add);
        return best;
    }

    /** The open checklists the manager shared for someone else who has not been forgotten. */
    public List<Checklist> sharedBy(String teamId, String managerId) {
        return repository.involving(teamId, managerId).stream()
                .filter(c -> !c.isPrivate() && c.managerId().equals(managerId) && !c.personId().equals(managerId)
                        && !ChecklistPolicy.FORGOTTEN_USER.equals(c.personId()))
                .toList();
    }

    /** Open items of a checklist whose due day is over on the person's calendar. */
    static int overdue(Checklist checklist, LocalDate today) {
        return checklist.dueDate().filter(today::isAfter).map(d -> checklist.openItems().size()).orElse(0);
    }

    /**
     * Claims today's gentle reminder for the person, writing it to the audit log of the checklist to open first;
     * empty when the manager shared no open checklist with open items for the person (not theirs to remind), or
     * the person was reminded today already.
     */
    public Optional<Checklist> claimReminder(String teamId, String managerId, String personId, LocalDate today,
                                            String place) {
        Optional<Checklist> open = sharedBy(teamId, managerId).stream()
                .filter(c -> c.personId().equals(personId) && !c.openItems().isEmpty())
                .max(Comparator.comparingInt((Checklist c) -> overdue(c, today))
                        .thenComparingInt(c -> c.openItems().size()));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        AuditEntry entry = new AuditEntry(open.get().id(), managerId, AuditAction.NUDGE, "", now, place);
        return repository.claimNudge(teamId, managerId, personId, today, entry, now) ? open : Optional.empty();
    }

    public boolean mayRemind(String teamId, String managerId, String personId) {
        return sharedBy(teamId, managerId).stream()
                .anyMatch(c -> c.personId().equals(personId) && !c.openItems().isEmpty());
    }

    public void releaseReminder(String teamId, String personId, LocalDate day) {
        repository.releaseNudge(teamId, personId, day);
    }
}
