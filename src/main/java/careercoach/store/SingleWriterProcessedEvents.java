package careercoach.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Processed deliveries for a database only this process writes (embedded H2): the claim of a delivery being handled
 * is kept in memory, as no other instance can handle it at the same time, and only the outcome is written, so a
 * delivery costs one commit instead of two. A delivery marked done is durable before its ack; one whose process died
 * while handling it left nothing behind, so Slack's retry is handled at once.
 */
public final class SingleWriterProcessedEvents {
    private final JdbcProcessedEvents stored;
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();

    public SingleWriterProcessedEvents(JdbcProcessedEvents stored) {
        this.stored = stored;
    }

    public boolean claim(String deliveryId) {
        if (!inHand.add(deliveryId)) {
            return false;
        }
        boolean first;
        try {
            // Rows left by an earlier run of this process (or a claim stored by an earlier version) still count.
            first = !stored.handledOrInHand(deliveryId);
        } catch (RuntimeException e) {
            inHand.remove(deliveryId);
            throw e;
        }
        if (!first) {
            inHand.remove(deliveryId);
        }
        return first;
    }

    public void done(String deliveryId) {
        try {
            stored.storeDone(deliveryId);
        } finally {
            inHand.remove(deliveryId);
        }
    }

    public void release(String deliveryId) {
        inHand.remove(deliveryId);
    }
}
