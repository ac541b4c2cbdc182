package careercoach.playground;

import careercoach.config.Config;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Local mode's playground: a page at {@code /} that looks and behaves like a small Slack workspace and drives the
 * real app. What a person does there becomes a signed Slack request to the app's own {@code /slack/events}
 * ({@link PageActions}); what the bot sends goes to {@link SlackApiStandIn}, which keeps the {@link Workspace};
 * every change reaches the page as a server-sent event. The bot gets a bot token and a signing secret made up for
 * this process and does not know it is not talking to Slack.
 */
public final class Playground implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Playground.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Reads what the page sends: a few levels deep at most (a modal's values are the deepest, five levels), so a
     * body nested thousands deep is refused while it is read.
     */
    private static final ObjectMapper PAGE_JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build());
    /** Where index.html takes the page's token. */
    private static final String TOKEN_MARK = "PAGE-TOKEN";
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "blockkit.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    /** Deletes what the bot keeps about one person, as {@code /career forget-me} does. */
    @FunctionalInterface
    public interface Forget {
        void forget(String teamId, String userId);
    }

    /** Waits until the app has finished the work it started after its acks; true when it has. */
    @FunctionalInterface
    public interface Idle {
        boolean await(Duration timeout) throws InterruptedException;
    }

    private final String botToken;
    private final String signingSecret;
    private final Workspace workspace = new Workspace();
    private final SlackApiStandIn slack;
    private final SlackRequests requests;
    private final PageActions actions;
    private final PageGuard guard = new PageGuard();
    private final Set<SseClient> pages = new CopyOnWriteArraySet<>();
    private final ExecutorService pusher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "playground-push");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pushPending = new AtomicBoolean();
    private Forget forget;
    private Idle idle = timeout -> true;

    /** Starts the stand-in for Slack's Web API (before the bot is built: Bolt checks its token at once). */
    public Playground() {
        this.botToken = "xoxb-playground-" + randomHex(12);
        this.signingSecret = randomHex(32);
        this.slack = new SlackApiStandIn(workspace, botToken);
        this.requests = new SlackRequests(signingSecret);
        this.actions = new PageActions(workspace, slack, requests);
        workspace.onChange(version -> schedulePush());
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The configuration the bot runs with: the local one plus this process's token, secret and Web API. */
    public Config botConfig(Config local) {
        return local.withSlack(botToken, signingSecret, URI.create(slack.apiUrl()));
    }

    /** How Reset deletes the bot's data about the playground's people, and waits for the bot's pending work. */
    public void connect(Forget forget, Idle idle) {
        this.forget = forget;
        this.idle = idle;
    }

    /** The page and its endpoints; the one place routes are declared. */
    public void routes(JavalinConfig cfg) {
        cfg.routes.get("/", guarded(guard::checkPage, this::index));
        cfg.routes.get("/playground/assets/{name}", guarded(guard::checkPage, this::asset));
        cfg.routes.get("/playground/state", guarded(guard::checkRead,
                ctx -> json(ctx, workspace.stateFor(person(ctx.queryParam("as"))))));
        cfg.routes.get("/playground/files/{id}", guarded(guard::checkPage, this::file));
        cfg.routes.before("/playground/stream", guarded(guard::checkPage, ctx -> { }));
        cfg.routes.sse("/playground/stream", this::page);
        cfg.routes.post("/playground/{action}", guarded(guard::checkAction, this::action));
    }

    /** A check that may refuse a request before its handler runs. */
    @FunctionalInterface
    private interface Check {
        Optional<PageGuard.Refusal> refusal(Context ctx);
    }

    private static Handler guarded(Check check, Handler handler) {
        return ctx -> {
            Optional<PageGuard.Refusal> refused = check.refusal(ctx);
            if (refused.isPresent()) {
                LOG.warn("playground: refused {} {}: {}", ctx.method(), ctx.path(), refused.get().reason());
                ctx.skipRemainingHandlers();
                ctx.status(refused.get().status());
                json(ctx, JSON.createObjectNode().put("ok", false).put("error", refused.get().reason()));
                return;
            }
            handler.handle(ctx);
        };
    }

    /** Where the app now listens: the page's actions go there, to {@code /slack/events}. */
    public void serving(int port) {
        requests.target(port);
        guard.serving(port);
    }

    public static String url(int port) {
        return "http://localhost:" + port + "/";
    }

    public Workspace workspace() {
        return workspace;
    }

    private String person(String id) {
        if (id == null || !workspace.isPerson(id)) {
            return workspace.people().get(0).id();
        }
        return id;
    }

    /** The page, with a token of its own for its requests. */
    private void index(Context ctx) throws IOException {
        try (InputStream in = Playground.class.getResourceAsStream("/playground/index.html")) {
            if (in == null) {
                ctx.status(404).result("not found");
                return;
            }
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(TOKEN_MARK, guard.newToken());
            ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(page);
        }
    }

    /** An uploaded file (the progress chart) for a person who may see it: shared into a channel they are in. */
    private void file(Context ctx) {
        Optional<byte[]> bytes = workspace.fileFor(ctx.pathParam("id"), person(ctx.queryParam("as")));
        if (bytes.isEmpty()) {
            ctx.status(404).result("not found");
            return;
        }
        ctx.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .contentType("image/png").result(bytes.get());
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            ctx.status(404).result("not found");
            return;
        }
        resource(ctx, name, type);
    }

    private static void resource(Context ctx, String name, String contentType) throws IOException {
        try (InputStream in = Playground.class.getResourceAsStream("/playground/" + name)) {
            if (in == null) {
                ctx.status(404).result("not found");
                return;
            }
            ctx.header("Cache-Control", "no-cache").contentType(contentType).result(in.readAllBytes());
        }
    }

    private void action(Context ctx) throws Exception {
        ObjectNode result = JSON.createObjectNode().put("ok", true);
        try {
            JsonNode body = body(ctx.body());
            String as = text(body, "as");
            switch (ctx.pathParam("action")) {
                case "send" -> actions.send(as, text(body, "channel"), text(body, "text"),
                        body.hasNonNull("threadTs") ? text(body, "threadTs") : null);
                case "home" -> actions.openHome(as);
                case "assistant" -> actions.openAssistant(as, text(body, "viewing"));
                case "assistant-context" -> actions.viewAssistantBeside(as, text(body, "channel"),
                        text(body, "threadTs"), text(body, "viewing"));
                case "action" -> actions.act(as, object(body, "where"), object(body, "action"));
                case "suggest" -> result.set("options", actions.suggest(as, object(body, "where"),
                        object(body, "action")));
                case "submit" -> {
                    ObjectNode errors = result.putObject("errors");
                    JsonNode values = body.hasNonNull("values") ? object(body, "values") : JSON.createObjectNode();
                    actions.submit(as, text(body, "viewId"), values).forEach(errors::put);
                }
                case "close" -> actions.close(as, text(body, "viewId"));
                case "workflow" -> actions.runWorkflowStep(as, text(body, "step"), object(body, "inputs"));
                case "reset" -> reset();
                default -> {
                    ctx.status(404).result("not found");
                    return;
                }
            }
        } catch (PageActions.BadAction e) {
            ctx.status(400);
            result.put("ok", false).put("error", e.getMessage());
        } catch (RuntimeException e) {
            // Not the page's fault: the trace goes to the log once, the page gets one line.
            LOG.error("playground: {} failed", ctx.path(), e);
            ctx.status(500);
            result.put("ok", false).put("error", "the playground failed; the server log says why");
        }
        json(ctx, result);
    }

    /** The page's JSON object; anything else is a bad action with one line saying why. */
    private static JsonNode body(String text) {
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode body;
        try {
            body = PAGE_JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String reason = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new PageActions.BadAction("the body is not JSON: "
                    + (reason.length() > 120 ? reason.substring(0, 120) + "…" : reason));
        }
        if (body == null || !body.isObject()) {
            throw new PageActions.BadAction("the body must be a JSON object");
        }
        return body;
    }

    /** A text field ("" when absent). */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new PageActions.BadAction("'" + field + "' must be text");
        }
        return value.asText();
    }

    private static ObjectNode object(JsonNode body, String field) {
        if (body.get(field) instanceof ObjectNode object) {
            return object;
        }
        throw new PageActions.BadAction("'" + field + "' must be a JSON object");
    }

    /**
     * Empties the workspace and deletes what the bot keeps about the playground's people (their conversations,
     * plans, checklists, choices), through the same forget-me the bot offers.
     */
    public void reset() throws InterruptedException {
        if (!idle.await(Duration.ofSeconds(10))) {
            LOG.warn("playground reset while the bot was still busy; late messages may appear");
        }
        if (forget != null) {
            workspace.people().forEach(p -> forget.forget(Workspace.TEAM_ID, p.id()));
        }
        workspace.clear();
        LOG.info("playground reset");
    }

    private void page(SseClient client) {
        client.keepAlive();
        client.onClose(() -> pages.remove(client));
        pages.add(client);
        client.sendEvent("version", String.valueOf(workspace.version()));
    }

    /** Pushes the latest version to every page, once for a burst of changes, off the workspace's lock. */
    private void schedulePush() {
        if (pushPending.compareAndSet(false, true)) {
            pusher.execute(() -> {
                pushPending.set(false);
                String version = String.valueOf(workspace.version());
                for (SseClient client : pages) {
                    try {
                        if (client.terminated()) {
                            pages.remove(client);
                        } else {
                            client.sendEvent("version", version);
                        }
                    } catch (RuntimeException e) {
                        pages.remove(client);
                    }
                }
            });
        }
    }

    private static void json(Context ctx, JsonNode json) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(json));
    }

    /** Ends the pages' event streams, so the server can stop without waiting for them. */
    public void disconnectPages() {
        pages.forEach(client -> {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.debug("a page's stream did not close cleanly", e);
            }
        });
        pages.clear();
    }

    @Override
    public void close() {
        disconnectPages();
        pusher.shutdownNow();
        slack.close();
    }
}
