package careercoach.coach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans people saved from a skill check or a steps walk, and the plans they shared: a share is a snapshot of one
 * plan for one viewer, so a later plan is not shown to anyone until its owner shares it too.
 */
public interface SavedPlans {

    void save(Plan plan);

    /** The user's most recently saved plan for their own role. */
    Optional<Plan> latest(String teamId, String userId);

    /** The user's most recently saved plan toward the role of that guide ("" for their own role). */
    default Optional<Plan> latestToward(String teamId, String userId, String targetGuideId) {
        return targetGuideId.isEmpty() ? latest(teamId, userId) : Optional.empty();
    }

    /**
     * Saves {@code plan} as its owner's latest and shares exactly that plan with {@code viewerId}, replacing what
     * the owner shared with them before. Stores that keep no shares (test stand-ins) refuse.
     */
    default void share(Plan plan, String viewerId, Instant at) {
        throw new UnsupportedOperationException("this plan store does not record shares");
    }

    /**
     * For the owner, their latest plan; for someone the owner shared a plan with, that plan as shared; for anyone
     * else, nothing.
     */
    default Optional<Plan> latestVisibleTo(String teamId, String ownerId, String viewerId) {
        return ownerId.equals(viewerId) ? latest(teamId, ownerId) : Optional.empty();
    }

    /** What the owner shared and with whom, most recent first. */
    default List<PlanShare> sharesBy(String teamId, String ownerId) {
        return List.of();
    }

    /** The plans shared with the viewer, one per owner (the plan's user), most recent first. */
    default List<PlanShare> sharedWith(String teamId, String viewerId) {
        return List.of();
    }

    /** The viewer no longer sees the owner's plan; true when there was a share to revoke. */
    default boolean revoke(String teamId, String ownerId, String viewerId) {
        return false;
    }

    /** One plan shared with one viewer. */
    record PlanShare(String viewerId, Instant sharedAt, Plan plan) {
    }
}
