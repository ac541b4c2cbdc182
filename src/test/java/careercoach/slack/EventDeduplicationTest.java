package careercoach.slack;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The de-duplication middleware around a listener that fails once: Slack's retry must reach the listener. */
class EventDeduplicationTest {
    private final EventDeduplication dedup = new EventDeduplication(new InMemoryProcessedEvents(100));
    private final AtomicInteger runs = new AtomicInteger();

    private static EventRequest delivery(String eventId, int retry) {
        String body = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"" + eventId + "\","
                + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"hi\"}}";
        return new EventRequest(body, new RequestHeaders(retry == 0 ? Map.of()
                : Map.of("X-Slack-Retry-Num", List.of(String.valueOf(retry)))));
    }

    @Test
    void listenerThrowsOnTheFirstDelivery_theRetryIsHandledAndLaterOnesSkipped() throws Exception {
        assertThrows(IllegalStateException.class, () -> dedup.apply(delivery("Ev1", 0), Response.ok(), req -> {
            runs.incrementAndGet();
            throw new IllegalStateException("listener failed");
        }));

        dedup.apply(delivery("Ev1", 1), Response.ok(), req -> {
            runs.incrementAndGet();
            return Response.ok();
        });
        dedup.apply(delivery("Ev1", 2), Response.ok(), req -> {
            runs.incrementAndGet();
            return Response.ok();
        });

        assertEquals(2, runs.get());
    }

    @Test
    void listenerAnswers5xx_theRetryIsHandled() throws Exception {
        dedup.apply(delivery("Ev2", 0), Response.ok(), req -> {
            runs.incrementAndGet();
            return Response.builder().statusCode(503).build();
        });
        dedup.apply(delivery("Ev2", 1), Response.ok(), req -> {
            runs.incrementAndGet();
            return Response.ok();
        });

        assertEquals(2, runs.get());
    }
}
