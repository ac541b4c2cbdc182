package careercoach.slack;

import careercoach.failure.StoreException;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * When the database cannot be reached, a listener's change fails before anything is stored (every change is one
 * transaction). This turns that failure into "try again in a moment" for the person instead of an error page,
 * and counts it; once the database is back, the connection pool reconnects on its own and the same click works.
 */
public final class StoreOutage implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOutage.class);
    public static final String TRY_AGAIN = "I couldn't save that: my database is out of reach for a moment."
            + " Nothing was changed. Please try again in a moment.";
    /** Events and the rest are answered 503: Slack delivers them again later, when the store may be back. */
    private static final TurnAway TURN_AWAY = new TurnAway(TRY_AGAIN, StoreOutage::unavailable,
            StoreOutage::unavailable, true);

    private final WebApi webApi;
    private final ExecutorService executor;
    private final MeterRegistry metrics;

    public StoreOutage(WebApi webApi, ExecutorService executor, MeterRegistry metrics) {
        this.webApi = webApi;
        this.executor = executor;
        this.metrics = metrics;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(req);
        } catch (StoreException e) {
            LOG.warn("a {} could not reach the store: {}", req.getRequestType(), e.getMessage());
            metrics.counter("career.store.unavailable", "type", String.valueOf(req.getRequestType())).increment();
            return tryAgain(req);
        }
    }

    private static Response unavailable() {
        return Response.builder().statusCode(503).body("store unavailable").build();
    }

    private Response tryAgain(Request<?> req) {
        return TURN_AWAY.answer(req, executor, webApi, "store unavailable");
    }
}
