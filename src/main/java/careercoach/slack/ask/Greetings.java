package careercoach.slack.ask;

import java.util.Locale;
import java.util.Set;

/** Messages that ask for the bot itself rather than for guide content: greetings and "help". */
final class Greetings {
    private static final Set<String> PHRASES = Set.of("hi", "hello", "hey", "hiya", "yo", "howdy", "help",
            "hi there", "hello there", "hey there", "good morning", "good afternoon", "good evening",
            "what can you do", "what do you do", "who are you");

    private Greetings() {
    }

    static boolean isGreetingOrHelp(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ")
                .replaceAll("\\s+", " ").strip();
        return normalized.isEmpty() || PHRASES.contains(normalized);
    }
}
