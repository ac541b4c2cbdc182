package careercoach.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.handler.StatisticsHandler;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The HTTP routes: Slack's Request URL, liveness, readiness and Prometheus metrics. */
public final class WebServer {
    /** How long a stop waits for requests in flight. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private WebServer() {
    }

    public static Javalin create(Handler slackEvents, BooleanSupplier ready, PrometheusMeterRegistry metrics) {
        return Javalin.create(cfg -> {
                    cfg.showJavalinBanner = false;
                    cfg.jetty.modifyServer(server -> {
                        // Jetty stops gracefully (refuses new requests, waits for those in flight) only through a
                        // Graceful handler such as StatisticsHandler; Javalin attaches its own handler inside it.
                        server.setHandler(new StatisticsHandler());
                        server.setStopTimeout(STOP_TIMEOUT.toMillis());
                    });
                    cfg.requestLogger.http((ctx, ms) -> metrics.counter("http.requests",
                            "path", route(ctx), "status", String.valueOf(ctx.statusCode())).increment());
                })
                .post("/slack/events", slackEvents)
                .get("/healthz", ctx -> ctx.result("ok"))
                .get("/readyz", ctx -> {
                    boolean isReady = ready.getAsBoolean();
                    ctx.status(isReady ? 200 : 503).result(isReady ? "ready" : "starting");
                })
                .get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
    }

    /** The matched route, for the metric's label; a request no route matched has none (and must stay a 404). */
    private static String route(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            return "unmatched";
        }
    }
}
