package careercoach.slack;

import careercoach.failure.StoreException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges a redelivered event (Slack retries when an ack was slow or lost) without running a listener again:
 * the {@code event_id} is answered once. A listener that fails (throws, or answers 5xx) releases its claim, so
 * Slack's retry of that event is handled instead of skipped.
 */
public final class EventDeduplication implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(EventDeduplication.class);
    private final ProcessedEvents processed;

    public EventDeduplication(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        String eventId = eventId(req.getRequestBodyAsString());
        if (eventId == null) {
            return chain.next(req);
        }
        String deliveryId = "event:" + eventId;
        boolean claimed;
        try {
            claimed = processed.claim(deliveryId);
        } catch (StoreException e) {
            // Answering a redelivery twice is better than not answering while the store is out of reach.
            LOG.warn("could not check event {} for redelivery, handling it: {}", eventId, e.getMessage());
            return chain.next(req);
        }
        if (!claimed) {
            LOG.info("skipped redelivered event {} (retry {})", eventId,
                    req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
            return Response.ok();
        }
        Response response;
        try {
            response = chain.next(req);
        } catch (Exception | Error e) {
            releaseQuietly(deliveryId);
            throw e;
        }
        if (response.getStatusCode() != null && response.getStatusCode() >= 500) {
            releaseQuietly(deliveryId);
        } else {
            try {
                processed.done(deliveryId);
            } catch (StoreException e) {
                LOG.warn("could not mark event {} as handled: {}", eventId, e.getMessage());
            }
        }
        return response;
    }

    private void releaseQuietly(String deliveryId) {
        try {
            processed.release(deliveryId);
        } catch (RuntimeException e) {
            LOG.warn("could not release delivery {} for a retry: {}", deliveryId, e.toString());
        }
    }

    private static String eventId(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject()) {
                JsonObject object = json.getAsJsonObject();
                return object.has("event_id") ? object.get("event_id").getAsString() : null;
            }
        } catch (RuntimeException e) {
            LOG.debug("event body is not JSON", e);
        }
        return null;
    }
}
