package careercoach.slack;

import careercoach.failure.StoreException;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
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

    private Response tryAgain(Request req) {
        switch (req.getRequestType()) {
            case Command -> {
                JsonObject body = new JsonObject();
                body.addProperty("response_type", "ephemeral");
                body.addProperty("text", TRY_AGAIN);
                return Response.json(200, body);
            }
            case BlockAction -> {
                BlockActionPayload payload = ((BlockActionRequest) req).getPayload();
                String responseUrl = payload.getResponseUrl();
                String userId = payload.getUser() == null ? null : payload.getUser().getId();
                executor.execute(() -> {
                    if (responseUrl != null) {
                        webApi.respond("store unavailable", () -> new Responder(req.getContext().getSlack(),
                                responseUrl).sendToAction(r -> r.responseType("ephemeral").replaceOriginal(false)
                                .text(TRY_AGAIN)));
                    } else if (userId != null) {
                        try {
                            webApi.call("chat.postMessage", () -> req.getContext().client()
                                    .chatPostMessage(r -> r.channel(userId).text(TRY_AGAIN)));
                        } catch (SlackDeliveryException e) {
                            LOG.warn("could not tell a user to try again: {}", e.error());
                        }
                    }
                });
                return Response.ok();
            }
            case ViewSubmission -> {
                var state = ((ViewSubmissionRequest) req).getPayload().getView().getState();
                if (state != null && state.getValues() != null && !state.getValues().isEmpty()) {
                    JsonObject errors = new JsonObject();
                    errors.addProperty(state.getValues().keySet().iterator().next(), TRY_AGAIN);
                    JsonObject body = new JsonObject();
                    body.addProperty("response_action", "errors");
                    body.add("errors", errors);
                    return Response.json(200, body);
                }
                return Response.builder().statusCode(503).body("store unavailable").build();
            }
            default -> {
                // Events and the rest: Slack delivers them again later, when the store may be back.
                return Response.builder().statusCode(503).body("store unavailable").build();
            }
        }
    }
}
