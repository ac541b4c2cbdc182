package careercoach.web;

import careercoach.failure.Failures;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code POST /slack/events}: verifies the signature, turns the Javalin request into a Bolt request, runs the Bolt
 * app and copies its response back. Bolt's own signature check is off (see {@link SlackSignatureVerifier}).
 * <p>
 * Every request ends in one log line with its request id, surface, listener, team, user and channel ids, outcome
 * and duration (never message text); the same ids are in the MDC for every line logged while it runs.
 * A signed but malformed payload gets 400 (unreadable) or 200 (a listener could not use it) and one warning,
 * never 500: Slack would retry it, and a stack trace per forged request helps nobody. Only what a parser raises on
 * the payload itself is malformed ({@link Failures#isMalformedInput}); any other failure is ours: logged once with
 * its trace, counted in {@code slack_listener_failures_total}, and answered 500 so Slack delivers an event again. A signed request sent again
 * (see {@link ReplayGuard}) gets an empty 200 and does nothing: the request was taken the first time, and to Slack
 * anything else would be an error shown to the person (or, for an event, a reason to send it again).
 */
public final class SlackEventsHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);
    /** MDC keys, also the JSON field names of log lines. */
    static final String REQUEST_ID = "request_id";
    static final List<String> FIELDS = List.of(REQUEST_ID, "surface", "listener", "team_id", "user_id",
            "channel_id");

    private final Optional<SlackSignatureVerifier> verifier;
    private final App app;
    private final SlackRequests requests;
    private final ReplayGuard replays;
    private final MeterRegistry metrics;

    /**
     * With no verifier (local mode, no signing secret) every request is refused.
     *
     * @param seenSignatures where the signatures of requests taken are remembered, to refuse replays
     */
    public SlackEventsHandler(Optional<SlackSignatureVerifier> verifier, App app, SeenSignatures seenSignatures,
                              MeterRegistry metrics) {
        this.verifier = verifier;
        this.app = app;
        this.requests = new SlackRequests(app.config());
        this.replays = new ReplayGuard(seenSignatures);
        this.metrics = metrics;
    }

    /** How a request ended: the status sent, a word for the logs and the ack timer's {@code type}. */
    private record Outcome(int status, String word, String type) {
    }

    @Override
    public void handle(@NotNull Context ctx) {
        // Acks are a few KB to Slack's data centres: compressing them costs more CPU than the bytes are worth.
        ctx.disableCompression();
        Timer.Sample sample = Timer.start(metrics);
        long started = System.nanoTime();
        MDC.put(REQUEST_ID, Long.toHexString(ThreadLocalRandom.current().nextLong()));
        Outcome outcome = new Outcome(500, "failed", "unknown");
        try {
            outcome = process(ctx);
        } finally {
            ctx.status(outcome.status());
            sample.stop(metrics.timer("slack.ack", "type", outcome.type(), "status",
                    String.valueOf(outcome.status())));
            LOG.atInfo()
                    .addKeyValue("outcome", outcome.word())
                    .addKeyValue("status", outcome.status())
                    .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
                    .log("slack request {}", outcome.word());
            FIELDS.forEach(MDC::remove);
        }
    }

    private Outcome process(Context ctx) {
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (HttpResponseException tooLarge) {
            LOG.warn("refused a request on /slack/events: {}", tooLarge.getMessage());
            ctx.result("body too large");
            return new Outcome(tooLarge.getStatus(), "too_large", "unread");
        } catch (Exception unreadable) {
            // The body stopped arriving (deadline, minimum data rate, idle timeout) or the client went away.
            LOG.warn("dropped a request on /slack/events whose body did not arrive in time: {}",
                    Failures.oneLine(unreadable));
            ctx.result("body not received in time");
            return new Outcome(408, "body_timeout", "unread");
        }
        if (verifier.isEmpty() || !verifier.get().isValid(ctx.header("X-Slack-Request-Timestamp"),
                ctx.header("X-Slack-Signature"), body)) {
            LOG.warn("refused a request on /slack/events: {}",
                    verifier.isEmpty() ? "no signing secret configured (local mode)" : "bad or stale signature");
            ctx.result("invalid signature");
            return new Outcome(401, "unverified", "unverified");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Request<?> request;
        try {
            request = requests.parse(text, new RequestHeaders(headers(ctx)), ctx.path(), ctx.queryParamMap(),
                    ctx.ip());
        } catch (RuntimeException e) {
            LOG.warn("refused a malformed Slack payload: {}", Failures.oneLine(e));
            ctx.result("malformed payload");
            return new Outcome(400, "malformed", "malformed");
        }
        if (request == null) {
            return unrecognised(ctx, text);
        }
        RequestFacts facts = RequestFacts.of(request);
        put("surface", facts.surface());
        put("listener", facts.listener());
        put("team_id", facts.teamId());
        put("user_id", facts.userId());
        put("channel_id", facts.channelId());
        // Events are taken once by their event_id (EventDeduplication), which lets Slack's retry of a failed
        // delivery through; everything else Slack sends once, so the same signature again is a replay. Whatever
        // headers come with it: they are not signed.
        if (request.getRequestType() != RequestType.Event
                && !replays.firstTime(ctx.header("X-Slack-Signature"), ctx.header("X-Slack-Request-Timestamp"))) {
            LOG.warn("refused a replayed {} request: its signature was taken before", facts.surface());
            ctx.result("");
            return new Outcome(200, "replayed", "replayed");
        }
        Response response;
        try {
            response = app.run(request);
        } catch (RejectedExecutionException busy) {
            // The work queue is full: Slack retries events later, and a user sees that the command failed.
            LOG.warn("refused a {} request: {}", facts.surface(), busy.getMessage());
            ctx.result("busy");
            return new Outcome(503, "overloaded", facts.surface());
        } catch (Exception e) {
            if (Failures.isMalformedInput(e)) {
                // Acknowledged: the payload will not get better by being sent again.
                LOG.warn("a listener could not use a {} payload: {}", facts.surface(), Failures.oneLine(e));
                ctx.result("");
                return new Outcome(200, "listener_refused", facts.surface());
            }
            // Our fault, not the sender's: logged with its trace, counted, and a 500 so Slack sends an event again.
            metrics.counter("slack.listener.failures", "surface", facts.surface()).increment();
            LOG.error("failed to handle a {} request", facts.surface(), e);
            ctx.result("");
            return new Outcome(500, "failed", facts.surface());
        }
        return write(ctx, response, facts);
    }

    /** Bolt recognises no such payload. Slack's rate-limit notice is one we expect; anything else is refused. */
    private Outcome unrecognised(Context ctx, String body) {
        String type = payloadType(body);
        if ("app_rate_limited".equals(type)) {
            metrics.counter("slack.events.rate_limited").increment();
            LOG.warn("Slack is dropping events for this app: it sent more than 30,000 events in a minute"
                    + " (app_rate_limited)");
            ctx.result("");
            return new Outcome(200, "rate_limited_notice", "AppRateLimited");
        }
        LOG.warn("refused an unrecognised Slack payload (type {})", type == null ? "none" : type);
        ctx.result("unrecognised request");
        return new Outcome(400, "unrecognised", "unrecognised");
    }

    private Outcome write(Context ctx, Response response, RequestFacts facts) {
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        if (status == 404) {
            // Bolt answers 404 when no listener wants a payload; Slack would retry it, so acknowledge instead.
            if (facts.surface().equals(RequestType.Event.name())) {
                LOG.debug("no listener for event {}", facts.listener());
            } else {
                LOG.warn("no listener for {} {}", facts.surface(), facts.listener());
            }
            ctx.result("");
            return new Outcome(200, "no_listener", facts.surface());
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
        return new Outcome(status, status < 400 ? "acked" : "refused", facts.surface());
    }

    private static String payloadType(String body) {
        try {
            String json = body.startsWith("payload=")
                    ? java.net.URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8)
                    : body;
            JsonElement element = JsonParser.parseString(json);
            if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                JsonElement type = object.get("type");
                if (type != null && type.isJsonPrimitive()) {
                    String value = type.getAsString();
                    return value.matches("[a-z_]{1,40}") ? value : "other";
                }
            }
            return null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }
}
