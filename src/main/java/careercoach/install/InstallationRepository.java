package careercoach.install;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where installations, the OAuth states of installs under way and the installations' audit are kept, shared by
 * every instance. Tokens arrive and leave sealed.
 */
public interface InstallationRepository {

    /** The installation kept under {@code key}, active or removed. */
    Optional<InstallationRecord> find(String key);

    /**
     * The active installation serving a request from this workspace: the workspace's own, else its org's org-wide
     * one. Either id may be null (an org-wide install's events name no team).
     */
    Optional<InstallationRecord> findActive(String enterpriseId, String teamId);

    /** Every installation that has tokens (to re-seal them under a new key, or to refresh those due). */
    List<InstallationRecord> withTokens();

    /**
     * Stores an installation with its audit entry in one transaction: a new row, or new tokens for a known key
     * (its removal, if any, cancelled and its token version raised).
     *
     * @return true when the key was known: a re-install
     */
    boolean save(InstallationRecord installation, Instant at);

    /**
     * Claims the refresh of the token at {@code version} until {@code until}, unless another claim is still held.
     *
     * @return true for the one caller that may refresh it
     */
    boolean claimRefresh(String key, long version, Instant now, Instant until);

    /** Stores refreshed tokens if the token is still at {@code version}; the claim and failures are cleared. */
    boolean saveRefreshed(String key, long version, String sealedBotToken, String sealedRefreshToken,
                          Instant expiresAt, Instant now);

    /** Gives the claim back after a failed refresh, counting it; the next may be tried at {@code retryAt}. */
    void refreshFailed(String key, long version, Instant retryAt);

    /** Replaces the sealing of the tokens at {@code version} (same tokens, another key). */
    boolean reseal(String key, long version, String sealedBotToken, String sealedRefreshToken);

    /**
     * Deletes the installation's tokens now and starts its grace period, with an audit entry, unless it was
     * removed already or (with {@code unlessSavedAfter}) installed again after that instant.
     *
     * @return true when this call removed it
     */
    boolean remove(String key, String reason, Instant at, Instant unlessSavedAfter);

    /** Keys of installations removed before {@code cutoff}, whose data is due for deletion. */
    List<String> removedBefore(Instant cutoff);

    /**
     * Deletes every row kept under {@code key} in every table, and the installation, in one transaction, if it is
     * still removed since before {@code cutoff}; the audit keeps that it happened.
     *
     * @return true when the data was deleted
     */
    boolean deleteTeamData(String key, Instant cutoff, Instant at);

    /** The audit, oldest first. */
    List<InstallationEvent> audit();

    /** Remembers an OAuth state until {@code expiresAt}. */
    void addState(String state, Instant expiresAt);

    /** Uses a state up: true once, for a state that was issued and has not expired; false ever after. */
    boolean consumeState(String state, Instant now);

    /** Deletes expired states; returns how many. */
    int deleteExpiredStates(Instant now);
}
