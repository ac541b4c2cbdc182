package careercoach.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The HTTP routes: Slack's Request URL, liveness, readiness and (unless moved to a management port) Prometheus
 * metrics, on a Jetty tuned by {@link HttpLimits}. Unknown paths answer 404 and wrong methods 405, without a trace.
 */
public final class WebServer {
    /** How long a stop waits for requests in flight. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    static final String SLACK_EVENTS = "/slack/events";
    private static final Set<String> KNOWN_PATHS = Set.of(SLACK_EVENTS, "/healthz", "/readyz", "/metrics",
            "/slack/install", "/slack/oauth_redirect");
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private WebServer() {
    }

    /**
     * The public server. {@code serveMetrics} false leaves {@code /metrics} to {@link #management}.
     *
     * @param host where to listen ({@code 0.0.0.0} for every interface)
     * @param port 0 picks a free one
     */
    public static Javalin create(String host, int port, HttpLimits limits, Handler slackEvents,
                                 BooleanSupplier ready, PrometheusMeterRegistry metrics, boolean serveMetrics) {
        return create(host, port, limits, slackEvents, ready, metrics, serveMetrics, cfg -> { });
    }

    /** The same, with {@code moreRoutes} declared next to the server's own (the local playground). */
    public static Javalin create(String host, int port, HttpLimits limits, Handler slackEvents,
                                 BooleanSupplier ready, PrometheusMeterRegistry metrics, boolean serveMetrics,
                                 Consumer<JavalinConfig> moreRoutes) {
        return Javalin.create(cfg -> {
            limit(cfg, host, port, limits, metrics);
            cfg.routes.post(SLACK_EVENTS, slackEvents);
            cfg.routes.get("/healthz", ctx -> ctx.result("ok"));
            cfg.routes.head("/healthz", ctx -> ctx.status(HttpStatus.OK));
            cfg.routes.get("/readyz", ctx -> {
                boolean isReady = ready.getAsBoolean();
                ctx.status(isReady ? 200 : 503).result(isReady ? "ready" : "starting");
            });
            if (serveMetrics) {
                cfg.routes.get("/metrics", ctx -> scrape(ctx, metrics));
            }
            moreRoutes.accept(cfg);
        });
    }

    /** The management server of {@code METRICS_PORT}: {@code /metrics} and {@code /healthz} only. */
    public static Javalin management(String host, int port, PrometheusMeterRegistry metrics) {
        return Javalin.create(cfg -> {
            limit(cfg, host, port, HttpLimits.DEFAULTS, metrics);
            cfg.routes.get("/metrics", ctx -> scrape(ctx, metrics));
            cfg.routes.get("/healthz", ctx -> ctx.result("ok"));
        });
    }

    /** The host a started server listens on ({@code 0.0.0.0} for every interface). */
    public static String host(Javalin server) {
        return ((ServerConnector) server.jettyServer().server().getConnectors()[0]).getHost();
    }

    private static void scrape(Context ctx, PrometheusMeterRegistry metrics) {
        ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }

    private static void limit(JavalinConfig cfg, String host, int port, HttpLimits limits,
                              MeterRegistry metrics) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = limits.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        // Jetty 12 wants an unbounded task queue; requests are bounded by the QoSHandler below instead.
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()));
        threads.setName("http");
        cfg.jetty.threadPool = threads;
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(limits.requestIdleTimeout().toMillis());
            http.setRequestHeaderSize(limits.maxRequestHeaderBytes());
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // No per-connection cache of repeated header lines: it costs about 100 KB a connection, outlives the
            // young generation with the connection and is then collected only by full collections; Slack's
            // requests repeat few header values (each carries its own signature and timestamp).
            http.setHeaderCacheSize(0);
        });
        cfg.jetty.addConnector((server, http) -> {
            // One acceptor and two selectors: 2 cores; everything else is left to the bounded request pool.
            ServerConnector connector = new ServerConnector(server, 1, 2, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(limits.connectionIdleTimeout().toMillis());
            connector.addBean(new ConnectionGuard(limits, connector.getScheduler(), metrics));
            return connector;
        });
        cfg.jetty.modifyServer(server -> {
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            // Outside in: every request counted (those refused by the handlers below too), then minimum body data
            // rate, announced size and body deadline, then the whole body read without holding a thread (413 past
            // the limit, chunked or not), then a bound on requests in the
            // application at once (the others wait without a thread, 503 when too many or too long), then
            // graceful stop (refuse new requests, wait for those in flight), then Javalin, which reads the body
            // blocking. Bodies still arriving are not "in flight": a stop does not wait for a slow client.
            MinimumDataRateHandler rate = new MinimumDataRateHandler(limits.minBodyBytesPerSecond(), 0);
            RequestBodyLimits bodyLimits = new RequestBodyLimits(limits.maxBodyBytes(), limits.bodyDeadline());
            EagerContentHandler eager = new EagerContentHandler(
                    new EagerContentHandler.RetainedContentLoaderFactory(limits.maxBodyBytes() + 1, 0, true));
            QoSHandler admission = new QoSHandler();
            admission.setMaxRequestCount(limits.maxActiveRequests());
            admission.setMaxSuspendedRequestCount(limits.maxWaitingRequests());
            admission.setMaxSuspend(limits.maxWait());
            GracefulHandler graceful = new GracefulHandler();
            RequestCounter counter = new RequestCounter(metrics, KNOWN_PATHS);
            counter.setHandler(rate);
            rate.setHandler(bodyLimits);
            bodyLimits.setHandler(eager);
            eager.setHandler(admission);
            admission.setHandler(graceful);
            server.setHandler(counter);
        });
    }
}
