package careercoach.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the most recent delivery ids of one instance (Slack retries within minutes, so a bound suffices). */
public final class InMemoryProcessedEvents implements ProcessedEvents {
    private enum State { PROCESSING, DONE }

    private final Map<String, State> seen;

    public InMemoryProcessedEvents(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean claim(String deliveryId) {
        return seen.putIfAbsent(deliveryId, State.PROCESSING) == null;
    }

    @Override
    public synchronized void done(String deliveryId) {
        seen.replace(deliveryId, State.DONE);
    }

    @Override
    public synchronized void release(String deliveryId) {
        seen.remove(deliveryId, State.PROCESSING);
    }
}
