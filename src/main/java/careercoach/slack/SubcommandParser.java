package careercoach.slack;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Parses the text of {@code /career}: the longest registered subcommand name that starts it (case-insensitive,
 * whole words); {@code ask <q>} or unknown text of two or more words (or ending in "?") is a question ({@code ask}
 * alone is the subcommand with nothing to ask); the empty text, {@code help} and a single unknown word are help.
 */
public final class SubcommandParser {
    static final String HELP = "help";
    static final String ASK = "ask";

    private final List<List<String>> names;

    public SubcommandParser(Collection<String> subcommandNames) {
        this.names = subcommandNames.stream()
                .map(n -> words(n.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((List<String> w) -> w.size()).reversed())
                .toList();
    }

    public ParsedCommand parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        List<String> words = words(trimmed);
        if (words.isEmpty() || (words.size() == 1 && words.get(0).equalsIgnoreCase(HELP))) {
            return new ParsedCommand.Help("");
        }
        if (words.get(0).equalsIgnoreCase(ASK)) {
            String question = trimmed.substring(words.get(0).length()).strip();
            // "ask" alone is ask with nothing to ask: its handler says how, in one line.
            return question.isEmpty() ? new ParsedCommand.Named(ASK, "") : new ParsedCommand.Question(question);
        }
        for (List<String> name : names) {
            if (startsWith(words, name)) {
                return new ParsedCommand.Named(String.join(" ", name), rest(trimmed, name.size()));
            }
        }
        if (words.size() == 1 && !trimmed.endsWith("?")) {
            return new ParsedCommand.Help(trimmed);
        }
        return new ParsedCommand.Question(trimmed);
    }

    private static boolean startsWith(List<String> words, List<String> name) {
        if (words.size() < name.size()) {
            return false;
        }
        for (int i = 0; i < name.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(name.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text after the first {@code count} words, as typed. */
    private static String rest(String text, int count) {
        String rest = text;
        for (int i = 0; i < count; i++) {
            rest = rest.stripLeading();
            int space = indexOfWhitespace(rest);
            rest = space < 0 ? "" : rest.substring(space);
        }
        return rest.strip();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
