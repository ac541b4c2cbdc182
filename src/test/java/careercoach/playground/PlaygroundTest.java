package careercoach.playground;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import careercoach.config.Config;
import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"playground-token\" content=\"([^\"]+)\">");
    private static CareerCoachApp app;
    /** The token of the page this test acts through, as the browser reads it from the page. */
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        app = new CareerCoachApp(Config.from(Map.of("PORT", "0", "INDEX_DATA", "index-data")::get),
                Stores.inMemory()).start();
        token = tokenOf(get("/").body());
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
    void assistantView_greetsWithPrompts_answersInItsThread_withStatusAndTitle() throws Exception {
        post("send", "{\"as\":\"U0RAVI\",\"channel\":\"C0BACKEND\",\"text\":\"hello team\"}");
        assertEquals(200, post("assistant", "{\"as\":\"U0RAVI\",\"viewing\":\"C0BACKEND\"}").statusCode());
        JsonNode thread = awaitAssistantThread("U0RAVI", t -> t.path("prompts").size() > 0);
        assertTrue(thread.path("prompts").size() <= 4, thread.toString());
        assertTrue(thread.path("messages").get(0).path("text").asText().startsWith("Hi! I'm your career coach"),
                thread.toString());
        assertTrue(state("U0RAVI").path("messages").path("D0RAVI").isMissingNode(),
                "the thread shows in the assistant view, not in the DM");

        post("send", "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"What are the top skills for a lead?\","
                + "\"threadTs\":\"" + thread.path("threadTs").asText() + "\"}");
        JsonNode answered = awaitAssistantThread("U0RAVI", t -> t.path("messages").size() >= 3);
        JsonNode answer = answered.path("messages").get(2);
        assertTrue(answer.path("bot").asBoolean() && answer.path("text").asText().contains("Top Skills"),
                answered.toString());
        assertEquals(thread.path("threadTs").asText(), answer.path("threadTs").asText());
        assertEquals("What are the top skills for a lead?", answered.path("title").asText());
        assertTrue(answered.path("statusesShown").toString().contains("looking through the career guides"),
                answered.toString());
        assertEquals("", answered.path("status").asText(), "the answer clears the status, as on Slack");
        assertEquals(0, state("U0SAM").path("assistant").size(), "another person sees nobody else's thread");
    }

    @Test
    void assistantCalls_onAThreadNeverOpened_areRefusedAsSlackDoes() throws Exception {
        assertEquals(400, post("assistant-context", "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\","
                + "\"threadTs\":\"1.000001\",\"viewing\":\"C0BACKEND\"}").statusCode());
        assertEquals(400, post("send", "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"hi\","
                + "\"threadTs\":\"1.000001\"}").statusCode());
    }

    /** The person's newest assistant thread, once the bot's work is done and it matches. */
    private static JsonNode awaitAssistantThread(String as, Predicate<JsonNode> which) throws Exception {
        for (int tries = 0; tries < 50; tries++) {
            assertTrue(app.awaitIdle(Duration.ofSeconds(30)), "the bot is still busy after 30 s");
            JsonNode threads = state(as).path("assistant");
            if (threads.size() > 0 && which.test(threads.get(threads.size() - 1))) {
                return threads.get(threads.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such assistant thread: " + state(as).path("assistant"));
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

    @Test
    void eachPage_getsATokenOfItsOwn_andEveryTokenServed_works() throws Exception {
        String other = tokenOf(get("/").body());
        assertFalse(other.equals(token), "a token per page");

        HttpResponse<String> sent = send(post("send", Map.of("X-Playground-Token", other),
                "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"hello\"}"));
        assertEquals(200, sent.statusCode(), sent.body());
    }

    @Test
    void actions_withoutThePagesToken_areRefused_andChangeNothing() throws Exception {
        String hello = "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"hello\"}";
        HttpResponse<String> none = send(post("send", Map.of(), hello));
        HttpResponse<String> wrong = send(post("send", Map.of("X-Playground-Token", "0".repeat(32)), hello));
        HttpResponse<String> state = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/playground/state?as=U0RAVI")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(403, none.statusCode(), none.body());
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals(403, state.statusCode(), state.body());
        assertTrue(state("U0RAVI").path("messages").path("D0RAVI").isEmpty(), "nothing was sent");
    }

    @Test
    void actionsFromAnotherSite_areRefused_andChangeNothing() throws Exception {
        HttpResponse<String> foreign = send(post("send", Map.of("X-Playground-Token", token,
                "Origin", "http://evil.example"), "{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\",\"text\":\"hi\"}"));
        HttpResponse<String> otherPort = send(post("reset", Map.of("X-Playground-Token", token,
                "Origin", "http://localhost:1"), "{}"));
        HttpResponse<String> textPlain = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/playground/send")).header("Content-Type", "text/plain").header("X-Playground-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"as\":\"U0RAVI\",\"channel\":\"D0RAVI\","
                        + "\"text\":\"hi\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(403, otherPort.statusCode(), otherPort.body());
        assertEquals(415, textPlain.statusCode(), textPlain.body());
        assertTrue(state("U0RAVI").path("messages").path("D0RAVI").isEmpty(), "nothing was sent");
    }

    @Test
    void otherHostNames_areRefused_soARebindingNameCannotReadThePlayground() throws Exception {
        int port = app.port();
        String state = raw("GET /playground/state?as=U0MAYA HTTP/1.1\r\nHost: evil.example:" + port
                + "\r\nX-Playground-Token: " + token + "\r\nConnection: close\r\n\r\n");
        String page = raw("GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n");
        String wrongPort = raw("GET / HTTP/1.1\r\nHost: localhost:" + (port + 1) + "\r\nConnection: close\r\n\r\n");
        String loopback = raw("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        String ipv6 = raw("GET / HTTP/1.1\r\nHost: [::1]:" + port + "\r\nConnection: close\r\n\r\n");

        assertTrue(state.startsWith("HTTP/1.1 403"), state);
        assertFalse(state.contains("U0MAYA"), state);
        assertTrue(page.startsWith("HTTP/1.1 403"), page);
        assertFalse(page.contains("playground-token"), page);
        assertTrue(wrongPort.startsWith("HTTP/1.1 403"), wrongPort);
        assertTrue(loopback.startsWith("HTTP/1.1 200"), loopback);
        assertTrue(ipv6.startsWith("HTTP/1.1 200"), ipv6);
    }

    @Test
    void malformedBodies_get400WithOneLine_neverA500OrATrace() throws Exception {
        String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("send", "{not json");
        bodies.put("home", "[1,2]");
        bodies.put("close", "\"text\"");
        bodies.put("action", "{\"as\":\"U0MAYA\",\"where\":{\"kind\":\"home\"}}");
        bodies.put("submit", "{\"as\":\"U0MAYA\",\"viewId\":{\"x\":1},\"values\":[1]}");
        try (LogCapture logs = LogCapture.open()) {
            for (var body : bodies.entrySet()) {
                assertOneLine400(body.getKey() + " " + body.getValue(), post(body.getKey(), body.getValue()));
            }
            assertOneLine400("action, where not an object", post("action",
                    "{\"as\":\"U0MAYA\",\"where\":\"home\",\"action\":{\"action_id\":\"x\"}}"));
            assertOneLine400("action, action not an object", post("action",
                    "{\"as\":\"U0MAYA\",\"where\":{\"kind\":\"home\"},\"action\":\"x\"}"));
            assertOneLine400("100,000 nested arrays", post("send", deepArrays));
            assertOneLine400("100,000 nested objects", post("action", deepObjects));

            assertEquals(List.of(), logs.at(Level.ERROR).stream().map(e -> e.getFormattedMessage()).toList());
        }
    }

    private static void assertOneLine400(String what, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), what + ": " + response.body());
        assertFalse(response.body().contains("\n"), what + ": " + response.body());
        assertFalse(response.body().contains("Exception"), what + ": " + response.body());
        assertTrue(response.body().length() < 300, what + ": " + response.body());
    }

    private static String tokenOf(String page) {
        Matcher token = TOKEN.matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    /** HTTP by hand, for a Host header the client library will not send. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
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

    /** A GET as the page makes it: with its token (ignored where none is needed). */
    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (token != null) {
            request.header("X-Playground-Token", token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST as the page makes it: JSON, with the page's token. */
    private static HttpResponse<String> post(String action, String json) throws Exception {
        return send(post(action, Map.of("X-Playground-Token", token), json));
    }

    private static HttpRequest post(String action, Map<String, String> headers, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/playground/" + action)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return request.build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
