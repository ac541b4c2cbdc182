package careercoach.slack;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.SlackApiException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Direct messages and @mentions, routed as {@link CareerCommands} routes {@code /career}: each event is read once
 * into an {@link IncomingMessage}; a feature registers the phrases it answers ({@link #register}), and a message no
 * phrase matches goes to the {@link #fallback} (asking a question). So which feature answers does not depend on the
 * order features are installed in, and no feature sees another's messages. Phrases should not overlap; if two match,
 * the one registered first answers.
 */
public final class MessageRouter {
    /** Registered at install, read on every message: a copy per registration, no lock per message. */
    private final List<MessagePhrase> phrases = new CopyOnWriteArrayList<>();
    private volatile MessageHandler fallback;

    /** Adds a phrase; a name can be registered once. */
    public synchronized void register(MessagePhrase phrase) {
        if (phrases.stream().anyMatch(p -> p.name().equals(phrase.name()))) {
            throw new IllegalArgumentException("message phrase registered twice: " + phrase.name());
        }
        phrases.add(phrase);
    }

    /** What answers a message no phrase matches; there is one. */
    public synchronized void fallback(MessageHandler handler) {
        if (fallback != null) {
            throw new IllegalStateException("a fallback for messages is registered already");
        }
        fallback = handler;
    }

    /** The handler of the first phrase that matches, else the fallback; empty when neither is registered. */
    Optional<MessageHandler> handlerFor(IncomingMessage message) {
        for (MessagePhrase phrase : phrases) {
            if (phrase.matches().test(message)) {
                return Optional.of(phrase.handler());
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** Hands the message to the feature that answers it (features use it for messages they receive themselves). */
    public void route(IncomingMessage message, EventContext context) throws IOException, SlackApiException {
        Optional<MessageHandler> handler = handlerFor(message);
        if (handler.isPresent()) {
            handler.get().handle(message, context);
        }
    }
}
