package careercoach.checklist;

import careercoach.coach.Plan;
import careercoach.coach.SavedPlans;

import java.util.List;

/** A saved plan of the skill-gap check or the steps walk, as checklist items. */
public final class PlanItems {

    private PlanItems() {
    }

    public static List<NewItem> of(Plan plan) {
        return plan.entries().stream().map(e -> new NewItem(ItemSource.PLAN, e.ref(), e.label())).toList();
    }

    /** The plans people shared with a viewer, for the viewer's team view. */
    public static TeamPlans sharedWithViewer(SavedPlans plans) {
        return (teamId, viewerId) -> plans.sharedWith(teamId, viewerId).stream()
                .map(share -> new TeamPlans.SharedPlan(share.plan().userId(), share.sharedAt(),
                        share.plan().entries().stream().map(Plan.Entry::label).toList(), share.plan().guideId()))
                .toList();
    }

    /** The person's latest saved plan, for the person and for whoever they shared a plan with; empty otherwise. */
    public static SharedPlans visibleToOwnerAndSharees(SavedPlans plans) {
        return (teamId, personId, viewerId) -> plans.latestVisibleTo(teamId, personId, viewerId)
                .map(PlanItems::of).orElse(List.of());
    }
}
