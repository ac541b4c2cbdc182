package careercoach.checklist;

import careercoach.coach.Plan;
import careercoach.coach.SavedPlans;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanItemsTest {
    private final Plan plan = new Plan("T1", "UP", "guide", Plan.Source.SKILL_CHECK, Instant.EPOCH,
            List.of(new Plan.Entry("next-steps/leadership-portfolio", "Create a leadership portfolio")));
    private final SavedPlans saved = new SavedPlans() {
        @Override
        public void save(Plan p) {
        }

        @Override
        public Optional<Plan> latest(String teamId, String userId) {
            return userId.equals("UP") ? Optional.of(plan) : Optional.empty();
        }
    };

    @Test
    void of_keepsReferenceAndLabel() {
        assertEquals(List.of(new NewItem(ItemSource.PLAN, "next-steps/leadership-portfolio",
                "Create a leadership portfolio")), PlanItems.of(plan));
    }

    @Test
    void visibleToOwner_hiddenFromOthers() {
        SharedPlans plans = PlanItems.visibleToOwner(saved);

        assertEquals(1, plans.planVisibleTo("T1", "UP", "UP").size());
        assertTrue(plans.planVisibleTo("T1", "UP", "UM").isEmpty());
    }
}
