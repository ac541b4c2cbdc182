package careercoach.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signatures in the database, shared by every instance on it: the first insert of a signature wins, the primary key
 * makes any later one (a replay, on this instance or another) fail. Signatures past their time are purged now and
 * then, by whichever instance notices first.
 */
public final class JdbcSeenSignatures {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSeenSignatures.class);
    /** Each instance checks signatures against its own clock: keep them a little longer than any could accept. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final Duration PURGE_EVERY = Duration.ofSeconds(30);

    private final Jdbc jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurged;

    public JdbcSeenSignatures(Database database, Clock clock) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
        this.lastPurged = new AtomicReference<>(clock.instant());
    }

    public boolean firstTime(String signature, Instant expiresAt) {
        purgeWhenDue();
        return jdbc.insertIfAbsent("INSERT INTO seen_signature (signature, expires_at) VALUES (?, ?)", signature,
                OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    /** Deletes the signatures no instance accepts any more; returns how many went. */
    int purge() {
        int deleted = jdbc.update("DELETE FROM seen_signature WHERE expires_at < ?",
                OffsetDateTime.ofInstant(clock.instant().minus(CLOCK_MARGIN), ZoneOffset.UTC));
        LOG.debug("purged {} seen signatures", deleted);
        return deleted;
    }

    private void purgeWhenDue() {
        Instant last = lastPurged.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurged.compareAndSet(last, now)) {
            purge();
        }
    }
}
