package careercoach.checklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Sends each manager who turned it on one digest a week, on Monday from {@link #DIGEST_TIME} in the manager's own
 * zone: what moved, what is overdue, who has not started. The week is claimed in the store, so several instances
 * (and restarts) send it once; a transient failure gives the claim back for the next run, a permanent one (the
 * manager's account is gone) gives the week up. Nothing is sent when nothing changed since the last digest, and
 * nothing to a manager whose account is deactivated.
 */
public final class WeeklyDigests {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigests.class);
    public static final LocalTime DIGEST_TIME = LocalTime.of(9, 0);
    private static final Duration WEEK = Duration.ofDays(7);

    private final ChecklistRepository repository;
    private final TeamView team;
    private final WeeklyDigest.Sender sender;
    private final PersonZones zones;
    private final BiPredicate<String, String> gone;
    private final Clock clock;

    public WeeklyDigests(ChecklistRepository repository, TeamView team, WeeklyDigest.Sender sender,
                         PersonZones zones, BiPredicate<String, String> gone, Clock clock) {
        this.repository = repository;
        this.team = team;
        this.sender = sender;
        this.zones = zones;
        this.gone = gone;
        this.clock = clock;
    }

    /** @return how many digests this call sent */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (ChecklistRepository.DigestSubscriber subscriber : repository.digestSubscribers()) {
            ZonedDateTime local = now.atZone(zones.zoneOf(subscriber.teamId(), subscriber.managerId()));
            if (local.getDayOfWeek() != DayOfWeek.MONDAY || local.toLocalTime().isBefore(DIGEST_TIME)) {
                continue;
            }
            String week = week(local);
            if (subscriber.sentWeek().filter(week::equals).isPresent()
                    || gone.test(subscriber.teamId(), subscriber.managerId())) {
                continue;
            }
            WeeklyDigest digest = digest(subscriber.teamId(), subscriber.managerId(), now);
            if (!repository.claimDigest(subscriber.teamId(), subscriber.managerId(), week)) {
                continue;
            }
            boolean unchanged = digest.moved().isEmpty()
                    && subscriber.fingerprint().filter(digest.fingerprint()::equals).isPresent();
            if (digest.isEmpty() || unchanged) {
                continue;
            }
            try {
                sender.send(digest);
                repository.digestSent(subscriber.teamId(), subscriber.managerId(), digest.fingerprint());
                sent++;
            } catch (ReminderNotDeliveredException e) {
                if (e.permanent()) {
                    LOG.info("gave up a weekly digest: {}", e.reason());
                } else {
                    LOG.info("weekly digest not delivered ({}); trying again on the next run", e.reason());
                    repository.releaseDigest(subscriber.teamId(), subscriber.managerId(), week,
                            subscriber.sentWeek().orElse(null));
                }
            } catch (RuntimeException e) {
                LOG.warn("weekly digest not delivered ({}); trying again on the next run", e.toString());
                repository.releaseDigest(subscriber.teamId(), subscriber.managerId(), week,
                        subscriber.sentWeek().orElse(null));
            }
        }
        return sent;
    }

    /** The digest of the manager's team as it is now: the week is the seven days before {@code now}. */
    public WeeklyDigest digest(String teamId, String managerId, Instant now) {
        List<TeamMember> members = team.team(teamId, managerId, zones, gone);
        Instant weekAgo = now.minus(WEEK);
        List<WeeklyDigest.Moved> moved = members.stream().map(m -> new WeeklyDigest.Moved(m, (int) m.checklists()
                        .stream().flatMap(c -> c.items().stream()).flatMap(i -> i.tick().stream())
                        .filter(t -> t.userId().equals(m.personId()) && t.at().isAfter(weekAgo)).count()))
                .filter(m -> m.ticked() > 0).toList();
        List<TeamMember> overdue = members.stream().filter(m -> m.overdue() > 0).toList();
        List<TeamMember> notStarted = members.stream().filter(TeamMember::notStarted).toList();
        StringBuilder state = new StringBuilder();
        members.stream().sorted(Comparator.comparing(TeamMember::personId)).forEach(m -> state
                .append(m.personId()).append(':').append(m.progress().done()).append('/')
                .append(m.progress().total()).append(':').append(m.overdue()).append('\n'));
        return new WeeklyDigest(teamId, managerId, moved, overdue, notStarted, sha256(state.toString()));
    }

    static String week(ZonedDateTime local) {
        return local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
