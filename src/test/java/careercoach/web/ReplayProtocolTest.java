package careercoach.web;

import careercoach.Stores;
import careercoach.slack.DeliveryLimits;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.store.Database;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A signed request captured and sent again within the five minutes its signature is good for: a slash command or
 * a click is taken once, on whichever instance gets it first, and a replay is acknowledged with an empty 200 and
 * does nothing. Headers a replayer can add (they are not signed) change nothing. Events are taken once by their
 * {@code event_id}, so Slack's own retries of an event whose first attempt failed are still handled.
 */
class ReplayProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPLAYS = 50;

    /** One signed request, as captured: body, timestamp and signature. */
    private record Captured(String body, String contentType, String timestamp, String signature) {
        HttpResponse<String> sendTo(SlackTestKit kit, Map<String, String> headers) throws Exception {
            return kit.post(body, contentType, timestamp, signature, headers);
        }
    }

    private static Captured signed(SlackTestKit kit, String body, String contentType) {
        long now = Instant.now().getEpochSecond();
        return new Captured(body, contentType, String.valueOf(now), kit.signer().sign(now, body));
    }

    private static Captured askCommand(SlackTestKit kit, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("channel_id", "C1");
        form.put("user_id", "U1");
        form.put("command", "/career");
        form.put("text", "ask what skills does a lead need?");
        form.put("api_app_id", "A0001");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-replayed");
        return signed(kit, SlackTestKit.formEncode(form), "application/x-www-form-urlencoded");
    }

    @Test
    void askCommand_sentFiftyTimes_isAnsweredOnce() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            Captured ask = askCommand(kit, kit.slack().responseUrl("ask"));

            for (int i = 0; i < REPLAYS; i++) {
                assertEquals(200, ask.sendTo(kit, Map.of()).statusCode());
            }

            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(1, kit.slack().calls("response_url").size());
        }
    }

    @Test
    void thumbsUp_replayedFiftyTimes_countsOnce() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("type", "block_actions");
            payload.putObject("user").put("id", "U1").put("team_id", FakeSlackApi.TEAM_ID);
            payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
            payload.put("api_app_id", "A0001");
            payload.put("trigger_id", "trigger-replayed");
            payload.putObject("channel").put("id", "DU1");
            payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                    .put("channel_id", "DU1").put("is_ephemeral", true);
            payload.put("response_url", kit.slack().responseUrl("vote"));
            payload.putArray("actions").addObject().put("action_id", AnswerRenderer.FEEDBACK_UP_ACTION)
                    .put("block_id", "b1").put("type", "button").put("value", "ans-1|" + "guide-a|top-skills")
                    .put("action_ts", "1700000001.000001");
            Captured vote = signed(kit, "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
                    StandardCharsets.UTF_8), "application/x-www-form-urlencoded");

            for (int i = 0; i < REPLAYS; i++) {
                assertEquals(200, vote.sendTo(kit, Map.of()).statusCode());
            }

            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            String metrics = kit.get("/metrics").body();
            assertTrue(metrics.contains("career_feedback_total{helpful=\"true\"} 1.0"), metrics);
            assertEquals(1, kit.slack().calls("response_url").size());
            assertTrue(metrics.contains("slack_ack_seconds_count{status=\"200\",type=\"replayed\"} "
                    + (REPLAYS - 1)), metrics);
        }
    }

    @Test
    void replay_withSlacksRetryHeadersAdded_isStillRefused() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            Captured ask = askCommand(kit, kit.slack().responseUrl("ask"));

            assertEquals(200, ask.sendTo(kit, Map.of()).statusCode());
            HttpResponse<String> replay = ask.sendTo(kit, Map.of("X-Slack-Retry-Num", "1",
                    "X-Slack-Retry-Reason", "http_timeout"));

            assertEquals(200, replay.statusCode());
            assertEquals("", replay.body());
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(1, kit.slack().calls("response_url").size());
        }
    }

    @DatabaseTest
    void replay_sentToAnotherInstance_isRefusedThere(TestDatabase db) throws Exception {
        assumeTrue(db.kind() == Database.Kind.POSTGRESQL,
                "an embedded H2 file belongs to one process: its instance keeps signatures in memory");
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            Captured ask = askCommand(one, one.slack().responseUrl("ask"));

            assertEquals(200, ask.sendTo(one, Map.of()).statusCode());
            assertEquals(200, ask.sendTo(two, Map.of()).statusCode());

            assertTrue(one.app().awaitIdle(Duration.ofSeconds(30)));
            assertTrue(two.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(1, one.slack().calls("response_url").size(), "answered by one instance only");
        }
    }

    @Test
    void eventWhoseFirstAttemptFailed_isHandledWhenSentAgain_evenWithTheSameSignature() throws Exception {
        DeliveryLimits tiny = DeliveryLimits.DEFAULT.withPool(1, 10).withCallTimeout(Duration.ofSeconds(60));
        try (SlackTestKit kit = SlackTestKit.start(Stores.inMemory(), Map.of(), tiny)) {
            CountDownLatch hung = kit.slack().hold("conversations.open");
            for (int user = 1; user <= 30; user++) {
                if (kit.command("U" + user, "C1", "check").body().contains("try again")) {
                    break;
                }
            }
            ObjectNode envelope = JSON.createObjectNode();
            envelope.put("token", "legacy");
            envelope.put("team_id", FakeSlackApi.TEAM_ID);
            envelope.put("api_app_id", "A0001");
            envelope.set("event", kit.directMessage("U41", "what skills does a lead need?"));
            envelope.put("type", "event_callback");
            envelope.put("event_id", kit.newEventId());
            envelope.put("event_time", Instant.now().getEpochSecond());
            Captured event = signed(kit, JSON.writeValueAsString(envelope), "application/json");

            assertEquals(503, event.sendTo(kit, Map.of()).statusCode(), "the work queue is full");
            hung.countDown();
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            HttpResponse<String> retry = event.sendTo(kit, Map.of("X-Slack-Retry-Num", "1",
                    "X-Slack-Retry-Reason", "http_error"));

            assertEquals(200, retry.statusCode());
            kit.slack().await(c -> c.method().equals("chat.postMessage") && "DU41".equals(c.param("channel")), 1);
        }
    }
}
