package careercoach.store;

import careercoach.MutableClock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleWriterProcessedEventsTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");

    private SingleWriterProcessedEvents events(Database database) {
        return new SingleWriterProcessedEvents(
                new JdbcProcessedEvents(database, clock, JdbcProcessedEvents.DEFAULT_RETENTION));
    }

    @DatabaseTest
    void claim_whileInHand_isRefused_andAfterReleaseClaimedAgain(TestDatabase db) {
        var events = events(db.database());

        assertTrue(events.claim("Ev1"));
        assertFalse(events.claim("Ev1"), "a second delivery while the first is being handled");
        events.release("Ev1");
        assertTrue(events.claim("Ev1"), "the retry of a failed attempt is handled");
    }

    @DatabaseTest
    void done_isDurable_aRestartedProcessSkipsTheDelivery(TestDatabase db) {
        var events = events(db.database());
        assertTrue(events.claim("Ev1"));
        events.done("Ev1");

        assertFalse(events.claim("Ev1"));
        assertFalse(events(db.openAnother()).claim("Ev1"), "handled before the restart");
    }

    @DatabaseTest
    void aProcessThatDiedWhileHandling_leftNothing_theRetryIsHandledAtOnce(TestDatabase db) {
        assertTrue(events(db.database()).claim("Ev1"));

        assertTrue(events(db.openAnother()).claim("Ev1"));
    }

    @DatabaseTest
    void aClaimStoredByAnInstanceOfEarlierDesign_countsUntilAbandoned(TestDatabase db) {
        var stored = new JdbcProcessedEvents(db.database(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);
        assertTrue(stored.claim("Ev1"));
        var events = events(db.openAnother());

        assertFalse(events.claim("Ev1"));
        clock.advance(JdbcProcessedEvents.ABANDONED_AFTER.plusSeconds(1));
        assertTrue(events.claim("Ev1"));
        events.done("Ev1");
        assertFalse(stored.claim("Ev1"), "marked done in the row that was there");
    }

    @DatabaseTest
    void manyDeliveriesDoneAtOnce_areAllDurable(TestDatabase db) throws Exception {
        var events = events(db.database());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "Ev" + i;
                deliveries.add(() -> {
                    boolean claimed = events.claim(id);
                    events.done(id);
                    return claimed;
                });
            }
            for (Future<Boolean> claimed : pool.invokeAll(deliveries)) {
                assertTrue(claimed.get());
            }
        } finally {
            pool.shutdown();
        }

        var restarted = events(db.openAnother());
        int handledAgain = 0;
        for (int i = 0; i < 200; i++) {
            handledAgain += restarted.claim("Ev" + i) ? 1 : 0;
        }
        assertEquals(0, handledAgain);
    }
}
