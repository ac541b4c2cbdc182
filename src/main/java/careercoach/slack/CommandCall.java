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

    /** A person as Slack sends one in a command's text ({@code <@U123|alice>}), or typed as {@code @alice}. */
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            "<@[UW][A-Z0-9]+(?:\\|[^>]*)?>|@\\S+");

    /**
     * Whether the text after the command names a person rather than a role ({@code /career check @alice}): commands
     * that take a role then say so, instead of echoing the mention back as a role they have no guide for.
     */
    public boolean argsNameAPerson() {
        return PERSON.matcher(args.strip()).matches();
    }

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
