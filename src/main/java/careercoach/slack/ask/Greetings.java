package careercoach.slack.ask;

import java.util.Locale;
import java.util.Set;

/**
 * Messages that ask for the bot itself rather than for guide content: greetings and "help"; and those that only
 * thank or close a conversation, which need no search.
 */
final class Greetings {
    private static final Set<String> PHRASES = Set.of("hi", "hello", "hey", "hiya", "yo", "howdy", "help",
            "hi there", "hello there", "hey there", "good morning", "good afternoon", "good evening",
            "what can you do", "what do you do", "who are you");

    private static final Set<String> THANKS = Set.of("thanks", "thank you", "thx", "ty", "thanks a lot",
            "thanks so much", "thank you so much", "many thanks", "cheers", "bye", "goodbye", "thanks bye",
            "thank you bye", "ok thanks", "ok thank you", "okay thanks", "okay thank you", "great thanks",
            "perfect thanks", "got it thanks", "got it", "ok", "okay", "cool", "nice", "great", "perfect");

    private Greetings() {
    }

    static boolean isGreetingOrHelp(String text) {
        String normalized = normalized(text);
        return normalized.isEmpty() || PHRASES.contains(normalized);
    }

    /** A thank-you, a goodbye or a plain "ok": answered in one line, never searched nor refused. */
    static boolean isThanks(String text) {
        return THANKS.contains(normalized(text));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
