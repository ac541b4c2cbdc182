package careercoach.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** The signatures one instance has seen, for stores that keep nothing in a database. */
public final class InMemorySeenSignatures implements SeenSignatures {
    private static final Duration PURGE_EVERY = Duration.ofSeconds(30);

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicReference<Instant> lastPurged;

    public InMemorySeenSignatures(Clock clock) {
        this.clock = clock;
        this.lastPurged = new AtomicReference<>(clock.instant());
    }

    @Override
    public boolean firstTime(String signature, Instant expiresAt) {
        Instant now = clock.instant();
        Instant last = lastPurged.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurged.compareAndSet(last, now)) {
            seen.values().removeIf(expiry -> expiry.isBefore(now.minus(JdbcSeenSignatures.CLOCK_MARGIN)));
        }
        return seen.putIfAbsent(signature, expiresAt) == null;
    }
}
