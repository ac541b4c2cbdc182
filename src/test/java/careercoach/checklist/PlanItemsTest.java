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

        @Override
        public Optional<Plan> latestVisibleTo(String teamId, String ownerId, String viewerId) {
            return List.of("UP", "UM").contains(viewerId) ? latest(teamId, ownerId) : Optional.empty();
        }
    };

    @Test
    void of_keepsReferenceAndLabel() {
        assertEquals(List.of(new NewItem(ItemSource.PLAN, "next-steps/leadership-portfolio",
                "Create a leadership portfolio")), PlanItems.of(plan));
    }

    @Test
    void visibleToOwnerAndSharees_hiddenFromOthers() {
        SharedPlans plans = PlanItems.visibleToOwnerAndSharees(saved);

        assertEquals(1, plans.planVisibleTo("T1", "UP", "UP").size());
        assertEquals(1, plans.planVisibleTo("T1", "UP", "UM").size());
        assertTrue(plans.planVisibleTo("T1", "UP", "UX").isEmpty());
    }
}
