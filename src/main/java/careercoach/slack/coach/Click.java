package careercoach.slack.coach;

import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackSurface;
import careercoach.slack.TeamKey;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Where a click on a conversation's message came from (so the message can be replaced), and the notes only the
 * clicking user sees: next to the clicked message, or in their DM when the click came from the App Home.
 * {@code threadTs} is the thread the clicked message is in, null when it is in none.
 */
record Click(String teamId, String userId, String channelId, String messageTs, String threadTs) {
    private static final Logger LOG = LoggerFactory.getLogger(Click.class);

    /** The click's team is the one its data is kept under ({@link TeamKey}). */
    static Click of(BlockActionRequest req) {
        BlockActionPayload payload = req.getPayload();
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        if (TeamKey.teamOf(payload) == null || payload.getUser() == null
                || payload.getUser().getId() == null) {
            throw new IllegalArgumentException("a click without team or user id");
        }
        // A message in a thread (an assistant thread's conversation): what follows from it goes to that thread.
        String thread = payload.getContainer() != null && payload.getContainer().getThreadTs() != null
                ? payload.getContainer().getThreadTs()
                : payload.getMessage() == null ? null : payload.getMessage().getThreadTs();
        return new Click(TeamKey.of(req.getContext(), payload), payload.getUser().getId(), channel,
                ts, thread);
    }

    /**
     * The thread of the person's DM with the bot the clicked message is in (an assistant thread), where what the
     * click starts goes; null for a message outside a thread or outside the DM.
     */
    String dmThread() {
        return channelId != null && channelId.startsWith("D") ? threadTs : null;
    }

    /** A note only the clicking user sees, next to the message they clicked (in its thread). */
    void note(SlackSurface surface, ActionContext ctx, String text) {
        note(surface, ctx, text, null);
    }

    void note(SlackSurface surface, ActionContext ctx, String text, List<LayoutBlock> blocks) {
        try {
            if (channelId != null) {
                surface.webApi().call("chat.postEphemeral", () -> ctx.client().chatPostEphemeral(r -> r
                        .channel(channelId).user(userId).threadTs(threadTs).text(text).blocks(blocks)));
            } else {
                surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                        .channel(userId).text(text).blocks(blocks)));
            }
        } catch (SlackDeliveryException e) {
            LOG.warn("could not send a note: {}", e.error());
        }
    }

    /** Replaces the clicked note (a confirmation the user answered) with {@code text}. */
    static void replaceNote(SlackSurface surface, ActionContext ctx, String text) {
        surface.webApi().respond("forget-me answer", () -> ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(true).text(text)));
    }
}
