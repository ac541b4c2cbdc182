package careercoach.slack;

import careercoach.failure.MalformedPayloadException;
import careercoach.guide.Guide;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;

/**
 * A {@code /career} subcommand as received: which one, the text after its name ({@code args}, raw as typed),
 * the user's current guide, and Bolt's payload and context (for {@code ack}, {@code respond}, {@code client}).
 */
public record CommandCall(String name, String args, Guide guide, SlashCommandPayload payload,
                          SlashCommandContext context) {

    /** The team the caller's data is kept under ({@link TeamKey}). */
    public String teamId() {
        return TeamKey.of(context, payload.getTeamId());
    }

    public String userId() {
        return payload.getUserId();
    }

    /** The channel it was typed in; a command without one is a malformed payload. */
    public String channelId() {
        String channel = payload.getChannelId();
        if (channel == null || channel.isEmpty()) {
            throw new MalformedPayloadException("a slash command without channel_id");
        }
        return channel;
    }

    public String triggerId() {
        return payload.getTriggerId();
    }

    public String responseUrl() {
        return payload.getResponseUrl();
    }
}
