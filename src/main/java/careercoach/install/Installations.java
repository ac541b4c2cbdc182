package careercoach.install;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installations of the app in distribution mode: saved from an OAuth exchange, found for a request or a job by
 * the key its workspace's data is kept under, their rotating tokens refreshed before they expire (once, by one
 * instance, however many share the database), removed when Slack says so, and their data deleted after the grace
 * period. Tokens are sealed before they reach the repository and opened only here.
 */
public final class Installations {
    private static final Logger LOG = LoggerFactory.getLogger(Installations.class);

    /** Slack's rotating bot tokens live 12 hours; they are refreshed once less than this is left (Bolt's default). */
    public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofHours(2);
    /**
     * How long one instance may take over a refresh before another may try: the refresh is one Web API call with
     * a 10-second deadline, and its answer one write.
     */
    static final Duration REFRESH_CLAIM = Duration.ofSeconds(30);
    /** After a failed refresh the next waits this long, doubling up to {@link #LAST_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(30);
    /** How long a request whose token has expired waits for the instance that is refreshing it. */
    private static final Duration AWAIT_OTHER_REFRESH = Duration.ofSeconds(2);
    /** Tokens handed out recently, to tell whose token Slack refused; forgotten past this many. */
    private static final int MAX_REMEMBERED_TOKENS = 100_000;

    /**
     * Slack's errors that say a token (or its refresh token) is dead: it was revoked, its workspace or bot was
     * deactivated, or it is simply not valid. Trying again cannot help; only a new install can.
     */
    public static final Set<String> DEAD_TOKEN_ERRORS = Set.of("invalid_auth", "account_inactive", "token_revoked",
            "invalid_refresh_token");

    private final InstallationRepository repository;
    private final TokenCipher cipher;
    private final TokenRefresh refresher;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Map<String, ActiveInstallation> byToken = new ConcurrentHashMap<>();

    public Installations(InstallationRepository repository, TokenCipher cipher, TokenRefresh refresher, Clock clock,
                         MeterRegistry metrics) {
        this.repository = repository;
        this.cipher = cipher;
        this.refresher = refresher;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The key data is kept under: the org's for an org-wide install, else the workspace's. */
    public static String keyOf(String enterpriseId, String teamId, boolean orgWide) {
        return orgWide ? enterpriseId : teamId;
    }

    /**
     * Saves what an install granted, sealed, in one transaction with its audit entry.
     *
     * @return true for a re-install of a known key (within the grace period after a removal its data is still there)
     */
    public boolean install(NewInstallation granted) {
        Instant now = clock.instant();
        String key = granted.key();
        InstallationRecord record = new InstallationRecord(key, granted.enterpriseId().orElse(null),
                granted.teamId().orElse(null), granted.orgWide(), granted.teamName().orElse(null), granted.appId(),
                granted.botUserId(), granted.botId().orElse(null), granted.installerUserId().orElse(null),
                granted.scopes(), cipher.seal(granted.botToken(), where(key, "bot")),
                granted.refreshToken().map(t -> cipher.seal(t, where(key, "refresh"))).orElse(null),
                granted.tokenExpiresAt().orElse(null), 0, 0, null, now, now, null, null);
        boolean again = repository.save(record, now);
        forgetTokensOf(key);
        metrics.counter("career.install.installs", "kind", again ? "reinstall" : "new").increment();
        LOG.info("{} {}{}", again ? "installed again:" : "installed:", key, granted.orgWide() ? " (org-wide)" : "");
        return again;
    }

    /**
     * The installation serving a request from this workspace (its own, or its org's org-wide one), with a usable
     * token; empty when the app is not installed there (any more).
     */
    public Optional<ActiveInstallation> forRequest(String enterpriseId, String teamId) {
        if (enterpriseId == null && teamId == null) {
            return Optional.empty();
        }
        return repository.findActive(enterpriseId, teamId).flatMap(this::usable);
    }

    /** The installation whose data is kept under {@code key}, for work outside a request. */
    public Optional<ActiveInstallation> forKey(String key) {
        return repository.find(key).filter(InstallationRecord::active).flatMap(this::usable);
    }

    /** The installation a token handed out recently belongs to. */
    public Optional<ActiveInstallation> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /**
     * Removes the installation of a workspace (or org) as Slack asked ({@code app_uninstalled},
     * {@code tokens_revoked}): its tokens at once, its data after the retention. An event Slack issued before
     * the installation was last saved is about an earlier install, and changes nothing.
     *
     * @return true when this removed it
     */
    public boolean remove(String enterpriseId, String teamId, String reason, Instant issuedAt) {
        Optional<InstallationRecord> found = repository.findActive(enterpriseId, teamId);
        if (found.isEmpty()) {
            LOG.info("{} for {}: nothing installed there (any more)", reason, teamId != null ? teamId : enterpriseId);
            return false;
        }
        return removeKey(found.get().key(), reason, issuedAt);
    }

    /**
     * Removes the installation whose token Slack has just called dead ({@link #DEAD_TOKEN_ERRORS}), as confirmed
     * by the caller; never retried: only a new install brings it back.
     */
    public boolean removeRefused(String token, String error) {
        ActiveInstallation installation = byToken.get(token);
        if (installation == null) {
            return false;
        }
        return removeKey(installation.key(), error, null);
    }

    private boolean removeKey(String key, String reason, Instant unlessSavedAfter) {
        boolean removed = repository.remove(key, reason, clock.instant(), unlessSavedAfter);
        if (removed) {
            forgetTokensOf(key);
            metrics.counter("career.install.removed", "reason", reason).increment();
            LOG.info("installation {} removed ({}): its tokens are deleted; its data goes after the retention",
                    key, reason);
        }
        return removed;
    }

    /**
     * Refreshes every rotating token that expires within {@link #REFRESH_BEFORE_EXPIRY} and whose last failed
     * refresh is far enough back; each once, whatever other instances do at the same time.
     *
     * @return how many this call refreshed
     */
    public int refreshDue() {
        Instant now = clock.instant();
        int refreshed = 0;
        for (InstallationRecord record : repository.withTokens()) {
            if (record.rotating() && due(record, now)) {
                Optional<InstallationRecord> after = refresh(record);
                if (after.isPresent() && after.get().tokenVersion() != record.tokenVersion()) {
                    refreshed++;
                }
            }
        }
        return refreshed;
    }

    /**
     * Deletes the data of every installation removed longer than {@code retention} ago: every row kept under its
     * key, in one transaction each; the audit says when.
     *
     * @return how many installations' data was deleted
     */
    public int deleteDataRemovedBefore(Duration retention) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        int deleted = 0;
        for (String key : repository.removedBefore(cutoff)) {
            if (repository.deleteTeamData(key, cutoff, now)) {
                deleted++;
                metrics.counter("career.install.data_deleted").increment();
                LOG.info("deleted the data of installation {}, removed more than {} days ago", key,
                        retention.toDays());
            }
        }
        return deleted;
    }

