package careercoach.web;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;

import java.util.List;

/**
 * What the logs and metrics say about a Slack request: the surface (Bolt's request type), the listener it is meant
 * for (command, event type, action id or view callback id) and who sent it from where. Never message text.
 * Each part is null when the payload does not carry it; reading a malformed payload never throws.
 */
record RequestFacts(String surface, String listener, String teamId, String userId, String channelId) {

    static RequestFacts of(Request<?> request) {
        String surface = request.getRequestType() == null ? "unknown" : request.getRequestType().name();
        String listener = safely(() -> listener(request));
        String teamId = safely(() -> request.getContext().getTeamId());
        String userId = safely(() -> request.getContext().getRequestUserId());
        String channelId = safely(() -> channel(request));
        return new RequestFacts(surface, listener, teamId, userId, channelId);
    }

    private static String listener(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getCommand();
        }
        if (request instanceof EventRequest event) {
            return event.getEventTypeAndSubtype();
        }
        if (request instanceof BlockActionRequest action) {
            List<BlockActionPayload.Action> actions = action.getPayload().getActions();
            return actions == null || actions.isEmpty() ? null : actions.get(0).getActionId();
        }
        if (request instanceof ViewSubmissionRequest view) {
            return view.getPayload().getView().getCallbackId();
        }
        return null;
    }

    private static String channel(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getChannelId();
        }
        if (request.getContext() instanceof EventContext context) {
            return context.getChannelId();
        }
        if (request instanceof BlockActionRequest action) {
            BlockActionPayload payload = action.getPayload();
            return payload.getChannel() != null ? payload.getChannel().getId()
                    : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        }
        return null;
    }

    private interface Part {
        String get();
    }

    private static String safely(Part part) {
        try {
            String value = part.get();
            // Ids are short; anything else is not an id worth a log field.
            return value == null || value.length() > 100 ? null : value;
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
