package careercoach.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the most recent delivery ids of one instance (Slack retries within minutes, so a bound suffices). */
public final class InMemoryProcessedEvents implements ProcessedEvents {
    private final Map<String, Boolean> seen;

    public InMemoryProcessedEvents(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstDelivery(String deliveryId) {
        return seen.putIfAbsent(deliveryId, Boolean.TRUE) == null;
    }
}
