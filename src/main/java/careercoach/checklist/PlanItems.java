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

    /**
     * The person's latest saved plan, shown to the person only: plans are private unless shared, and sharing a
     * plan is a DM that leaves no record here.
     */
    public static SharedPlans visibleToOwner(SavedPlans plans) {
        return (teamId, personId, viewerId) -> personId.equals(viewerId)
                ? plans.latest(teamId, personId).map(PlanItems::of).orElse(List.of())
                : List.of();
    }
}
