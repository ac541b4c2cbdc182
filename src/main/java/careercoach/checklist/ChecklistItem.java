package careercoach.checklist;

import java.util.Optional;

/** One item of a stored checklist; {@code id} is unique within its checklist and stable. */
public record ChecklistItem(String id, ItemSource source, String ref, String text, Optional<ItemTick> tick) {

    public boolean done() {
        return tick.isPresent();
    }
}
