package careercoach.testkit;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.search.LiveGuides;
import careercoach.slack.DeliveryLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The real app on a free loopback port, talking to a {@link FakeSlackApi}, and a client that sends requests
 * signed like Slack's: slash commands, events (with retry headers), block actions and view submissions. One app for
 * a whole test class, as a JUnit 5 extension (started before the first test, the Web API calls seen forgotten before
 * each test, stopped after the last):
 * <pre>
 * &#64;RegisterExtension
 * static final SlackTestKit kit = SlackTestKit.perClass();
 * </pre>
 * or one app for one test:
 * <pre>
 * try (SlackTestKit kit = SlackTestKit.start()) {
 *     kit.command("U1", "C1", "skills");
 *     kit.slack().await("response_url", 1);
 * }
 * </pre>
 */
public final class SlackTestKit implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSigner signer = new SlackSigner(SIGNING_SECRET);
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();
    /** For a kit of a test class: its environment, read when the class starts. */
    private final Supplier<Map<String, String>> classEnv;
    private FakeSlackApi slack;
    private Stores stores;
    private CareerCoachApp app;
    private boolean ownsStores;

    private SlackTestKit(FakeSlackApi slack, Stores stores, CareerCoachApp app, boolean ownsStores) {
        this.classEnv = null;
        started(slack, stores, app, ownsStores);
    }

    private SlackTestKit(Supplier<Map<String, String>> classEnv) {
        this.classEnv = classEnv;
    }

    private void started(FakeSlackApi slack, Stores stores, CareerCoachApp app, boolean ownsStores) {
        this.slack = slack;
        this.stores = stores;
        this.app = app;
        this.ownsStores = ownsStores;
    }

    /**
     * One app for a test class, with in-memory stores and the shipped index-data, registered with
     * {@code @RegisterExtension} on a static field: started before the class's first test (and before its
     * {@code @BeforeAll} methods), {@link #resetSlack} before each test, closed after the last.
     */
    public static SlackTestKit perClass() {
        return perClass(Map::of);
    }

    /**
     * As {@link #perClass()}, with extra environment variables read when the class starts (after a static
     * {@code @TempDir} field is filled, so they can name files written there).
     */
    public static SlackTestKit perClass(Supplier<Map<String, String>> extraEnv) {
        return new SlackTestKit(extraEnv);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (classEnv == null) {
            throw new IllegalStateException("a kit started by start() is not an extension: use perClass()");
        }
        SlackTestKit kit = start(classEnv.get(), Clock.systemUTC());
        started(kit.slack, kit.stores, kit.app, kit.ownsStores);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        resetSlack();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            close();
        }
    }

    /** Starts the app with in-memory stores (closed with the kit) and the shipped index-data. */
    public static SlackTestKit start() throws Exception {
        return start(Map.of(), Clock.systemUTC());
    }

    /** In-memory stores (closed with the kit), extra environment variables, and a clock the test may move. */
    public static SlackTestKit start(Map<String, String> extraEnv, Clock clock) throws Exception {
        Stores stores = Stores.inMemory();
        try {
            return start(stores, extraEnv, clock, DeliveryLimits.DEFAULT, true);
        } catch (Exception e) {
            stores.close();
            throw e;
        }
    }

    /** Starts the app with these stores (the caller closes them) and extra environment variables. */
    public static SlackTestKit start(Stores stores, Map<String, String> extraEnv) throws Exception {
        return start(stores, extraEnv, Clock.systemUTC(), DeliveryLimits.DEFAULT, false);
    }

    /** As {@link #start(Stores, Map)}, with a clock for due dates, reminders and expiry. */
    public static SlackTestKit start(Stores stores, Map<String, String> extraEnv, Clock clock) throws Exception {
        return start(stores, extraEnv, clock, DeliveryLimits.DEFAULT, false);
    }

    /** Starts the app with these stores, extra environment variables and limits on work after the ack. */
    public static SlackTestKit start(Stores stores, Map<String, String> extraEnv, DeliveryLimits limits)
            throws Exception {
        return start(stores, extraEnv, Clock.systemUTC(), limits, false);
    }

    /**
     * In-memory stores (closed with the kit) and the guides {@code guides} loads from the app's configuration, e.g.
     * with a search index that is still being built when the app reports ready.
     */
    public static SlackTestKit startWithGuides(Function<Config, CompletableFuture<LiveGuides>> guides)
            throws Exception {
        Stores stores = Stores.inMemory();
        try {
            return start(stores, Map.of(), Clock.systemUTC(), DeliveryLimits.DEFAULT, true, guides);
        } catch (Exception e) {
            stores.close();
            throw e;
        }
    }

    private static SlackTestKit start(Stores stores, Map<String, String> extraEnv, Clock clock, DeliveryLimits limits,
                                      boolean ownsStores)
            throws Exception {
        return start(stores, extraEnv, clock, limits, ownsStores,
                config -> CareerCoachApp.loadGuides(config, clock));
    }

    private static SlackTestKit start(Stores stores, Map<String, String> extraEnv, Clock clock, DeliveryLimits limits,
                                      boolean ownsStores, Function<Config, CompletableFuture<LiveGuides>> guides)
            throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        try {
            Map<String, String> env = new HashMap<>();
            env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
            env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("PORT", "0");
            env.put("INDEX_DATA", "index-data");
            env.putAll(extraEnv);
            Config config = Config.from(env::get);
            CareerCoachApp app = CareerCoachApp.builder(config, stores).clock(clock).limits(limits)
                    .guides(guides.apply(config)).build().start();
            return new SlackTestKit(slack, stores, app, ownsStores);
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    public FakeSlackApi slack() {
        return slack;
    }

    /**
     * Waits until the app has finished all work started by earlier requests, then forgets the Web API calls seen
     * so far: a test that shares one kit sees only its own calls, never a late one from the test before.
     */
    public void resetSlack() throws InterruptedException {
        if (!app.awaitIdle(Duration.ofSeconds(30))) {
            throw new AssertionError("the app still had work after acks running after 30 s");
        }
        slack.reset();
    }

    public Stores stores() {
        return stores;
    }

    public CareerCoachApp app() {
        return app;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** {@code /career <text>} from a user in a channel. The answer body is the ack (JSON, or empty). */
    public HttpResponse<String> command(String userId, String channelId, String text) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("team_domain", "example");
        form.put("channel_id", channelId);
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", "someone");
        form.put("command", "/career");
        form.put("text", text);
        form.put("api_app_id", "A0001");
        form.put("response_url", slack.responseUrl("cmd-" + ids.incrementAndGet()));
        form.put("trigger_id", "trigger-" + ids.incrementAndGet());
        return postSigned(formEncode(form), "application/x-www-form-urlencoded", Map.of());
    }

    /** An Events API delivery of {@code event} with this id; {@code retryNum} > 0 adds Slack's retry headers. */
    public HttpResponse<String> event(String eventId, JsonNode event, int retryNum) throws Exception {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("token", "legacy");
        envelope.put("team_id", FakeSlackApi.TEAM_ID);
        envelope.put("api_app_id", "A0001");
        envelope.set("event", event);
        envelope.put("type", "event_callback");
        envelope.put("event_id", eventId);
        envelope.put("event_time", Instant.now().getEpochSecond());
        Map<String, String> headers = retryNum > 0
                ? Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", "http_timeout")
                : Map.of();
        return postSigned(JSON.writeValueAsString(envelope), "application/json", headers);
    }

    /** A new event id. */
    public String newEventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A direct message from a user to the bot ({@code message.im}). */
    public ObjectNode directMessage(String userId, String text) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "message");
        event.put("channel", "D" + userId);
        event.put("channel_type", "im");
        event.put("user", userId);
        event.put("text", text);
        event.put("ts", nextTs());
        event.put("event_ts", event.get("ts").asText());
        return event;
    }

    /** An @mention of the bot in a channel ({@code app_mention}). */
    public ObjectNode mention(String userId, String channelId, String text) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_mention");
        event.put("channel", channelId);
        event.put("user", userId);
        event.put("text", "<@" + FakeSlackApi.BOT_USER_ID + "> " + text);
        event.put("ts", nextTs());
        event.put("event_ts", event.get("ts").asText());
        return event;
    }

    /** A button click: {@code block_actions} from a message in a channel (channel null: from the App Home). */
    public HttpResponse<String> blockAction(String userId, String channelId, String actionId, String value)
            throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
        if (channelId != null) {
            payload.putObject("channel").put("id", channelId).put("name", "general");
            payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                    .put("channel_id", channelId).put("is_ephemeral", true);
            payload.put("response_url", slack.responseUrl("action-" + ids.incrementAndGet()));
        } else {
            payload.putObject("container").put("type", "view").put("view_id", "V1");
            payload.putObject("view").put("id", "V1").put("type", "home");
        }
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "b1");
        action.put("type", "button");
        action.put("value", value);
        action.putObject("text").put("type", "plain_text").put("text", "button");
        action.put("action_ts", nextTs());
        return postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** A modal submitted: {@code view_submission} with this callback id, private metadata and state values. */
    public HttpResponse<String> viewSubmission(String userId, String callbackId, String privateMetadata,
                                               JsonNode stateValues) throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
        ObjectNode view = payload.putObject("view");
        view.put("id", "V" + ids.incrementAndGet());
        view.put("type", "modal");
        view.put("callback_id", callbackId);
        view.put("private_metadata", privateMetadata);
        view.putObject("state").set("values", stateValues);
        return postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** Posts a body signed now with the kit's secret. */
    public HttpResponse<String> postSigned(String body, String contentType, Map<String, String> headers)
            throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        return post(body, contentType, String.valueOf(timestamp), signer.sign(timestamp, body), headers);
    }

    /** Posts to {@code /slack/events} with exactly these signature headers (null leaves one out). */
    public HttpResponse<String> post(String body, String contentType, String timestamp, String signature,
                                     Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public SlackSigner signer() {
        return signer;
    }

    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String nextTs() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", ids.incrementAndGet());
    }

    @Override
    public void close() {
        app.close();
        slack.close();
        if (ownsStores) {
            try {
                stores.close();
            } catch (Exception e) {
                throw new IllegalStateException("the in-memory stores did not close", e);
            }
        }
    }
}
