package careercoach.checklist;

import java.time.Instant;

/**
 * One line of a checklist's audit log: who did what, when, and where ({@code place}: a channel id,
 * {@link Places#APP_HOME} or {@link Places#DM}). {@code detail} names the item for ticks.
 */
public record AuditEntry(long checklistId, String actorId, AuditAction action, String detail, Instant at,
                         String place) {

    public AuditEntry {
        detail = detail == null ? "" : detail;
        place = place == null ? "" : place;
    }
}
