package careercoach.testkit;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.search.LiveGuides;
import careercoach.slack.DeliveryLimits;
import careercoach.slack.guide.GuideFeature;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * In distribution mode ({@link #perClassDistribution}, {@link #startDistribution}) there is no bot token: workspaces
 * install the app through its OAuth pages ({@link #install}) against the fake Slack, and requests name the
 * workspace they come from.
 */
public final class SlackTestKit implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";
    /** The key tokens are sealed with in distribution mode (a test key: 32 known bytes, base64). */
    public static final String TOKEN_ENCRYPTION_KEY = Base64.getEncoder().encodeToString(
            "career-coach-test-sealing-key-32".getBytes(StandardCharsets.UTF_8));
    /** The one workspace of single-workspace mode, as the kit's requests come from it by default. */
    public static final Workspace DEFAULT_TEAM = Workspace.team(FakeSlackApi.TEAM_ID);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSigner signer = new SlackSigner(SIGNING_SECRET);
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();
    /** For a kit of a test class: its environment, read when the class starts. */
    private final Supplier<Map<String, String>> classEnv;
    /** For a kit of a test class: whether its app runs in distribution mode. */
    private final boolean classDistribution;
    /** For a kit of a test class: its app's clock. */
    private final Clock classClock;
    private FakeSlackApi slack;
    private Stores stores;
    private CareerCoachApp app;
    private boolean ownsStores;
    private boolean ownsSlack;
    /** The app's clock: events are stamped with its time, as Slack stamps them with its own. */
    private Clock clock;

    private SlackTestKit(FakeSlackApi slack, Stores stores, CareerCoachApp app, boolean ownsStores,
                         boolean ownsSlack, Clock clock) {
        this.classEnv = null;
        this.classDistribution = false;
        this.classClock = null;
        started(slack, stores, app, ownsStores, ownsSlack, clock);
    }

    private SlackTestKit(Supplier<Map<String, String>> classEnv, boolean classDistribution, Clock classClock) {
        this.classEnv = classEnv;
        this.classDistribution = classDistribution;
        this.classClock = classClock;
    }

    private void started(FakeSlackApi slack, Stores stores, CareerCoachApp app, boolean ownsStores,
                         boolean ownsSlack, Clock clock) {
        this.slack = slack;
        this.stores = stores;
        this.app = app;
        this.ownsStores = ownsStores;
        this.ownsSlack = ownsSlack;
        this.clock = clock;
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
        return new SlackTestKit(extraEnv, false, Clock.systemUTC());
    }

    /** As {@link #perClass()}, on a clock the test may move (a {@code MutableClock}). */
    public static SlackTestKit perClass(Clock clock) {
        return new SlackTestKit(Map::of, false, clock);
    }

    /**
     * As {@link #perClass()} in distribution mode: no workspace has installed the app when the class starts (its
     * {@code @BeforeAll} methods may {@link #install} some).
     */
    public static SlackTestKit perClassDistribution() {
        return new SlackTestKit(Map::of, true, Clock.systemUTC());
    }

    /** As {@link #perClassDistribution()}, with extra environment variables read when the class starts. */
    public static SlackTestKit perClassDistribution(Supplier<Map<String, String>> extraEnv) {
        return new SlackTestKit(extraEnv, true, Clock.systemUTC());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (classEnv == null) {
            throw new IllegalStateException("a kit started by start() is not an extension: use perClass()");
        }
        SlackTestKit kit = classDistribution ? startDistribution(classEnv.get())
                : start(classEnv.get(), classClock);
        started(kit.slack, kit.stores, kit.app, kit.ownsStores, kit.ownsSlack, kit.clock);
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
            Config config = config(slack, Map.of("SLACK_BOT_TOKEN", BOT_TOKEN), extraEnv);
            CareerCoachApp app = CareerCoachApp.builder(config, stores).clock(clock).limits(limits)
                    .guides(guides.apply(config)).build().start();
            return new SlackTestKit(slack, stores, app, ownsStores, true, clock);
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    /**
     * The app's configuration against this fake Slack: signed requests, any free port, the shipped index-data; then
     * the mode's settings (a bot token, or the OAuth client), then the test's own, which override the rest.
     */
    private static Config config(FakeSlackApi slack, Map<String, String> mode, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", "0");
        env.put("INDEX_DATA", "index-data");
        env.putAll(mode);
        env.putAll(extraEnv);
        return Config.from(env::get);
    }

    /**
     * Distribution mode: no bot token; workspaces install the app through its OAuth pages ({@link #install})
     * against a fake Slack. In-memory stores, both closed with the kit.
     */
    public static SlackTestKit startDistribution() throws Exception {
        return startDistribution(Map.of());
    }

    /** As {@link #startDistribution()}, with extra environment variables. */
    public static SlackTestKit startDistribution(Map<String, String> extraEnv) throws Exception {
        Stores stores = Stores.inMemory();
        FakeSlackApi slack = new FakeSlackApi();
        try {
            return startDistribution(stores, slack, extraEnv, Clock.systemUTC(), DeliveryLimits.DEFAULT, true,
                    true);
        } catch (Exception e) {
            slack.close();
            stores.close();
            throw e;
        }
    }

    /**
     * Distribution mode on these stores and this fake Slack (both the caller's to close; several instances of the
     * app may share them), with extra environment variables, a clock and limits.
     */
    public static SlackTestKit startDistribution(Stores stores, FakeSlackApi slack, Map<String, String> extraEnv,
                                                 Clock clock, DeliveryLimits limits) throws Exception {
        return startDistribution(stores, slack, extraEnv, clock, limits, false, false);
    }

    private static SlackTestKit startDistribution(Stores stores, FakeSlackApi slack, Map<String, String> extraEnv,
                                                  Clock clock, DeliveryLimits limits, boolean ownsStores,
                                                  boolean ownsSlack) throws Exception {
        Config config = config(slack, Map.of("SLACK_CLIENT_ID", FakeSlackOAuth.CLIENT_ID,
                "SLACK_CLIENT_SECRET", FakeSlackOAuth.CLIENT_SECRET,
                "TOKEN_ENCRYPTION_KEY", TOKEN_ENCRYPTION_KEY), extraEnv);
        CareerCoachApp app = CareerCoachApp.builder(config, stores).clock(clock).limits(limits).build().start();
        return new SlackTestKit(slack, stores, app, ownsStores, ownsSlack, clock);
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
        return command(DEFAULT_TEAM, userId, channelId, text);
    }

    /**
     * {@code /career <text>} from a user in a channel of workspace {@code from} (in an org-wide install: a
     * workspace of the org).
     */
    public HttpResponse<String> command(Workspace from, String userId, String channelId, String text)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", from.teamId());
        if (from.enterpriseId() != null) {
            form.put("enterprise_id", from.enterpriseId());
            form.put("is_enterprise_install", String.valueOf(from.orgWide()));
        }
        form.put("team_domain", "example");
        form.put("channel_id", channelId);
        // Slack names every DM (with the bot or with anyone else) "directmessage".
        form.put("channel_name", channelId.startsWith("D") ? "directmessage" : "general");
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
        return event(null, eventId, event, retryNum);
    }

    /**
     * An Events API delivery from workspace {@code from}, as Slack sends it to an app installed by many: with the
     * installation it is for in {@code authorizations} (for an org-wide install: the org's, with no team).
     */
    public HttpResponse<String> event(Workspace from, String eventId, JsonNode event, int retryNum)
            throws Exception {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("token", "legacy");
        envelope.put("team_id", from == null ? FakeSlackApi.TEAM_ID : from.teamId() != null ? from.teamId()
                : from.enterpriseId());
        if (from != null) {
            if (from.enterpriseId() != null) {
                envelope.put("enterprise_id", from.enterpriseId());
            }
            ObjectNode authorization = envelope.putArray("authorizations").addObject();
            if (from.enterpriseId() != null) {
                authorization.put("enterprise_id", from.enterpriseId());
            } else {
                authorization.putNull("enterprise_id");
            }
            if (from.orgWide()) {
                authorization.putNull("team_id");
            } else {
                authorization.put("team_id", from.teamId());
            }
            authorization.put("user_id", FakeSlackApi.BOT_USER_ID).put("is_bot", true)
                    .put("is_enterprise_install", from.orgWide());
        }
        envelope.put("api_app_id", "A0001");
        envelope.set("event", event);
        envelope.put("type", "event_callback");
        envelope.put("event_id", eventId);
        envelope.put("event_time", clock.instant().getEpochSecond());
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

    /**
     * {@code message} with a file attached, as Slack sends a message that shares one ({@code file_share}): a CV a
     * person drops into a DM or the assistant view. Returns the same message.
     */
    public static ObjectNode withFile(ObjectNode message) {
        message.put("subtype", "file_share");
        message.put("upload", false);
        message.putArray("files").addObject().put("id", "F0CV").put("name", "cv.pdf").put("mimetype",
                "application/pdf").put("filetype", "pdf").put("user", message.get("user").asText());
        return message;
    }

    /** A button click: {@code block_actions} from a message in a channel (channel null: from the App Home). */
    public HttpResponse<String> blockAction(String userId, String channelId, String actionId, String value)
            throws Exception {
        return blockAction(DEFAULT_TEAM, userId, channelId, actionId, value);
    }

    /** A button click in workspace {@code from}. */
    public HttpResponse<String> blockAction(Workspace from, String userId, String channelId, String actionId,
                                            String value) throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", from.teamId());
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        ObjectNode team = payload.putObject("team").put("id", from.teamId()).put("domain", "example");
        if (from.enterpriseId() != null) {
            team.put("enterprise_id", from.enterpriseId());
            payload.putObject("enterprise").put("id", from.enterpriseId()).put("name", "Org");
            payload.put("is_enterprise_install", from.orgWide());
        }
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
        return postInteraction(payload);
    }

    /**
     * Sends {@code text} to the bot in {@code userId}'s DM and then the same event again (Slack delivering it once
     * more, as a retry); returns how many messages the bot posted in that DM once the first came and half a second
     * passed for a late one.
     */
    public long postsAfterDirectMessageDeliveredTwice(String userId, String text) throws Exception {
        String id = newEventId();
        String dm = "D" + userId;
        event(id, directMessage(userId, text), 0);
        event(id, directMessage(userId, text), 1);
        slack.await(c -> c.method().equals("chat.postMessage") && dm.equals(c.param("channel")), 1);
        Thread.sleep(500);
        return slack.calls().stream().filter(c -> c.method().equals("chat.postMessage")
                && dm.equals(c.param("channel"))).count();
    }

    /** Presses a button twice in a row, as a double click (or Slack delivering the press again) does. */
    public void pressTwice(String userId, String channelId, String actionId, String value) throws Exception {
        blockAction(userId, channelId, actionId, value);
        blockAction(userId, channelId, actionId, value);
    }

    /**
     * Every call to {@code method} so far, once there have been at least {@code atLeast} and the app has finished the
     * work in hand: what a test counts to see that something was sent once, and not again a moment later.
     */
    public List<FakeSlackApi.Call> settledCalls(String method, int atLeast) throws InterruptedException {
        slack.await(method, atLeast);
        assertTrue(app.awaitIdle(Duration.ofSeconds(30)));
        return slack.calls(method);
    }

    /**
     * An interaction payload of this type ({@code block_suggestion}, {@code block_actions}...) from {@code userId}, on
     * an ephemeral message in channel C1, as Slack sends it: the caller adds what the person did.
     */
    public static ObjectNode interaction(String type, String userId) {
        ObjectNode payload = interactionFrom(type, userId);
        payload.putObject("channel").put("id", "C1").put("name", "general");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", "C1").put("is_ephemeral", true);
        return payload;
    }

    /**
     * The head every interaction payload Slack sends has: its type, who did it in the test workspace, the app and
     * the legacy token; the caller adds where it happened and what the person did.
     */
    public static ObjectNode interactionFrom(String type, String userId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        return payload;
    }

    /** Posts an interaction payload to the app, signed and form-encoded as Slack posts it. */
    public HttpResponse<String> postInteraction(ObjectNode payload) throws Exception {
        return postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /**
     * The blocks of the last message the bot posted or updated in {@code channel} (a DM: "D" and the person's id),
     * once it has done so {@code expected} times; a picture (the progress chart a finished check is followed by)
     * is a message of its own and is not counted.
     */
    public JsonNode lastMessageIn(String channel, int expected) {
        List<FakeSlackApi.Call> calls = slack.await(c -> (c.method().equals("chat.postMessage")
                || c.method().equals("chat.update")) && channel.equals(c.param("channel"))
                && !c.blocks().toString().contains("\"type\":\"image\""), expected);
        return calls.get(calls.size() - 1).blocks();
    }

    /** The JSON body of the app's acknowledgement of a request, which must have answered HTTP 200. */
    public static JsonNode ack(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /**
     * Sends {@code question} to the bot in a DM from {@code userId} and returns the text of the first message the bot
     * posts (since the fake Slack was last reset): its reply, where nothing else is under way.
     */
    public String firstReplyTo(String userId, String question) throws Exception {
        event(newEventId(), directMessage(userId, question), 0);
        return slack.await("chat.postMessage", 1).get(0).allText();
    }

    /**
     * Sends {@code question} to the bot in a DM from {@code userId} and returns the text of the first message the bot
     * posts that shows {@code shown}: its answer.
     */
    public String answer(String userId, String question, String shown) throws Exception {
        event(newEventId(), directMessage(userId, question), 0);
        return slack.await(c -> c.method().equals("chat.postMessage") && c.allText().contains(shown), 1)
                .get(0).allText();
    }

    /**
     * What the app answers Slack's options load URL while {@code userId} types {@code typed} into the role picker's
     * select ({@code /career role} with many guides): the options it offers, each with the guide id as its value.
     */
    public List<JsonNode> roleSuggestions(String userId, String typed) throws Exception {
        ObjectNode payload = interaction("block_suggestion", userId);
        payload.put("action_id", GuideFeature.ROLE_SELECT_ACTION).put("block_id", "career_role_picker")
                .put("value", typed);
        JsonNode answer = ack(postInteraction(payload));
        List<JsonNode> options = new ArrayList<>();
        answer.path("options").forEach(options::add);
        return options;
    }

    /**
     * Starts a skill check with {@code /career <text>} ("check", "check long", "check <role>") and returns its first
     * question as the person's DM shows it.
     */
    public JsonNode startCheck(String userId, String text) throws Exception {
        command(userId, "C1", text);
        return lastMessageIn("D" + userId, 1);
    }

    /**
     * Answers a skill check's questions in turn from its first ({@code first}, the DM's first message), one rating
     * ({@code NEW_TO_IT}, {@code PRACTISED}...) a question, each through the button the question shows; returns the
     * message that follows the last answer.
     */
    public JsonNode answerInTurn(String userId, JsonNode first, String... ratings) throws Exception {
        String dm = "D" + userId;
        JsonNode message = first;
        for (int i = 0; i < ratings.length; i++) {
            press(userId, dm, message, "coach_answer_" + ratings[i]);
            message = lastMessageIn(dm, i + 2);
        }
        return message;
    }

    /**
     * Presses the button with this action id on a message the bot sent ({@code blocks}), with the value the button
     * carries: a click on what the person sees.
     */
    public HttpResponse<String> press(String userId, String channelId, JsonNode blocks, String actionId)
            throws Exception {
        return blockAction(userId, channelId, actionId, Buttons.value(blocks, actionId));
    }

    /** The event of a person opening the bot's App Home, as Slack sends it ({@code app_home_opened}). */
    public ObjectNode homeOpened(String userId) {
        return JSON.createObjectNode().put("type", "app_home_opened").put("user", userId)
                .put("channel", "D" + userId).put("tab", "home").put("event_ts", "1700000000.000200");
    }

    /**
     * The person opens the bot's App Home ({@code app_home_opened}, as Slack sends it); returns the view the bot
     * published for them in answer.
     */
    public JsonNode openHome(String userId) throws Exception {
        int before = slack.calls(c -> c.method().equals("views.publish") && userId.equals(c.param("user_id"))).size();
        HttpResponse<String> response = event(newEventId(), homeOpened(userId), 0);
        if (response.statusCode() != 200) {
            throw new AssertionError("app_home_opened answered " + response.statusCode());
        }
        List<FakeSlackApi.Call> published = slack.await(c -> c.method().equals("views.publish")
                && userId.equals(c.param("user_id")), before + 1);
        return JSON.readTree(published.get(published.size() - 1).param("view"));
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
        if (slack != null && body != null) {
            slack.named(body);
            try {
                slack.named(java.net.URLDecoder.decode(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notFormEncoded) {
                // A JSON body, or a malformed one on purpose: its ids were read as sent.
            }
        }
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

    /** An install started on {@code /slack/install}: the page, the state cookie it set, its authorize URL. */
    public record InstallStart(HttpResponse<String> page, String cookie, String authorizeUrl) {
    }

    /** Opens {@code /slack/install} as a browser would, for {@code workspace} to be installed at Slack. */
    public InstallStart startInstall(Workspace workspace) throws Exception {
        slack.oauth().installing(workspace);
        slack.oauth().redirectUri(url("/slack/oauth_redirect").toString());
        HttpResponse<String> page = get("/slack/install");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("slack-app-oauth-state="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
        Matcher link = Pattern.compile("id=\"add-to-slack\" href=\"([^\"]+)\"").matcher(page.body());
        String authorize = link.find() ? link.group(1).replace("&amp;", "&") : null;
        return new InstallStart(page, cookie, authorize);
    }

    /** Opens a URL (Slack's redirect back to the app) with this cookie, as the installer's browser would. */
    public HttpResponse<String> browse(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The whole install of {@code workspace}: the install page, "Allow" at Slack, the redirect; the last page. */
    public HttpResponse<String> install(Workspace workspace) throws Exception {
        InstallStart start = startInstall(workspace);
        if (start.authorizeUrl() == null) {
            throw new AssertionError("no Add to Slack link on the install page: " + start.page().statusCode() + " "
                    + start.page().body());
        }
        return browse(slack.oauth().allow(start.authorizeUrl()), start.cookie());
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
        if (ownsSlack) {
            slack.close();
        }
        if (ownsStores) {
            try {
                stores.close();
            } catch (Exception e) {
                throw new IllegalStateException("the in-memory stores did not close", e);
            }
        }
    }
}
