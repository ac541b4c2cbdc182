package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.SkillCheckResult;
import careercoach.coach.WalkResult;
import careercoach.failure.StoreException;
import careercoach.guide.Guide;
import careercoach.slack.Presses;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackSurface;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * A guided conversation's messages in the person's DM: the first one when it starts (or the offer to resume), each
 * later state in place of the last, and the counts of conversations started, finished and abandoned.
 */
final class DmConversations {
    private static final Logger LOG = LoggerFactory.getLogger(DmConversations.class);

    private final Coach coach;
    private final CoachRenderer renderer;
    private final Coach.SameSkills sameSkills;
    private final DmChannels dmChannels;

    DmConversations(Coach coach, CoachRenderer renderer, Coach.SameSkills sameSkills, DmChannels dmChannels) {
        this.coach = coach;
        this.renderer = renderer;
        this.sameSkills = sameSkills;
        this.dmChannels = dmChannels;
    }

    /** Starts (or offers to resume) a conversation and posts its first message in the user's DM, after the ack. */
    void startInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide guide,
                   ConversationKind kind, boolean fresh) {
        startInDm(surface, client, teamId, userId, guide, kind, fresh, null);
    }

    /**
     * As {@link #startInDm(SlackSurface, MethodsClient, String, String, Guide, ConversationKind, boolean)}, in the
     * DM's thread {@code threadTs} when set (an assistant thread: the conversation runs where it was asked for).
     */
    void startInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide guide,
                   ConversationKind kind, boolean fresh, String threadTs) {
        startInDm(surface, client, teamId, userId, guide, kind, fresh, threadTs, null);
    }

    /**
     * As above, for the press {@code press} of a button ({@link Presses}, null for none): marked done once the start
     * is stored, given back when it could not be, so pressing again then tries again.
     */
    void startInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide guide,
                   ConversationKind kind, boolean fresh, String threadTs, String press) {
        startAfterAck(surface, client, teamId, userId, threadTs, kind, press, () -> fresh
                ? new Coach.Start.Started(coach.startAgain(teamId, userId, guide, kind))
                : coach.start(teamId, userId, guide, kind));
    }

    /**
     * Starts (or offers to resume) a skill check toward another role and posts it in the user's DM, after the ack:
     * pre-marking compares skills by meaning, which takes a moment.
     */
    void startTowardInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide own,
                         Guide target, boolean fresh) {
        startTowardInDm(surface, client, teamId, userId, own, target, fresh, null);
    }

    /** As above, in the DM's thread {@code threadTs} when set. */
    void startTowardInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide own,
                         Guide target, boolean fresh, String threadTs) {
        startTowardInDm(surface, client, teamId, userId, own, target, fresh, threadTs, null);
    }

    /** As above, for the press {@code press} of a button (null for none), as {@link #startInDm} settles it. */
    void startTowardInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide own,
                         Guide target, boolean fresh, String threadTs, String press) {
        startAfterAck(surface, client, teamId, userId, threadTs, ConversationKind.SKILL_CHECK, press,
                () -> coach.startToward(
                teamId, userId, own, target, ConversationKind.SKILL_CHECK, sameSkills, fresh));
    }

    static void countConversation(SlackSurface surface, ConversationKind kind, String outcome) {
        surface.metrics().counter("career.conversations", "kind", kind.name(), "outcome", outcome).increment();
    }

    /**
     * Starts a conversation on the surface's executor and posts its first message (or the offer to resume one) in the
     * user's DM; a database out of reach gets a one-line apology there instead.
     */
    private void startAfterAck(SlackSurface surface, MethodsClient client, String teamId, String userId,
                               String threadTs, ConversationKind kind, String press,
                               Supplier<Coach.Start> starting) {
        surface.executor().execute(() -> {
            Coach.Start start;
            try {
                start = starting.get();
                if (press != null) {
                    Presses.settle(surface, press, true);
                }
            } catch (StoreException e) {
                if (press != null) {
                    Presses.settle(surface, press, false);
                }
                LOG.warn("could not start a conversation: {}", e.getMessage());
                dm(surface, client, userId, threadTs, "I couldn't start that just now: my database is out of reach for a"
                        + " moment. Please try again in a moment.");
                return;
            }
            if (start instanceof Coach.Start.AlreadyStarted && threadTs == null) {
                // The same start pressed again: its first message is in the DM, and its buttons still work.
                LOG.info("a conversation started moments ago was started again and kept");
                return;
            }
            List<LayoutBlock> blocks;
            String text;
            // Asked in a thread, the check started moments ago may be in another one: offer it where it was asked.
            if (start instanceof Coach.Start.ResumeOffered || start instanceof Coach.Start.AlreadyStarted) {
                blocks = renderer.resumeOffer(start.conversation(), coach.guideOf(start.conversation()),
                        surface.guides().guideFor(teamId, userId));
                text = "Resume or start again?";
            } else {
                countConversation(surface, kind, "started");
                blocks = render(start.conversation());
                text = fallback(start.conversation());
            }
            try {
                String channel = surface.webApi().call("conversations.open",
                        () -> client.conversationsOpen(r -> r.users(List.of(userId)))).getChannel().getId();
                dmChannels.remember(teamId, userId, channel);
                surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                        .threadTs(threadTs).text(text).blocks(blocks)));
            } catch (SlackDeliveryException e) {
                LOG.warn("could not start a conversation in a DM: {}", e.error());
            }
        });
    }

    /** The conversation's message as it stands: its question, its pause, or its result. */
    List<LayoutBlock> render(Conversation c) {
        Guide guide = coach.guideOf(c);
        return switch (c.status()) {
            case ACTIVE -> renderer.question(c, guide);
            case PAUSED -> renderer.paused(c);
            case FINISHED -> c.kind().isSkillCheck()
                    ? renderer.skillResult(SkillCheckResult.of(c, guide), c.kind(),
                    c.isTowardRole() ? Optional.of(guide) : Optional.empty())
                    : renderer.walkResult(WalkResult.of(c, guide));
        };
    }

    static String fallback(Conversation c) {
        return switch (c.status()) {
            case ACTIVE -> CoachRenderer.title(c.kind()) + ": question " + c.position() + " of " + c.total();
            case PAUSED -> CoachRenderer.title(c.kind()) + " paused";
            case FINISHED -> CoachRenderer.title(c.kind()) + " finished";
        };
    }

    /** Shows the conversation's new state in place of the clicked message (a new DM when it is not known). */
    void replaceMessage(SlackSurface surface, MethodsClient client, Click origin, Conversation c) {
        replaceMessage(surface, client, origin, fallback(c), render(c));
    }

    /** Shows {@code blocks} in place of the clicked message (a new DM when it is not known). */
    void replaceMessage(SlackSurface surface, MethodsClient client, Click origin, String text,
                        List<LayoutBlock> blocks) {
        try {
            if (origin.channelId() != null && origin.messageTs() != null) {
                surface.webApi().call("chat.update", () -> client.chatUpdate(r -> r.channel(origin.channelId())
                        .ts(origin.messageTs()).text(text).blocks(blocks)));
            } else {
                surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r
                        .channel(origin.userId()).text(text).blocks(blocks)));
            }
        } catch (SlackDeliveryException e) {
            LOG.warn("could not update a conversation's message: {}", e.error());
        }
    }

    /** A plain DM from the bot (Slack opens the DM when the channel is a user id). */
    static void dm(SlackSurface surface, MethodsClient client, String userId, String text) {
        dm(surface, client, userId, null, text);
    }

    /** A plain DM from the bot, in the DM's thread {@code threadTs} when set. */
    static void dm(SlackSurface surface, MethodsClient client, String userId, String threadTs, String text) {
        try {
            surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(userId)
                    .threadTs(threadTs).text(text)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not send a DM: {}", e.error());
        }
    }
}
