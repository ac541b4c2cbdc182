package careercoach.slack;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coalesced work after the ack: one run for calls close together, never a change left unshown. */
class WorkAfterAckTest {
    private final WorkAfterAck work = new WorkAfterAck(1, 16, new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        work.shutdownNow();
    }

    @Test
    void executeCoalesced_callsWhileWaitingRunOnce() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        work.execute(() -> await(busy));
        AtomicInteger runs = new AtomicInteger();

        for (int i = 0; i < 5; i++) {
            work.executeCoalesced("home:U1", Duration.ZERO, runs::incrementAndGet);
        }
        busy.countDown();

        assertTrue(work.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(1, runs.get());
    }

    @Test
    void executeCoalesced_callWhileRunningRunsOnceMoreAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger state = new AtomicInteger();
        List<Integer> shown = new CopyOnWriteArrayList<>();
        Runnable show = () -> {
            shown.add(state.get());
            started.countDown();
            await(release);
        };

        state.set(1);
        work.executeCoalesced("home:U1", Duration.ZERO, show);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        // Changes stored while the first run shows state 1: they are shown by one more run, after it.
        state.set(2);
        work.executeCoalesced("home:U1", Duration.ZERO, show);
        state.set(3);
        work.executeCoalesced("home:U1", Duration.ZERO, show);
        release.countDown();

        assertTrue(work.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(1, 3), shown);
    }

    @Test
    void executeCoalesced_keysApartRunApart() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();

        work.executeCoalesced("home:U1", Duration.ofMillis(20), () -> ran.add("U1"));
        work.executeCoalesced("home:U2", Duration.ofMillis(20), () -> ran.add("U2"));
        work.executeCoalesced("home:U1", Duration.ofMillis(20), () -> ran.add("U1"));

        // awaitIdle counts coalesced work from the call on, through its window.
        assertTrue(work.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(2, ran.size(), ran.toString());
        assertTrue(ran.containsAll(List.of("U1", "U2")), ran.toString());
    }

    @Test
    void executeCoalesced_poolFullWaitsInsteadOfDropping() throws Exception {
        onAFullPool((tiny, busy) -> {
            AtomicInteger runs = new AtomicInteger();

            tiny.executeCoalesced("home:U1", Duration.ZERO, runs::incrementAndGet);
            Thread.sleep(250); // the pool stays full for a while: the coalesced run waits for room
            busy.countDown();

            assertTrue(tiny.awaitIdle(Duration.ofSeconds(10)));
            assertEquals(1, runs.get());
        });
    }

    @Test
    void execute_queueFull_isNeverRefused_theWorkRunsAndNewRequestsAreNotAdmitted() throws Exception {
        onAFullPool((tiny, busy) -> {
            AtomicInteger runs = new AtomicInteger();

            for (int i = 0; i < 3; i++) {
                tiny.execute(runs::incrementAndGet);
            }
            assertFalse(tiny.hasRoom(), "no new request is taken on meanwhile");
            busy.countDown();

            assertTrue(tiny.awaitIdle(Duration.ofSeconds(10)));
            assertEquals(3, runs.get());
        });
    }

    @Test
    void shutdown_runsCoalescedWorkStillInItsWindow() throws Exception {
        AtomicInteger runs = new AtomicInteger();

        work.executeCoalesced("home:U1", Duration.ofHours(1), runs::incrementAndGet);
        work.shutdown();

        assertTrue(work.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, runs.get());
    }

    /** What a test does on a full pool: {@code busy} holds its one thread until counted down. */
    private interface OnAFullPool {
        void run(WorkAfterAck pool, CountDownLatch busy) throws Exception;
    }

    /**
     * Runs {@code test} on a pool of one thread and a queue of one, both taken: the thread by work that waits for
     * {@code busy}, the queue by work waiting its turn.
     */
    private static void onAFullPool(OnAFullPool test) throws Exception {
        WorkAfterAck tiny = new WorkAfterAck(1, 1, new SimpleMeterRegistry());
        try {
            CountDownLatch busy = new CountDownLatch(1);
            tiny.execute(() -> await(busy));
            tiny.execute(() -> { });
            test.run(tiny, busy);
        } finally {
            tiny.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