    /**
     * Seals again, under the current key, every token sealed under an older one: after this, the older keys may be
     * dropped from {@code TOKEN_ENCRYPTION_KEY}.
     *
     * @return how many installations were sealed again
     */
    public int resealUnderCurrentKey() {
        int resealed = 0;
        for (InstallationRecord record : repository.withTokens()) {
            boolean botOld = !cipher.sealedWithCurrentKey(record.sealedBotToken());
            boolean refreshOld = record.sealedRefreshToken() != null
                    && !cipher.sealedWithCurrentKey(record.sealedRefreshToken());
            if (!botOld && !refreshOld) {
                continue;
            }
            try {
                String key = record.key();
                String bot = cipher.seal(cipher.open(record.sealedBotToken(), where(key, "bot")), where(key, "bot"));
                String refresh = record.sealedRefreshToken() == null ? null : cipher.seal(
                        cipher.open(record.sealedRefreshToken(), where(key, "refresh")), where(key, "refresh"));
                if (repository.reseal(key, record.tokenVersion(), bot, refresh)) {
                    resealed++;
                }
            } catch (UnreadableTokenException e) {
                LOG.error("the tokens of installation {} cannot be opened to seal them again: {}", record.key(),
                        e.getMessage());
            }
        }
        if (resealed > 0) {
            LOG.info("sealed the tokens of {} installations again under key {}", resealed,
                    cipher.keys().currentId());
        }
        return resealed;
    }

    /** Ids of keys that sealed stored tokens but are not configured: those installations cannot be served. */
    public Set<String> missingKeyIds() {
        Set<String> missing = new TreeSet<>();
        for (InstallationRecord record : repository.withTokens()) {
            for (String sealed : new String[] {record.sealedBotToken(), record.sealedRefreshToken()}) {
                if (sealed != null && !cipher.keys().knows(TokenCipher.keyIdOf(sealed))) {
                    missing.add(TokenCipher.keyIdOf(sealed));
                }
            }
        }
        return missing;
    }

    public List<InstallationEvent> audit() {
        return repository.audit();
    }

    private static boolean due(InstallationRecord record, Instant now) {
        return !now.isBefore(record.tokenExpiresAt().minus(REFRESH_BEFORE_EXPIRY))
                && (record.refreshRetryAt() == null || !now.isBefore(record.refreshRetryAt()));
    }

