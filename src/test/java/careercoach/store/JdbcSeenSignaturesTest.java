package careercoach.store;

import careercoach.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcSeenSignaturesTest {
    private static final String SIGNATURE = "a".repeat(64);
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");

    private Instant validUntil() {
        return clock.instant().plus(Duration.ofMinutes(5));
    }

    @DatabaseTest
    void aSignature_isNewOnce_andARepeatIsRefused_onEveryInstance(TestDatabase db) {
        var one = new JdbcSeenSignatures(db.database(), clock);
        var two = new JdbcSeenSignatures(db.openAnother(), clock);

        assertTrue(one.firstTime(SIGNATURE, validUntil()));
        assertFalse(one.firstTime(SIGNATURE, validUntil()));
        assertFalse(two.firstTime(SIGNATURE, validUntil()), "another instance on the same database");
        assertTrue(two.firstTime("b".repeat(64), validUntil()));
    }

    @DatabaseTest
    void theSameSignatureAtOnce_isNewForExactlyOneCaller(TestDatabase db) throws Exception {
        var one = new JdbcSeenSignatures(db.database(), clock);
        var two = new JdbcSeenSignatures(db.openAnother(), clock);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                var seen = i % 2 == 0 ? one : two;
                attempts.add(() -> seen.firstTime(SIGNATURE, validUntil()));
            }
            int first = 0;
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                first += attempt.get() ? 1 : 0;
            }
            assertEquals(1, first);
        } finally {
            threads.shutdownNow();
        }
    }

    @DatabaseTest
    void signaturesPastTheirValidity_arePurged(TestDatabase db) {
        var seen = new JdbcSeenSignatures(db.database(), clock);
        seen.firstTime(SIGNATURE, validUntil());
        seen.firstTime("b".repeat(64), validUntil().plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(5).plus(JdbcSeenSignatures.CLOCK_MARGIN).plusSeconds(1));

        assertEquals(1, seen.purge());
        assertFalse(seen.firstTime("b".repeat(64), validUntil()), "a signature still valid is kept");
    }
}
