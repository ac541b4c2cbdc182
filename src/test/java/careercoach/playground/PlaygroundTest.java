package careercoach.playground;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.testkit.SlackTestKit;
import careercoach.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playground's server side, without a browser: the page's actions reach the real bot as signed Slack requests and
 * the bot's answers land in the workspace, as the page will fetch them. Only served in local mode.
 */
class PlaygroundTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static CareerCoachApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new CareerCoachApp(Config.from(Map.of("PORT", "0", "INDEX_DATA", "index-data")::get),
                Stores.inMemory()).start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void reset() throws Exception {
        assertEquals(200, post("reset", "{}").statusCode());
    }

    @Test
    void page_isServedAtTheRoot_inLocalMode() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Career Coach playground"));
        assertEquals(200, get("/playground/assets/blockkit.js").statusCode());
        assertEquals(404, get("/playground/assets/../index.html").statusCode());
    }

    @Test
    void page_isNotServed_whenSlackCredentialsAreSet() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            assertEquals(404, kit.get("/").statusCode());
            assertEquals(404, kit.get("/playground/state").statusCode());
        }
    }

    @Test
    void directMessage_isAnsweredByTheBot() throws Exception {
        post("send", "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"What are the top skills for a lead?\"}");
        JsonNode answer = awaitMessage("U0RAVI", "D0RAVI", m -> m.path("bot").asBoolean());
        assertTrue(answer.path("text").asText().contains("Top Skills"), answer.toString());
        assertFalse(answer.path("ephemeral").asBoolean());
    }

    @Test
    void mention_isAnsweredInItsThread() throws Exception {
        post("send", "{\"as\":\"U0SAM\",\"channel\":\"C0BACKEND\",\"text\":\"@Career Coach how much does a lead earn?\"}");
        JsonNode question = awaitMessage("U0SAM", "C0BACKEND", m -> !m.path("bot").asBoolean());
        assertTrue(question.path("text").asText().startsWith("<@U0COACH>"), "typed mention escaped as Slack does");
        JsonNode answer = awaitMessage("U0SAM", "C0BACKEND", m -> m.path("bot").asBoolean());
        assertEquals(question.path("ts").asText(), answer.path("threadTs").asText());
    }

    @Test
    void mention_whereTheBotIsNotMember_saysHowToInviteIt() throws Exception {
        post("send", "{\"as\":\"U0SAM\",\"channel\":\"C0RANDOM\",\"text\":\"@Career Coach what next?\"}");
        JsonNode note = awaitMessage("U0SAM", "C0RANDOM", m -> m.path("ephemeral").asBoolean());
        assertEquals("USLACKBOT", note.path("user").asText());
        assertTrue(note.path("text").asText().contains("/invite"), note.toString());
    }

    @Test
    void ephemeralAnswer_isSeenOnlyByWhoAsked() throws Exception {
        post("send", "{\"as\":\"U0MAYA\",\"channel\":\"C0BACKEND\",\"text\":\"/career skills\"}");
        JsonNode answer = awaitMessage("U0MAYA", "C0BACKEND", m -> m.path("ephemeral").asBoolean());
        assertTrue(answer.path("blocks").toString().contains("Share in channel"));
        assertTrue(state("U0RAVI").path("messages").path("C0BACKEND").isMissingNode(),
                "Ravi sees nothing of Maya's private answer");
    }

    @Test
    void unknownPerson_isRefused() throws Exception {
        HttpResponse<String> refused = post("send", "{\"as\":\"U0NOBODY\",\"channel\":\"C0BACKEND\",\"text\":\"hi\"}");
        assertEquals(400, refused.statusCode());
    }

    @Test
    void slackEvents_stillRefuseRequestsNotSignedWithThisProcessSecret() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"event_callback\"}")).build();
        assertEquals(401, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    /** The bot answers after its ack; once its work is done, what it sent is in the workspace. */
    private static JsonNode awaitMessage(String as, String channel, Predicate<JsonNode> which) throws Exception {
        assertTrue(app.awaitIdle(Duration.ofSeconds(30)), "the bot is still busy after 30 s");
        for (JsonNode message : state(as).path("messages").path(channel)) {
            if (which.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no such message in " + channel + ": " + state(as).path("messages"));
    }

    private static JsonNode state(String as) throws Exception {
        return JSON.readTree(get("/playground/state?as=" + as).body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String action, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/playground/" + action))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
