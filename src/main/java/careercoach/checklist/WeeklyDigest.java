package careercoach.checklist;

import java.util.List;

/**
 * What a manager's weekly digest says: who moved (items they ticked in the last seven days), who has overdue items,
 * who has not started. {@code fingerprint} names the team's state, so a week in which nothing changed sends nothing.
 */
public record WeeklyDigest(String teamId, String managerId, List<Moved> moved, List<TeamMember> overdue,
                           List<TeamMember> notStarted, String fingerprint) {

    public WeeklyDigest {
        moved = List.copyOf(moved);
        overdue = List.copyOf(overdue);
        notStarted = List.copyOf(notStarted);
    }

    /** A person who ticked {@code ticked} items in the week, and where they are now. */
    public record Moved(TeamMember member, int ticked) {
    }

    public boolean isEmpty() {
        return moved.isEmpty() && overdue.isEmpty() && notStarted.isEmpty();
    }

    /** Delivers a digest (a DM, in Slack); throws {@link ReminderNotDeliveredException} when it could not. */
    @FunctionalInterface
    public interface Sender {
        void send(WeeklyDigest digest);
    }
}
