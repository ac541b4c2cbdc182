package careercoach.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.view.ViewState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How the kit turns a request away with one line for the person ({@code text}), on the surface it came from: a
 * slash command in its ack; a modal on its first field; a click in a note after the ack, through its response URL,
 * or (a click in the App Home has none) in a DM when {@code dmWithoutResponseUrl}; an event gets {@code event} (a
 * 5xx has Slack deliver it again); anything else, and a modal without fields, {@code otherwise}.
 */
record TurnAway(String text, Supplier<Response> event, Supplier<Response> otherwise, boolean dmWithoutResponseUrl) {
    private static final Logger LOG = LoggerFactory.getLogger(TurnAway.class);

    /**
     * @param notes where the note of a click is sent from, after the ack
     * @param what  what the note is, for {@link WebApi#respond}'s log and count
     */
    Response answer(Request<?> req, Executor notes, WebApi webApi, String what) {
        switch (req.getRequestType()) {
            case Command -> {
                JsonObject body = new JsonObject();
                body.addProperty("response_type", "ephemeral");
                body.addProperty("text", text);
                return Response.json(200, body);
            }
            case Event -> {
                return event.get();
            }
            case BlockAction -> {
                BlockActionPayload payload = ((BlockActionRequest) req).getPayload();
                String responseUrl = payload == null ? null : payload.getResponseUrl();
                String userId = payload == null || payload.getUser() == null ? null : payload.getUser().getId();
                if (responseUrl != null) {
                    notes.execute(() -> webApi.respond(what, () -> new Responder(req.getContext().getSlack(),
                            responseUrl).sendToAction(r -> r.responseType("ephemeral").replaceOriginal(false)
                            .text(text))));
                } else if (dmWithoutResponseUrl && userId != null) {
                    notes.execute(() -> {
                        try {
                            webApi.call("chat.postMessage", () -> req.getContext().client()
                                    .chatPostMessage(r -> r.channel(userId).text(text)));
                        } catch (SlackDeliveryException e) {
                            LOG.warn("could not tell a user to try again: {}", e.error());
                        }
                    });
                }
                return Response.ok();
            }
            case ViewSubmission -> {
                var view = ((ViewSubmissionRequest) req).getPayload().getView();
                Map<String, Map<String, ViewState.Value>> values = view.getState() == null ? null
                        : view.getState().getValues();
                if (values != null && !values.isEmpty()) {
                    JsonObject errors = new JsonObject();
                    errors.addProperty(values.keySet().iterator().next(), text);
                    JsonObject body = new JsonObject();
                    body.addProperty("response_action", "errors");
                    body.add("errors", errors);
                    return Response.json(200, body);
                }
                return otherwise.get();
            }
            default -> {
                return otherwise.get();
            }
        }
    }
}
