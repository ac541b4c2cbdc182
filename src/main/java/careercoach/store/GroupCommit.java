package careercoach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Small writes of many threads, committed together: a caller returns once a transaction holding its write has
 * committed, so the write is as durable as with a commit of its own, but the writes that arrive while one batch is
 * being committed share the next commit. For embedded H2, which writes each commit to its file in turn: a commit
 * costs about the same for one row as for a hundred.
 * <p>
 * One writer thread commits the batches and wakes every caller of a batch at once (callers taking turns on a lock
 * would wake one after the other). It starts with the first write and ends after a second without any.
 */
final class GroupCommit<T> {
    /** Writes a batch inside an open transaction (the caller commits). */
    @FunctionalInterface
    interface BatchWriter<T> {
        void write(Connection connection, List<T> batch) throws SQLException;
    }

    private static final int MAX_BATCH = 500;
    private static final long IDLE_MILLIS = 1000;

    private record Pending<T>(T item, CompletableFuture<Void> committed) {
    }

    private final Jdbc jdbc;
    private final String operation;
    private final BatchWriter<T> writer;
    private final BlockingQueue<Pending<T>> queued = new LinkedBlockingQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    GroupCommit(Jdbc jdbc, String operation, BatchWriter<T> writer) {
        this.jdbc = jdbc;
        this.operation = operation;
        this.writer = writer;
    }

    /** Returns once the write is committed; throws what the write failed with. */
    void write(T item) {
        Pending<T> mine = new Pending<>(item, new CompletableFuture<>());
        queued.add(mine);
        if (writing.compareAndSet(false, true)) {
            Thread thread = new Thread(this::writeUntilIdle, "group-commit");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            mine.committed().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** Writes waiting for the next commit. */
    int waiting() {
        return queued.size();
    }

    private void writeUntilIdle() {
        while (true) {
            Pending<T> first;
            try {
                first = queued.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                writing.set(false);
                // A write queued just before giving up found this thread still writing: take it on.
                if (queued.isEmpty() || !writing.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            List<Pending<T>> batch = new ArrayList<>();
            batch.add(first);
            queued.drainTo(batch, MAX_BATCH - 1);
            writeBatch(batch);
        }
    }

    private void writeBatch(List<Pending<T>> batch) {
        try {
            commit(batch);
            batch.forEach(p -> p.committed().complete(null));
        } catch (RuntimeException | Error batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(batchFailed);
                return;
            }
            // One bad write must not fail the others: each gets a transaction of its own.
            for (Pending<T> p : batch) {
                try {
                    commit(List.of(p));
                    p.committed().complete(null);
                } catch (RuntimeException | Error e) {
                    p.committed().completeExceptionally(e);
                }
            }
        }
    }

    private void commit(List<Pending<T>> batch) {
        List<T> items = batch.stream().map(Pending::item).toList();
        jdbc.transaction(operation, c -> {
            writer.write(c, items);
            return null;
        });
    }
}
