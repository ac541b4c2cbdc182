package careercoach.checklist;

import java.time.Instant;
import java.util.List;

/** The plans people shared with a viewer (usually their manager): only what each chose to share with them. */
@FunctionalInterface
public interface TeamPlans {

    /** One plan per person who shared one with the viewer, most recent first. */
    List<SharedPlan> sharedWith(String teamId, String viewerId);

    /**
     * A shared plan: whose, when it was shared, its steps in the plan's order (its top gaps' actions first), and the
     * guide whose skill check or steps walk it came from ("" when unknown).
     */
    record SharedPlan(String ownerId, Instant sharedAt, List<String> steps, String guideId) {
        public SharedPlan {
            steps = List.copyOf(steps);
            guideId = guideId == null ? "" : guideId;
        }

        public SharedPlan(String ownerId, Instant sharedAt, List<String> steps) {
            this(ownerId, sharedAt, steps, "");
        }
    }

    TeamPlans NONE = (teamId, viewerId) -> List.of();
}
