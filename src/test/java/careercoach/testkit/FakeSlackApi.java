package careercoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A stand-in for Slack on loopback: the Web API under {@code /api/<method>} and response URLs under
 * {@code /response/<id>}. It records every call and answers with Slack-like JSON; scripted replies
 * ({@link #failNext}) simulate rate limits and errors.
 * <p>
 * Like Slack, it knows its users and channels: every id shaped like a Slack id ({@code U…}, {@code C…},
 * {@code D…}) exists, in UTC, with the bot in every channel, unless a test says otherwise
 * ({@link #removeUser}, {@link #deactivateUser}, {@link #removeChannel}, {@link #archiveChannel},
 * {@link #removeBotFrom}, {@link #timeZone}). Anything else (a placeholder such as {@code forgotten}) is unknown:
 * posting there answers {@code channel_not_found}, {@code users.info} answers {@code user_not_found}.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String BOT_USER_ID = "UBOT";
    public static final String BOT_ID = "BBOT";
    public static final String TEAM_ID = "T0001";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded call: the Web API method (or {@code response_url}), its form parameters or JSON body, and the
     * token it was made with (the {@code Authorization} bearer or the {@code token} parameter; null without one).
     */
    public record Call(String method, Map<String, String> params, JsonNode json, String token) {

        public Call(String method, Map<String, String> params, JsonNode json) {
            this(method, params, json, null);
        }

        /** A parameter, from the form or the JSON body (objects such as {@code blocks} as JSON text). */
        public String param(String name) {
            if (params.containsKey(name)) {
                return params.get(name);
            }
            if (json != null && json.has(name)) {
                JsonNode value = json.get(name);
                return value.isValueNode() ? value.asText() : value.toString();
            }
            return null;
        }

        /** {@code blocks} (or {@code view}) parsed, for assertions on the message's content. */
        public JsonNode blocks() {
            return parse(param("blocks"), JSON.createArrayNode());
        }

        /** {@code view} parsed (views.open, views.publish, views.update). */
        public JsonNode view() {
            return parse(param("view"), JSON.createObjectNode());
        }

        /**
         * Text, blocks and view in one string, with JSON re-serialised so that characters the Slack client
         * escapes ({@code \u003c}) read as sent: for "contains" assertions on what a user sees.
         */
        public String allText() {
            return param("text") + " " + blocks() + " " + (param("view") == null ? "" : view());
        }

        private static JsonNode parse(String json, JsonNode empty) {
            try {
                return json == null ? empty : JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Scripted(int status, Map<String, String> headers, String body) {
    }

    /** Bytes sent to an upload URL that {@code files.getUploadURLExternal} gave, with their content type. */
    public record Upload(String fileId, byte[] bytes, String contentType, String authorization) {
    }

    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private static final AtomicLong FILE_IDS = new AtomicLong();
    /** The HTTP status the upload URLs answer (200 unless a test says otherwise). */
    private volatile int uploadStatus = 200;

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Scripted>> scripted = new ConcurrentHashMap<>();
    private final Map<String, String> defaults = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern SLACK_ID = java.util.regex.Pattern.compile("[UWBCDG][A-Z0-9]+");
    private final Set<String> removedUsers = ConcurrentHashMap.newKeySet();
    private final Set<String> deactivatedUsers = ConcurrentHashMap.newKeySet();
    private final Set<String> removedChannels = ConcurrentHashMap.newKeySet();
    private final Set<String> archivedChannels = ConcurrentHashMap.newKeySet();
    private final Set<String> channelsWithoutBot = ConcurrentHashMap.newKeySet();
    private final Map<String, String> timeZones = new ConcurrentHashMap<>();
    private final Map<String, List<String>> channelMembers = new ConcurrentHashMap<>();
    /** The people named in what the test sent the app: everyone in a channel whose members were not set up. */
    private final Set<String> namedUsers = ConcurrentHashMap.newKeySet();
    private static final java.util.regex.Pattern USER_ID =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9])[UW][A-Z0-9]+(?![A-Za-z0-9])");
    private static final AtomicLong MESSAGE_TS = new AtomicLong();
    private final Javalin server;
    private final FakeSlackOAuth oauth = new FakeSlackOAuth();

    public FakeSlackApi() {
        this(0);
    }

    /** On a given loopback port (0: any free one). */
    public FakeSlackApi(int port) {
        server = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.routes.post("/api/{method}", ctx -> answer(ctx, ctx.pathParam("method")));
                    cfg.routes.post("/response/{id}", ctx -> answer(ctx, "response_url"));
                    cfg.routes.post("/upload/{fileId}", this::upload);
                    cfg.routes.get("/oauth/v2/authorize", oauth::authorizePage);
                })
                .start("127.0.0.1", port);
    }

    /** Slack's side of "Add to Slack": the authorize page, code and refresh exchanges, tokens per workspace. */
    public FakeSlackOAuth oauth() {
        return oauth;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    /** A response_url pointing at this fake. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/response/" + id;
    }

    /** The next call of {@code method} gets this HTTP status, headers and body instead of the default answer. */
    public void failNext(String method, int status, Map<String, String> headers, String body) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Scripted(status, headers, body));
    }

    /** Every later call of {@code method} (unless scripted by {@link #failNext}) gets this JSON body. */
    public void answerAlways(String method, String body) {
        defaults.put(method, body);
    }

    /**
     * Holds every call of {@code method} (the bot's thread waits, as on a slow Slack) until the returned gate is
     * opened with {@code countDown()}; the call is recorded when it arrives.
     */
    public CountDownLatch hold(String method) {
        CountDownLatch gate = new CountDownLatch(1);
        holds.put(method, gate);
        return gate;
    }

    /** The user no longer exists: {@code users.info} says {@code user_not_found}, a DM {@code channel_not_found}. */
    public void removeUser(String userId) {
        removedUsers.add(userId);
    }

    /** The user's account was deactivated: a DM to them answers {@code account_inactive}. */
    public void deactivateUser(String userId) {
        deactivatedUsers.add(userId);
    }

    /** The channel does not exist or the bot cannot see it (a private channel): {@code channel_not_found}. */
    public void removeChannel(String channelId) {
        removedChannels.add(channelId);
    }

    public void archiveChannel(String channelId) {
        archivedChannels.add(channelId);
    }

    /** The bot is not a member of the channel: posts there answer {@code not_in_channel}. */
    public void removeBotFrom(String channelId) {
        channelsWithoutBot.add(channelId);
    }

    /** The user's time zone as {@code users.info} gives it ({@code tz}), e.g. {@code America/Los_Angeles}. */
    public void timeZone(String userId, String tz) {
        timeZones.put(userId, tz);
    }

    /**
     * The people in a channel, as {@code conversations.members} lists them (the bot too, unless it was removed with
     * {@link #removeBotFrom}); a channel never given lists everyone the test named in what it sent the app
     * ({@link #named}), so a checklist shared there finds its person in it.
     */
    public void members(String channelId, String... userIds) {
        channelMembers.put(channelId, List.of(userIds));
    }

    /** Notes the user ids in a request the test sends the app: members of every channel not set up. */
    public void named(String requestBody) {
        java.util.regex.Matcher ids = USER_ID.matcher(requestBody);
        while (ids.find()) {
            namedUsers.add(ids.group());
        }
    }

    /** The next call of {@code method} answers {@code {"ok": false, "error": error}}. */
    public void errorNext(String method, String error) {
        failNext(method, 200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** What was sent to upload URLs, in order. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Upload URLs answer this HTTP status from now on (e.g. 500: the bytes never arrive). */
    public void uploadStatus(int status) {
        uploadStatus = status;
    }

    private void upload(Context ctx) {
        uploads.add(new Upload(ctx.pathParam("fileId"), ctx.bodyAsBytes(), ctx.contentType(),
                ctx.header("Authorization")));
        ctx.status(uploadStatus).result(uploadStatus == 200 ? "OK - " + ctx.bodyAsBytes().length : "failed");
    }

    /** Calls other than {@code auth.test} (which Bolt makes on its own). */
    public List<Call> botCalls() {
        return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
    }

    public List<Call> calls(Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public void reset() {
        calls.clear();
        scripted.clear();
        defaults.clear();
        removedUsers.clear();
        deactivatedUsers.clear();
        removedChannels.clear();
        archivedChannels.clear();
        channelsWithoutBot.clear();
        timeZones.clear();
        uploads.clear();
        uploadStatus = 200;
        channelMembers.clear();
        namedUsers.clear();
        holds.values().forEach(CountDownLatch::countDown);
        holds.clear();
    }

    /** Waits (up to 10 s) for {@code count} calls of {@code method}, for work the bot does after its ack. */
    public List<Call> await(String method, int count) {
        return await(c -> c.method().equals(method), count);
    }

    public List<Call> await(Predicate<Call> which, int count) {
        return await(which, count, Duration.ofSeconds(30));
    }

    /** Waits up to {@code timeout} for {@code count} matching calls. */
    public List<Call> await(Predicate<Call> which, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Call> matching = calls.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " matching calls; got " + calls);
    }

    private void answer(Context ctx, String method) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode json = null;
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("application/json")) {
            json = JSON.readTree(ctx.body());
        } else {
            ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        String authorization = ctx.header("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : params.get("token");
        calls.add(new Call(method, params, json, token));
        CountDownLatch hold = holds.get(method);
        if (hold != null && !hold.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(method + " held for 30 s: the test never opened the gate");
        }
        Queue<Scripted> queue = scripted.get(method);
        Scripted reply = queue == null ? null : queue.poll();
        if (reply != null) {
            reply.headers().forEach(ctx::header);
            ctx.status(reply.status()).contentType("application/json").result(reply.body());
            return;
        }
        String body = defaults.get(method);
        if (body == null && method.equals("oauth.v2.access")) {
            body = oauth.access(params, authorization);
        }
        if (body == null && oauth.deadError(token).isPresent()) {
            body = "{\"ok\":false,\"error\":\"" + oauth.deadError(token).get() + "\"}";
        }
        if (body == null && method.equals("auth.test")) {
            body = oauth.authTest(token);
        }
        if (body == null) {
            body = refusal(new Call(method, params, json));
        }
        ctx.contentType("application/json").result(body != null ? body : defaultAnswer(method, params, json));
    }

    /** Slack's answer when a call names a user or channel that cannot take it; null when it can. */
    private String refusal(Call call) {
        String error = switch (call.method()) {
            case "chat.postMessage", "chat.update", "chat.postEphemeral", "chat.getPermalink" ->
                    channelError(call.param("channel"));
            case "conversations.open" -> java.util.Arrays.stream(String.valueOf(call.param("users")).split(","))
                    .map(user -> !knownUser(user) ? "user_not_found"
                            : deactivatedUsers.contains(user) ? "user_disabled" : null)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            case "users.info" -> knownUser(call.param("user")) ? null : "user_not_found";
            case "conversations.members", "conversations.info" ->
                    removedChannels.contains(call.param("channel")) ? "channel_not_found" : null;
            default -> null;
        };
        return error == null ? null : "{\"ok\":false,\"error\":\"" + error + "\"}";
    }

    private String channelError(String channel) {
        if (channel == null || !SLACK_ID.matcher(channel).matches()) {
            return "channel_not_found";
        }
        if (channel.startsWith("U") || channel.startsWith("W")) {
            // A user id as channel: the bot's DM with that user.
            return !knownUser(channel) ? "channel_not_found"
                    : deactivatedUsers.contains(channel) ? "account_inactive" : null;
        }
        if (channel.startsWith("D")) {
            return removedUsers.contains(channel.substring(1)) ? "channel_not_found" : null;
        }
        if (removedChannels.contains(channel)) {
            return "channel_not_found";
        }
        if (archivedChannels.contains(channel)) {
            return "is_archived";
        }
        return channelsWithoutBot.contains(channel) ? "not_in_channel" : null;
    }

    private boolean knownUser(String userId) {
        return userId != null && SLACK_ID.matcher(userId).matches() && !removedUsers.contains(userId);
    }

    private String defaultAnswer(String method, Map<String, String> params, JsonNode json) {
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
                    + "\"user\":\"careercoach\",\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"" + BOT_USER_ID
                    + "\",\"bot_id\":\"" + BOT_ID + "\"}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.getOrDefault("channel",
                    "C1") + "\",\"ts\":\"1700000000." + String.format("%06d", MESSAGE_TS.incrementAndGet())
                    + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000001\"}";
            case "views.open", "views.publish", "views.update" -> "{\"ok\":true,\"view\":{\"id\":\"V1\"}}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + params.getOrDefault("users", "U1")
                    + "\"}}";
            case "users.info" -> {
                String user = params.getOrDefault("user", "U1");
                yield "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\"someone\",\"deleted\":"
                        + deactivatedUsers.contains(user) + ",\"tz\":\"" + timeZones.getOrDefault(user, "UTC") + "\"}}";
            }
            case "conversations.members" -> {
                String channel = params.getOrDefault("channel", "C1");
                List<String> members = new java.util.ArrayList<>(channelMembers.getOrDefault(channel,
                        namedUsers.stream().filter(this::knownUser).filter(u -> !BOT_USER_ID.equals(u)).toList()));
                if (!channelsWithoutBot.contains(channel)) {
                    members.add(BOT_USER_ID);
                }
                yield "{\"ok\":true,\"members\":" + JSON.valueToTree(members) + ",\"response_metadata\":"
                        + "{\"next_cursor\":\"\"}}";
            }
            case "response_url" -> "ok";
            case "files.getUploadURLExternal" -> {
                String fileId = "F" + String.format("%08d", FILE_IDS.incrementAndGet());
                yield "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.port() + "/upload/" + fileId
                        + "\",\"file_id\":\"" + fileId + "\"}";
            }
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"chart\"}]}";
            default -> "{\"ok\":true}";
        };
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The block texts of a call, flattened, for simple "contains" assertions. */
    public static List<String> texts(JsonNode blocks) {
        List<String> texts = new ArrayList<>();
        blocks.findValues("text").forEach(t -> texts.add(t.isTextual() ? t.asText() : t.path("text").asText()));
        return texts;
    }
}
