package careercoach.slack;

import careercoach.failure.MalformedPayloadException;
import careercoach.text.UserText;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message a person sent the bot, read once from its event: a direct message, or an @mention in a channel.
 * {@code text} is what they typed ({@link UserText#fromSlack}; in a mention, without the mention of the bot);
 * {@code threadTs} is the thread the message was posted in, null when it was posted outside a thread;
 * {@code eventId} is the delivery's id (the same on Slack's redeliveries); {@code teamId} is the team the sender's
 * data is kept under ({@link TeamKey}).
 */
public record IncomingMessage(Kind kind, String teamId, String userId, String channelId, String ts, String threadTs,
                              String text, String eventId, Optional<String> viewedChannel) {

    /** Where the message was written. */
    public enum Kind {
        /** In the person's DM with the bot ({@code message.im}). */
        DIRECT,
        /** In a channel, mentioning the bot ({@code app_mention}). */
        MENTION,
        /** In a thread of the assistant view, which lives in the person's DM with the bot. */
        ASSISTANT
    }

    /** Said to a file sent without words: the words of a message with a file are answered, the file is not read. */
    public static final String FILES_NOT_READ = "I can't read files. Ask me in words, and I'll answer from the career"
            + " guides.";
    private static final Pattern BOT_MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    public IncomingMessage {
        if (userId == null || channelId == null) {
            throw new MalformedPayloadException("a message event without user or channel");
        }
        text = text == null ? "" : text;
        viewedChannel = viewedChannel == null ? Optional.empty() : viewedChannel;
    }

    /** A message written with no channel open beside it (any but an assistant thread's). */
    public IncomingMessage(Kind kind, String teamId, String userId, String channelId, String ts, String threadTs,
                           String text, String eventId) {
        this(kind, teamId, userId, channelId, ts, threadTs, text, eventId, Optional.empty());
    }

    /** Written in the person's DM with the bot: directly, or in a thread of the assistant view. */
    public boolean isDirect() {
        return kind == Kind.DIRECT || kind == Kind.ASSISTANT;
    }

    public boolean isAssistant() {
        return kind == Kind.ASSISTANT;
    }

    /** The thread an answer goes to: a mention's or an assistant thread's; null for a DM (answered in the DM). */
    public String replyThread() {
        return kind == Kind.DIRECT ? null : thread();
    }

    /**
     * A message in an assistant thread ({@code threadTs}) from a person, their data kept under {@code teamId};
     * {@code viewedChannel} is the channel they have open beside the thread, if any.
     */
    public static IncomingMessage inAssistantThread(String teamId, String userId, String channelId, String ts,
                                                    String threadTs, String text, String eventId,
                                                    Optional<String> viewedChannel) {
        return new IncomingMessage(Kind.ASSISTANT, teamId, userId, channelId, ts, threadTs,
                UserText.fromSlack(text), eventId, viewedChannel);
    }

    public boolean isMention() {
        return kind == Kind.MENTION;
    }

    /** The same message, its sender's data kept under {@code teamKey} (the request's {@link TeamKey}). */
    public IncomingMessage keptUnder(String teamKey) {
        return new IncomingMessage(kind, teamKey, userId, channelId, ts, threadTs, text, eventId, viewedChannel);
    }

    /** The thread a reply in the thread of this message goes to: the one it is in, or the one it starts. */
    public String thread() {
        return threadTs != null ? threadTs : ts;
    }

    /** A direct message from a person; empty for channel messages and for bots (ourselves included). */
    public static Optional<IncomingMessage> of(EventsApiPayload<MessageEvent> payload) {
        MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || !isFromPerson(event.getBotId(), event.getSubtype())) {
            return Optional.empty();
        }
        return Optional.of(new IncomingMessage(Kind.DIRECT, payload.getTeamId(), event.getUser(), event.getChannel(),
                event.getTs(), event.getThreadTs(), UserText.fromSlack(event.getText()), payload.getEventId()));
    }

    /**
     * A direct message with a file attached ({@code file_share}), read by its words: the file itself is not read.
     * Empty for channel messages.
     */
    public static Optional<IncomingMessage> ofFileShare(EventsApiPayload<MessageFileShareEvent> payload) {
        MessageFileShareEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || event.getUser() == null) {
            return Optional.empty();
        }
        return Optional.of(new IncomingMessage(Kind.DIRECT, payload.getTeamId(), event.getUser(), event.getChannel(),
                event.getTs(), event.getThreadTs(), UserText.fromSlack(event.getText() == null ? "" : event.getText()), payload.getEventId()));
    }

    /** A mention of the bot by a person; empty for bots and for edits of a mention (answered when first posted). */
    static Optional<IncomingMessage> ofMention(EventsApiPayload<AppMentionEvent> payload) {
        AppMentionEvent event = payload.getEvent();
        if (!isFromPerson(event.getBotId(), event.getSubtype()) || event.getEdited() != null) {
            return Optional.empty();
        }
        String text = event.getText() == null ? ""
                : UserText.fromSlack(BOT_MENTION.matcher(event.getText()).replaceAll(" "));
        return Optional.of(new IncomingMessage(Kind.MENTION, payload.getTeamId(), event.getUser(), event.getChannel(),
                event.getTs(), event.getThreadTs(), text, payload.getEventId()));
    }

    /** Never answer bots (ourselves included), nor edits, deletions and other message subtypes. */
    private static boolean isFromPerson(String botId, String subtype) {
        return botId == null && subtype == null;
    }
}
