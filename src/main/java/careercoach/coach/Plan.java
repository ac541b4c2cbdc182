package careercoach.coach;

import java.time.Instant;
import java.util.List;

/**
 * A personal plan: the next steps a conversation ended with. Entries keep their label as shown at the time, so a
 * saved plan reads the same after the guide changes.
 */
public record Plan(String teamId, String userId, String guideId, Source source, Instant createdAt,
                   List<Entry> entries) {

    public enum Source { SKILL_CHECK, STEPS_WALK }

    /** One step of the plan: the guide item's reference ({@code section-id/item-id}) and its label. */
    public record Entry(String ref, String label) {
    }

    public Plan {
        entries = List.copyOf(entries);
    }
}
