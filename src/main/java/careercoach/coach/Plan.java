package careercoach.coach;

import java.time.Instant;
import java.util.List;

/**
 * A personal plan: the next steps a conversation ended with. Entries keep their label as shown at the time, so a
 * saved plan reads the same after the guide changes. A plan from a check toward another role names that role's
 * guide ({@code targetGuideId}; "" for the person's own role) and is kept apart from the own-role plan.
 */
public record Plan(String teamId, String userId, String guideId, Source source, Instant createdAt,
                   List<Entry> entries, String targetGuideId) {

    public enum Source { SKILL_CHECK, STEPS_WALK }

    /** One step of the plan: the guide item's reference ({@code section-id/item-id}) and its label. */
    public record Entry(String ref, String label) {
    }

    public Plan {
        entries = List.copyOf(entries);
        targetGuideId = targetGuideId == null ? "" : targetGuideId;
    }

    /** A plan for the person's own role. */
    public Plan(String teamId, String userId, String guideId, Source source, Instant createdAt, List<Entry> entries) {
        this(teamId, userId, guideId, source, createdAt, entries, "");
    }

    /** This plan as the end of a check toward another role: {@code targetGuideId} is that role's guide. */
    public Plan toward(String targetGuideId) {
        return new Plan(teamId, userId, guideId, source, createdAt, entries, targetGuideId);
    }

    /** True for a plan toward another role than the person's own. */
    public boolean isTowardRole() {
        return !targetGuideId.isEmpty();
    }
}
