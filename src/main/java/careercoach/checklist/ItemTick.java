package careercoach.checklist;

import java.time.Instant;

/** Who ticked an item, and when. */
public record ItemTick(String userId, Instant at) {
}
