package careercoach.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivery ids being handled or handled, shared by every instance on the database. The first insert of an id wins
 * the claim; the primary key makes a concurrent second insert fail, which means "handled elsewhere". A failed
 * attempt deletes its row; a row left {@code processing} longer than {@link #ABANDONED_AFTER} (its process died)
 * can be claimed again. The composition root fills the Slack kit's de-duplication with it ({@code Stores}).
 */
public final class JdbcProcessedEvents {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcProcessedEvents.class);
    /** Slack retries a delivery for about an hour at most; ids older than a day are never seen again. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    /** A listener acks within 3 s; one still "processing" after this long belonged to a process that died. */
    public static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private final Jdbc jdbc;
    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastPruned;
    private final GroupCommit<String> doneTogether;

    public JdbcProcessedEvents(Database database, Clock clock, Duration retention) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
        this.retention = retention;
        this.lastPruned = new AtomicReference<>(clock.instant());
        this.doneTogether = new GroupCommit<>(jdbc, "mark deliveries done", this::storeDone);
    }

    public boolean claim(String deliveryId) {
        pruneWhenDue();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (jdbc.insertIfAbsent("INSERT INTO processed_delivery (delivery_id, received_at, state)"
                + " VALUES (?, ?, 'processing')", deliveryId, now)) {
            return true;
        }
        boolean takenOver = jdbc.update("UPDATE processed_delivery SET received_at = ? WHERE delivery_id = ?"
                + " AND state = 'processing' AND received_at < ?", now, deliveryId, now.minus(ABANDONED_AFTER)) == 1;
        if (takenOver) {
            LOG.info("took over delivery {}: an earlier attempt was abandoned", deliveryId);
        }
        return takenOver;
    }

    /**
     * True when a delivery was handled (done), or is being handled by an attempt not yet abandoned: a read, no
     * write.
     */
    boolean handledOrInHand(String deliveryId) {
        pruneWhenDue();
        OffsetDateTime abandonedBefore = OffsetDateTime.now(clock).minus(ABANDONED_AFTER);
        return jdbc.queryOne("SELECT state, received_at FROM processed_delivery WHERE delivery_id = ?",
                        row -> "done".equals(row.getString(1))
                                || !row.getObject(2, OffsetDateTime.class).isBefore(abandonedBefore), deliveryId)
                .orElse(false);
    }

    /**
     * Records a handled delivery, whether or not a claim row was stored for it. For a database only this process
     * writes (no other instance inserts the same id): the deliveries done at the same time share one commit.
     */
    void storeDone(String deliveryId) {
        doneTogether.write(deliveryId);
    }

    private void storeDone(Connection c, List<String> deliveryIds) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String id : new LinkedHashSet<>(deliveryIds)) {
            if (Jdbc.update(c, "UPDATE processed_delivery SET state = 'done' WHERE delivery_id = ?", id) == 0) {
                Jdbc.update(c, "INSERT INTO processed_delivery (delivery_id, received_at, state) VALUES (?, ?, 'done')",
                        id, now);
            }
        }
    }

    public void done(String deliveryId) {
        jdbc.update("UPDATE processed_delivery SET state = 'done' WHERE delivery_id = ?", deliveryId);
    }

    public void release(String deliveryId) {
        jdbc.update("DELETE FROM processed_delivery WHERE delivery_id = ? AND state = 'processing'", deliveryId);
    }

    /** Deletes ids older than the retention; returns how many went. */
    public int prune() {
        int deleted = jdbc.update("DELETE FROM processed_delivery WHERE received_at < ?",
                OffsetDateTime.now(clock).minus(retention));
        LOG.debug("pruned {} processed deliveries", deleted);
        return deleted;
    }

    private void pruneWhenDue() {
        Instant last = lastPruned.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPruned.compareAndSet(last, now)) {
            prune();
        }
    }
}
