package careercoach.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One person in a manager's team view: the open checklists the manager shared for them, how far they are, how many
 * items are overdue on the person's own calendar, when they last ticked an item, and the plan they shared with the
 * manager, if they did, and the role they are heading for ({@code headingFor}, the title of its guide) where what
 * was shared names it. Only what was shared with this manager is here.
 */
public record TeamMember(String personId, List<Checklist> checklists, Progress progress, int overdue,
                         Optional<Instant> lastActivity, Optional<TeamPlans.SharedPlan> plan, boolean remindedToday,
                         Optional<String> headingFor) {

    public TeamMember {
        checklists = List.copyOf(checklists);
    }

    /** Someone whose role is not known from what they shared. */
    public TeamMember(String personId, List<Checklist> checklists, Progress progress, int overdue,
                      Optional<Instant> lastActivity, Optional<TeamPlans.SharedPlan> plan, boolean remindedToday) {
        this(personId, checklists, progress, overdue, lastActivity, plan, remindedToday, Optional.empty());
    }

    public boolean notStarted() {
        return progress.total() > 0 && progress.done() == 0;
    }

    public int openItems() {
        return progress.total() - progress.done();
    }

    /** The checklist to open first: the one with overdue items, else the one with the most open items. */
    public Optional<Checklist> mostUrgent() {
        return checklists.stream().findFirst();
    }
}
