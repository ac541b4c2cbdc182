package careercoach.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code POST /slack/events}: verifies the signature, turns the Javalin request into a Bolt request, runs the Bolt
 * app and copies its response back. Bolt's own signature check is off (see {@link SlackSignatureVerifier}).
 */
public final class SlackEventsHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);

    private final Optional<SlackSignatureVerifier> verifier;
    private final App app;
    private final SlackRequestParser parser;
    private final MeterRegistry metrics;

    /** With no verifier (local mode, no signing secret) every request is refused. */
    public SlackEventsHandler(Optional<SlackSignatureVerifier> verifier, App app, MeterRegistry metrics) {
        this.verifier = verifier;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.metrics = metrics;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        Timer.Sample sample = Timer.start(metrics);
        byte[] body = ctx.bodyAsBytes();
        if (verifier.isEmpty() || !verifier.get().isValid(ctx.header("X-Slack-Request-Timestamp"),
                ctx.header("X-Slack-Signature"), body)) {
            LOG.warn("refused a request on /slack/events: {}",
                    verifier.isEmpty() ? "no signing secret configured (local mode)" : "bad or stale signature");
            ctx.status(401).result("invalid signature");
            record(sample, "unverified", 401);
            return;
        }
        String type = "unknown";
        try {
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(headers(ctx)))
                    .remoteAddress(ctx.ip())
                    .build());
            if (request == null) {
                ctx.status(400).result("unrecognised request");
                record(sample, type, 400);
                return;
            }
            type = request.getRequestType().name();
            Response response = app.run(request);
            write(ctx, response);
        } catch (Exception e) {
            LOG.error("failed to handle a {} request", type, e);
            ctx.status(500).result("");
        }
        record(sample, type, ctx.statusCode());
    }

    private void write(Context ctx, Response response) {
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        if (status == 404) {
            // Bolt answers 404 when no listener wants a payload; Slack would retry it, so acknowledge instead.
            ctx.status(200).result("");
            return;
        }
        ctx.status(status);
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    private void record(Timer.Sample sample, String type, int status) {
        sample.stop(metrics.timer("slack.ack", "type", type, "status", String.valueOf(status)));
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }
}
