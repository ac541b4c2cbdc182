package careercoach.slack;

import com.slack.api.methods.response.users.UsersInfoResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users' time zones from {@code users.info} ({@code tz}, needs the {@code users:read} scope), kept in memory for
 * {@link #KEEP} so that a due date or a reminder costs a Web API call at most twice a day per user. When Slack
 * cannot say, the zone is UTC, and asked again after {@link #KEEP_UNKNOWN}.
 */
public final class UserTimeZones {
    private static final Logger LOG = LoggerFactory.getLogger(UserTimeZones.class);
    public static final Duration KEEP = Duration.ofHours(12);
    public static final Duration KEEP_UNKNOWN = Duration.ofMinutes(30);
    /** Beyond this many users the cache starts afresh rather than grow without bound. */
    private static final int MAX_USERS = 50_000;

    /** {@code gone}: Slack says the account is deactivated ({@code deleted}) or there is no such user. */
    private record Known(ZoneId zone, boolean gone, Instant until) {
    }

    private final WebApi webApi;
    private final WorkspaceClients clients;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public UserTimeZones(WebApi webApi, WorkspaceClients clients, Clock clock) {
        this.webApi = webApi;
        this.clients = clients;
        this.clock = clock;
    }

    /** The user's zone when it is known here now, without asking Slack (for an ack, which never waits on it). */
    public Optional<ZoneId> cached(String teamId, String userId) {
        Known cached = known.get(teamId + "/" + userId);
        return cached != null && clock.instant().isBefore(cached.until()) ? Optional.of(cached.zone())
                : Optional.empty();
    }

    /** The user's zone, from the cache or from Slack; UTC when Slack does not know the user or cannot be reached. */
    public ZoneId zoneOf(String teamId, String userId) {
        return lookUp(teamId, userId).zone();
    }

    /**
     * Whether the user left the workspace: Slack says the account is deactivated, or knows no such user. False when
     * Slack cannot be reached (a person is not dropped for an outage). Shares the zone's cache.
     */
    public boolean gone(String teamId, String userId) {
        return lookUp(teamId, userId).gone();
    }

    /** The zone when it is known already, else UTC: never asks Slack (for work that must not wait, like an ack). */
    public ZoneId knownZoneOf(String teamId, String userId) {
        Known cached = known.get(teamId + "/" + userId);
        return cached == null ? ZoneOffset.UTC : cached.zone();
    }

    private Known lookUp(String teamId, String userId) {
        Instant now = clock.instant();
        String key = teamId + "/" + userId;
        Known cached = known.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached;
        }
        Known fresh;
        try {
            UsersInfoResponse info = webApi.call("users.info", () -> clients.of(teamId).usersInfo(r -> r.user(userId)));
            String tz = info.getUser() == null ? null : info.getUser().getTz();
            boolean deleted = info.getUser() != null && info.getUser().isDeleted();
            fresh = tz == null ? new Known(ZoneOffset.UTC, deleted, now.plus(KEEP_UNKNOWN))
                    : new Known(parse(tz), deleted, now.plus(KEEP));
        } catch (SlackDeliveryException e) {
            LOG.info("no time zone for a user ({}); using UTC", e.error());
            fresh = new Known(ZoneOffset.UTC, "user_not_found".equals(e.error()), now.plus(KEEP_UNKNOWN));
        }
        if (known.size() >= MAX_USERS) {
            known.clear();
        }
        known.put(key, fresh);
        return fresh;
    }

    private static ZoneId parse(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            LOG.info("unknown time zone {}; using UTC", tz);
            return ZoneOffset.UTC;
        }
    }
}