    /**
     * The installation with a token to use now. A rotating token is refreshed ahead of its expiry by
     * {@link #refreshDue}; one that has expired all the same (nobody ran it, or Slack was away) is refreshed here.
     */
    private Optional<ActiveInstallation> usable(InstallationRecord record) {
        InstallationRecord current = record;
        if (record.rotating() && !clock.instant().isBefore(record.tokenExpiresAt())) {
            Optional<InstallationRecord> refreshed = refresh(record);
            if (refreshed.isEmpty()) {
                return Optional.empty();
            }
            current = refreshed.get();
        }
        try {
            String token = cipher.open(current.sealedBotToken(), where(current.key(), "bot"));
            ActiveInstallation active = new ActiveInstallation(current.key(),
                    Optional.ofNullable(current.enterpriseId()), Optional.ofNullable(current.teamId()),
                    current.orgWide(), current.botUserId(), Optional.ofNullable(current.botId()), current.scopes(),
                    token);
            if (byToken.size() >= MAX_REMEMBERED_TOKENS) {
                byToken.clear();
            }
            byToken.put(token, active);
            return Optional.of(active);
        } catch (UnreadableTokenException e) {
            LOG.error("the token of installation {} cannot be opened ({}): check TOKEN_ENCRYPTION_KEY",
                    current.key(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Refreshes a rotating token under a claim in the database: exactly one caller (of all instances) exchanges it.
     * The others carry on with the current token, which stays valid until it expires; once it has expired they
     * wait briefly for the new one.
     *
     * @return the installation after: refreshed, unchanged (someone else is refreshing, or it failed and will be
     *         tried again), or empty when Slack refused the refresh token for good (the installation is removed)
     */
    private Optional<InstallationRecord> refresh(InstallationRecord record) {
        Instant now = clock.instant();
        String key = record.key();
        if (!repository.claimRefresh(key, record.tokenVersion(), now, now.plus(REFRESH_CLAIM))) {
            return now.isBefore(record.tokenExpiresAt()) ? Optional.of(record) : awaitOtherRefresh(record);
        }
        try {
            TokenRefresh.Refreshed fresh = refresher.refresh(
                    cipher.open(record.sealedRefreshToken(), where(key, "refresh")));
            Instant stored = clock.instant();
            if (!repository.saveRefreshed(key, record.tokenVersion(), cipher.seal(fresh.botToken(), where(key, "bot")),
                    cipher.seal(fresh.refreshToken(), where(key, "refresh")), fresh.expiresAt(), stored)) {
                // Removed or installed again meanwhile: what is stored now wins.
                return repository.find(key).filter(InstallationRecord::active);
            }
            metrics.counter("career.install.token_refresh", "outcome", "ok").increment();
            LOG.info("refreshed the bot token of installation {}; it expires {}", key, fresh.expiresAt());
            return repository.find(key).filter(InstallationRecord::active);
        } catch (TokenRefreshException e) {
            if (e.permanent()) {
                metrics.counter("career.install.token_refresh", "outcome", "refused").increment();
                LOG.warn("Slack refused to refresh the token of installation {} ({}): never tried again; a new"
                        + " install brings it back", key, e.error());
                removeKey(key, "refresh_" + e.error(), null);
                return Optional.empty();
            }
            Duration wait = retryWait(record.refreshFailures() + 1);
            repository.refreshFailed(key, record.tokenVersion(), now.plus(wait));
            metrics.counter("career.install.token_refresh", "outcome", "failed").increment();
            LOG.warn("could not refresh the token of installation {} ({}); trying again in {} s", key, e.error(),
                    wait.toSeconds());
            return Optional.of(record);
        } catch (UnreadableTokenException e) {
            repository.refreshFailed(key, record.tokenVersion(), now.plus(LAST_RETRY));
            LOG.error("the refresh token of installation {} cannot be opened ({}): check TOKEN_ENCRYPTION_KEY", key,
                    e.getMessage());
            return Optional.of(record);
        }
    }

    static Duration retryWait(int failures) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failures && wait.compareTo(LAST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait;
    }

    private Optional<InstallationRecord> awaitOtherRefresh(InstallationRecord record) {
        long deadline = System.nanoTime() + AWAIT_OTHER_REFRESH.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<InstallationRecord> now = repository.find(record.key());
            if (now.isEmpty() || !now.get().active()) {
                return Optional.empty();
            }
            if (now.get().tokenVersion() != record.tokenVersion()) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.of(record);
    }

    private void forgetTokensOf(String key) {
        byToken.values().removeIf(installation -> installation.key().equals(key));
    }

    /** What a sealed token is bound to: its installation and its field, so it opens nowhere else. */
    static String where(String key, String field) {
        return key + "/" + field;
    }
}
