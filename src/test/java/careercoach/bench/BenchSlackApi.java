package careercoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Slack Web API both bots call during a benchmark, on loopback: {@code /api/<method>} and response URLs under
 * {@code /response/<bot>/<id>}. Unlike the test kit's fake it keeps no call log (a soak makes millions of calls):
 * it counts calls per bot and method, and remembers only what the load generator needs to click on next — the
 * buttons of each user's latest skill-check message and the blocks of each checklist message.
 * A call's bot is told by its bearer token ({@link #botOf}).
 */
final class BenchSlackApi implements AutoCloseable {
    static final String TEAM_ID = "T0001";
    /** DM channels of users in a skill check start with this; only their messages are parsed. */
    static final String CHECK_USER_PREFIX = "UC";
    /** Channels where checklists are shared start with this. */
    static final String CHECKLIST_CHANNEL_PREFIX = "CCHK";
    /** Users who ask questions in a DM start with this; when the answers arrive is noted. */
    static final String QUESTION_USER_PREFIX = "UQ";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong MESSAGE_TS = new AtomicLong();

    /** A button on a message as the generator clicks it. */
    record Button(String actionId, String blockId, String value) {
    }

    /** The clickable buttons of a user's latest skill-check message, and where that message is. */
    record CheckMessage(String channel, String ts, List<Button> buttons) {
    }

    /** The latest blocks of a checklist message. */
    record ChecklistMessage(String channel, String ts, JsonNode blocks) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fake-slack-api");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> botByToken;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, CheckMessage> checkMessages = new ConcurrentHashMap<>();
    private final Map<String, ChecklistMessage> checklistMessages = new ConcurrentHashMap<>();
    private final Map<String, Queue<Long>> answerTimes = new ConcurrentHashMap<>();

    static {
        // Without it the JDK's server writes headers and body separately on a socket with Nagle's algorithm on:
        // every call after the first on a keep-alive connection waits ~40 ms for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** {@code botByToken}: bearer token to a bot's short name (also the first path segment of its response URLs). */
    BenchSlackApi(Map<String, String> botByToken) throws IOException {
        this.botByToken = Map.copyOf(botByToken);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String bot, long id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + bot + "/" + id;
    }

    /** The latest skill-check message a bot sent this user, or null. */
    CheckMessage checkMessage(String bot, String userId) {
        return checkMessages.get(bot + "/" + userId);
    }

    ChecklistMessage checklistMessage(String bot, String channel) {
        return checklistMessages.get(bot + "/" + channel);
    }

    /** How many answers the bot posted in this user's DM and not yet taken. */
    int answerCount(String bot, String userId) {
        Queue<Long> times = answerTimes.get(bot + "/" + userId);
        return times == null ? 0 : times.size();
    }

    /** When (System.nanoTime) the bot's answers in this user's DM arrived, oldest first; forgets them. */
    List<Long> takeAnswerTimes(String bot, String userId) {
        Queue<Long> times = answerTimes.remove(bot + "/" + userId);
        return times == null ? List.of() : List.copyOf(times);
    }

    /** Calls per method of one bot so far (response URL posts as {@code response_url}). */
    Map<String, Long> counts(String bot) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((key, adder) -> {
            if (key.startsWith(bot + "/")) {
                result.put(key.substring(bot.length() + 1), adder.sum());
            }
        });
        return result;
    }

    long total(String bot) {
        return counts(bot).values().stream().mapToLong(Long::longValue).sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String answer;
            if (path.startsWith("/response/")) {
                String bot = path.substring("/response/".length(), path.indexOf('/', "/response/".length()));
                count(bot, "response_url");
                answer = "ok";
            } else if (path.startsWith("/api/")) {
                String method = path.substring("/api/".length());
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                String bot = auth == null ? "unknown" : botOf(auth.replaceFirst("(?i)^Bearer ", ""));
                count(bot, method);
                answer = answer(bot, method, params(exchange, body));
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private String botOf(String token) {
        return botByToken.getOrDefault(token, "unknown");
    }

    private void count(String bot, String method) {
        counts.computeIfAbsent(bot + "/" + method, k -> new LongAdder()).increment();
    }

    private static Map<String, String> params(HttpExchange exchange, byte[] body) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> params = new HashMap<>();
        if (contentType != null && contentType.startsWith("application/json")) {
            JsonNode json = JSON.readTree(body);
            json.properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return params;
        }
        String form = new String(body, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private String answer(String bot, String method, Map<String, String> params) throws IOException {
        String channel = params.getOrDefault("channel", "C1");
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
                    + "\"user\":\"careercoach\",\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "chat.postMessage", "chat.update" -> {
                String ts = method.equals("chat.update") ? params.get("ts")
                        : "1700000000." + String.format("%06d", MESSAGE_TS.incrementAndGet());
                remember(bot, channel, ts, params.get("blocks"));
                yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
            }
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000001\"}";
            case "views.open", "views.publish", "views.update" -> "{\"ok\":true,\"view\":{\"id\":\"V1\"}}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D"
                    + params.getOrDefault("users", "U1").split(",")[0] + "\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + params.getOrDefault("user", "U1")
                    + "\",\"name\":\"someone\",\"tz\":\"UTC\"}}";
            default -> "{\"ok\":true}";
        };
    }

    /** Keeps what the generator clicks next: skill-check buttons in DMs, checklist blocks in their channels. */
    private void remember(String bot, String channel, String ts, String blocksJson) throws IOException {
        if (channel.startsWith("D" + QUESTION_USER_PREFIX)) {
            answerTimes.computeIfAbsent(bot + "/" + channel.substring(1), k -> new ConcurrentLinkedQueue<>())
                    .add(System.nanoTime());
            return;
        }
        if (channel.startsWith("D" + CHECK_USER_PREFIX)) {
            List<Button> buttons = new ArrayList<>();
            if (blocksJson != null) {
                for (JsonNode block : JSON.readTree(blocksJson)) {
                    for (JsonNode element : block.path("elements")) {
                        String actionId = element.path("action_id").asText();
                        if (isCheckButton(actionId)) {
                            buttons.add(new Button(actionId, block.path("block_id").asText("b1"),
                                    element.path("value").asText()));
                        }
                    }
                }
            }
            checkMessages.put(bot + "/" + channel.substring(1), new CheckMessage(channel, ts, List.copyOf(buttons)));
        } else if (channel.startsWith(CHECKLIST_CHANNEL_PREFIX) && blocksJson != null) {
            checklistMessages.put(bot + "/" + channel, new ChecklistMessage(channel, ts, JSON.readTree(blocksJson)));
        }
    }

    /** An answer in a skill check (this bot's or the peer's), resuming one, or starting the next one. */
    private static boolean isCheckButton(String actionId) {
        return actionId.startsWith("coach_answer_") || actionId.equals("coach_resume")
                || actionId.equals("coach_start") || actionId.startsWith("rate_");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
