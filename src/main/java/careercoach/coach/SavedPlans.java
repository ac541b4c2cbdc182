package careercoach.coach;

import java.time.Instant;
import java.util.Optional;

/** Plans people saved from a skill check or a steps walk; the checklist feature shows the latest. */
public interface SavedPlans {

    void save(Plan plan);

    /** The user's most recently saved plan. */
    Optional<Plan> latest(String teamId, String userId);

    /**
     * From now on {@code viewerId} may see the owner's saved plans (the owner shared one with them).
     * Stores that keep no shares (test stand-ins) refuse.
     */
    default void share(String teamId, String ownerId, String viewerId, Instant at) {
        throw new UnsupportedOperationException("this plan store does not record shares");
    }

    /**
     * The owner's latest plan, if the viewer is the owner or someone the owner shared a plan with. Without
     * recorded shares, only the owner sees it.
     */
    default Optional<Plan> latestVisibleTo(String teamId, String ownerId, String viewerId) {
        return ownerId.equals(viewerId) ? latest(teamId, ownerId) : Optional.empty();
    }
}
