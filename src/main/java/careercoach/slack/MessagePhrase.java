package careercoach.slack;

import java.util.function.Predicate;

/**
 * Something a person may write to the bot that a feature answers itself ("check my skills" starts a skill check),
 * instead of it being asked as a question. {@code name} says what it is (for logs and a clear refusal of a second
 * registration); {@code matches} decides on the whole message, so a phrase can hold in direct messages only.
 */
public record MessagePhrase(String name, Predicate<IncomingMessage> matches, MessageHandler handler) {
}
