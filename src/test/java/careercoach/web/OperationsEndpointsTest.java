package careercoach.web;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationsEndpointsTest {

    @Test
    void healthReadyAndMetrics_answer() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.command("U1", "C1", "skills");

            assertEquals(200, kit.get("/healthz").statusCode());
            assertEquals(200, kit.get("/readyz").statusCode());
            HttpResponse<String> metrics = kit.get("/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("slack_ack_seconds_count{status=\"200\",type=\"Command\"}"),
                    metrics.body());
            assertTrue(metrics.body().contains("http_requests_total"), metrics.body());
        }
    }

    @Test
    void localMode_startsAndRefusesSlackRequests() throws Exception {
        Config config = Config.from(Map.of("PORT", "0", "INDEX_DATA", "index-data")::get);
        try (CareerCoachApp app = new CareerCoachApp(config, Stores.inMemory()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + app.port());
            String body = "command=%2Fcareer&text=skills";
            long now = System.currentTimeMillis() / 1000;
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(base.resolve("/slack/events"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(now))
                    .header("X-Slack-Signature", new careercoach.testkit.SlackSigner("anything").sign(now, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(401, events.statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
