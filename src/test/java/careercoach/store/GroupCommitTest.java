package careercoach.store;

import careercoach.failure.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {
    private final Database database = Database.open("jdbc:h2:mem:group-" + UUID.randomUUID() + Database.H2_SETTINGS
            + ";DB_CLOSE_DELAY=-1");
    private final Jdbc jdbc = new Jdbc(database.dataSource());
    private final ExecutorService pool = Executors.newFixedThreadPool(9);

    GroupCommitTest() {
        jdbc.update("CREATE TABLE t (v INT PRIMARY KEY)");
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException closedBySHUTDOWN) {
            // The in-memory database is gone, as intended.
        } finally {
            database.close();
        }
    }

    private static void insert(Connection c, List<Integer> values) throws SQLException {
        for (int v : values) {
            Jdbc.update(c, "INSERT INTO t (v) VALUES (?)", v);
        }
    }

    private static void awaitWaiting(GroupCommit<?> group, int writes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.waiting() < writes && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(writes, group.waiting());
    }

    @Test
    void writesArrivingWhileABatchIsWritten_shareTheNextCommit() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> group = new GroupCommit<>(jdbc, "insert", (c, batch) -> {
            batchSizes.add(batch.size());
            firstBatchStarted.countDown();
            try {
                othersQueued.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            insert(c, batch);
        });
        Future<?> first = pool.submit(() -> group.write(0));
        assertTrue(firstBatchStarted.await(10, TimeUnit.SECONDS));
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            int v = i;
            others.add(pool.submit(() -> group.write(v)));
        }
        awaitWaiting(group, 8);
        othersQueued.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }

        assertEquals(List.of(1, 8), batchSizes);
        assertEquals(List.of(9L), jdbc.query("SELECT COUNT(*) FROM t", row -> row.getLong(1)));
    }

    @Test
    void aFailingWrite_failsItsCaller_only() throws Exception {
        jdbc.update("INSERT INTO t (v) VALUES (7)");
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> group = new GroupCommit<>(jdbc, "insert", (c, batch) -> {
            firstBatchStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            insert(c, batch);
        });
        Future<?> first = pool.submit(() -> group.write(1));
        assertTrue(firstBatchStarted.await(10, TimeUnit.SECONDS));
        List<Future<?>> writes = new ArrayList<>();
        for (int v : List.of(7, 2, 3)) {
            writes.add(pool.submit(() -> group.write(v)));
        }
        awaitWaiting(group, 3);
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        var failure = assertThrows(ExecutionException.class, () -> writes.get(0).get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof StoreException, failure.toString());
        writes.get(1).get(10, TimeUnit.SECONDS);
        writes.get(2).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2, 3, 7), jdbc.query("SELECT v FROM t ORDER BY v", row -> row.getInt(1)));
    }
}
