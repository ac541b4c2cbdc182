package careercoach.web;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.slack.checklist.ChecklistIds;
import careercoach.slack.coach.CoachRenderer;
import careercoach.testkit.ShareForm;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metrics an operator alerts on, as Prometheus shows them after real traffic. */
class MetricsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchLatency_webApiRetries_andWorkQueue_areMeasured() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "0"),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");
            kit.event(kit.newEventId(), kit.directMessage("U1", "how do I grow as a lead"), 0);
            kit.slack().await(c -> c.method().equals("chat.postMessage"), 2);

            String metrics = scrapeWhen(kit, "slack_webapi_calls_total{method=\"chat.postMessage\",outcome=\"ok\"}");
            assertTrue(metrics.contains("career_search_seconds_count 1"), metrics);
            assertTrue(metrics.contains(
                    "slack_webapi_retries_total{method=\"chat.postMessage\",reason=\"rate_limited\"} 1.0"), metrics);
            assertTrue(metrics.contains("career_work_queue_depth "), metrics);
            assertTrue(metrics.contains("career_work_refused_total 0.0"), metrics);
        }
    }

    @Test
    void conversationsAndChecklistTicks_areCounted() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.command("U1", "C1", "check");
            JsonNode question = kit.slack().await("chat.postMessage", 1).get(0).blocks();
            kit.blockAction("U1", "DU1", CoachRenderer.STOP_ACTION, Buttons.value(question, CoachRenderer.STOP_ACTION));
            scrapeWhen(kit, "career_conversations_total{kind=\"SKILL_CHECK\",outcome=\"abandoned\"} 1.0");

            long checklist = shareChecklist(kit);
            tick(kit, checklist);

            String metrics = scrapeWhen(kit, "career_checklist_ticks_total 1.0");
            assertTrue(metrics.contains("career_conversations_total{kind=\"SKILL_CHECK\",outcome=\"started\"} 1.0"),
                    metrics);
        }
    }

    @Test
    void metricsPort_servesMetrics_andThePublicPortNoLonger() throws Exception {
        int metricsPort;
        try (ServerSocket free = new ServerSocket(0)) {
            metricsPort = free.getLocalPort();
        }
        try (SlackTestKit kit = SlackTestKit.start(Stores.inMemory(),
                Map.of("METRICS_PORT", String.valueOf(metricsPort)))) {
            HttpResponse<String> management = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, management.statusCode());
            assertTrue(management.body().contains("career_work_queue_depth"),
                    management.body());
            assertEquals(404, kit.get("/metrics").statusCode());
            assertEquals(200, kit.get("/healthz").statusCode());
        }
    }

    @Test
    void metricsPort_inLocalMode_listensOnLoopbackOnly() throws Exception {
        try (CareerCoachApp app = new CareerCoachApp(Config.from(Map.of("PORT", "0", "INDEX_DATA", "index-data",
                "METRICS_PORT", "0")::get), Stores.inMemory()).start()) {
            assertEquals(Optional.of("127.0.0.1"), app.metricsHost());
            HttpResponse<String> management = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.metricsPort().orElseThrow() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, management.statusCode());
        }
    }

    /** Metrics of work after the ack settle a moment after the Web API call: wait for the line. */
    private static String scrapeWhen(SlackTestKit kit, String line) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = kit.get("/metrics").body();
            if (metrics.contains(line)) {
                return metrics;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + line + " in\n" + metrics);
    }

    private static long shareChecklist(SlackTestKit kit) throws Exception {
        kit.viewSubmission("U1", ChecklistIds.SHARE_VIEW, ShareForm.shareMetadata(kit, "C1"),
                ShareForm.shareState("U2", List.of("next-steps/resume-outcomes"), "", null));
        return ShareForm.checklistId(kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "C1".equals(c.param("channel")), 1).get(0).blocks());
    }

    private static void tick(SlackTestKit kit, long checklist) throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", "U2").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        payload.putObject("channel").put("id", "C1");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C1");
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").putArray("blocks");
        payload.put("response_url", kit.slack().responseUrl("tick"));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", ChecklistIds.TICK);
        action.put("block_id", ChecklistIds.itemsBlock(checklist, 0));
        ArrayNode options = action.putArray("selected_options");
        options.addObject().put("value", "0");
        action.put("action_ts", "1700000001.000001");
        HttpResponse<String> response = kit.postSigned("payload=" + URLEncoder.encode(
                JSON.writeValueAsString(payload), StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                Map.of());
        assertEquals(200, response.statusCode());
    }

    @SuppressWarnings("unused")
    private static List<String> none() {
        return List.of();
    }
}
