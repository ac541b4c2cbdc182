package careercoach.web;

import careercoach.Stores;
import careercoach.slack.ProcessedEvents;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A well-formed, signed event that our own code fails on: 500 so Slack sends it again, a trace once, counted. */
class ListenerFailureProtocolTest {

    @Test
    void eventWhoseHandlerThrowsOurOwnNullPointer_gets500_traceLoggedOnce_andCounted() throws Exception {
        Stores real = Stores.inMemory();
        ProcessedEvents failing = ProcessedEvents.of(id -> {
            String missing = null;
            return missing.isEmpty();
        }, id -> { }, id -> { });
        Stores stores = real.withProcessedEvents(failing);
        try (SlackTestKit kit = SlackTestKit.start(stores, Map.of()); LogCapture logs = LogCapture.open()) {
            HttpResponse<String> response = kit.event(kit.newEventId(), kit.directMessage("U1", "what next"), 0);

            assertEquals(500, response.statusCode());
            var errors = logs.at(Level.ERROR);
            assertEquals(1, errors.size(), logs.allText());
            assertNotNull(errors.get(0).getThrowableProxy(), "logged with its trace");
            assertTrue(logs.at(Level.WARN).stream().noneMatch(e -> e.getFormattedMessage().contains("payload")),
                    logs.allText());
            assertTrue(kit.get("/metrics").body().contains("slack_listener_failures_total{surface=\"Event\"} 1.0"),
                    kit.get("/metrics").body());
        }
    }
}
