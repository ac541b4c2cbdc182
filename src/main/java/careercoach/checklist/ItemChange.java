package careercoach.checklist;

import java.util.Optional;

/**
 * One item's part of a click: tick it ({@code tick} present) or untick it, with its audit entry; {@code deliveryKey},
 * when not null, makes a second delivery of the click change nothing.
 */
public record ItemChange(String itemId, Optional<ItemTick> tick, AuditEntry entry, String deliveryKey) {
}
