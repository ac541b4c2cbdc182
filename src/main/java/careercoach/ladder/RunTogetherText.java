package careercoach.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a line of text copied from a rendered page, where the blocks of the page (list entries, headings, cells)
 * lost the breaks between them: "…incremental rollout)Service-to-service…", "Entry LevelNot typical…",
 * "AmazonGoogleMicrosoft…". A block ends and the next begins where
 * <ul>
 *   <li>a closing bracket, or a sentence's full stop after a lower-case letter, is directly followed by a capital;</li>
 *   <li>a lower-case letter is directly followed by the start of a capitalised word ("Not", "E-commerce"), when the
 *       word before has at least {@value #MIN_WORD_BEFORE} letters and the one after at least
 *       {@value #MIN_WORD_AFTER}: names written in camel case have a short first part ("DevOps", "JavaScript",
 *       "GitHub", "LinkedIn") and stay whole;</li>
 *   <li>a word is made of three or more capitalised parts ("AmazonGoogleMicrosoft"): a run of names, one each.</li>
 * </ul>
 * Two long capitalised words written together as one name ("PagerDuty", "PowerPoint") are split too: plain text
 * does not say which they are. Lines that a list marker or heading already delimits are not split at all.
 */
final class RunTogetherText {
    static final int MIN_WORD_BEFORE = 5;
    static final int MIN_WORD_AFTER = 3;
    private static final Pattern RUN_OF_NAMES = Pattern.compile("(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+){3,}(?![\\p{L}])");
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");

    private RunTogetherText() {
    }

    /** The blocks of the line, stripped, in order; the line itself when nothing was run together. */
    static List<String> split(String line) {
        TreeSet<Integer> cuts = new TreeSet<>();
        Matcher run = RUN_OF_NAMES.matcher(line);
        while (run.find()) {
            Matcher capital = CAPITAL.matcher(line).region(run.start() + 1, run.end());
            while (capital.find()) {
                cuts.add(capital.start());
            }
        }
        for (int i = 1; i < line.length(); i++) {
            char before = line.charAt(i - 1);
            if (!Character.isUpperCase(line.charAt(i))) {
                continue;
            }
            boolean bracketClosed = before == ')' || before == ']';
            boolean sentenceEnded = (before == '.' || before == '!' || before == '?') && i >= 2
                    && Character.isLowerCase(line.charAt(i - 2)) && startsWord(line, i);
            boolean wordsJoined = Character.isLowerCase(before) && startsWord(line, i)
                    && wordBefore(line, i) >= MIN_WORD_BEFORE && wordAfter(line, i) >= MIN_WORD_AFTER;
            if (bracketClosed || sentenceEnded || wordsJoined) {
                cuts.add(i);
            }
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            add(pieces, line.substring(from, cut));
            from = cut;
        }
        add(pieces, line.substring(from));
        return pieces;
    }

    /** A capital followed by a lower-case letter ("Not"), or by a hyphen and one ("E-commerce"). */
    private static boolean startsWord(String s, int i) {
        return i + 1 < s.length() && (Character.isLowerCase(s.charAt(i + 1))
                || s.charAt(i + 1) == '-' && i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 2)));
    }

    /** Letters of the word that ends at {@code i}, back to its capital or to a non-letter. */
    private static int wordBefore(String s, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && Character.isLetter(s.charAt(j)); j--) {
            n++;
            if (Character.isUpperCase(s.charAt(j))) {
                break;
            }
        }
        return n;
    }

    /** Letters and hyphens of the word that starts at {@code i}, up to the next capital or non-letter. */
    private static int wordAfter(String s, int i) {
        int n = 1;
        for (int j = i + 1; j < s.length() && (Character.isLowerCase(s.charAt(j)) || s.charAt(j) == '-'); j++) {
            n++;
        }
        return n;
    }

    private static void add(List<String> pieces, String piece) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            pieces.add(stripped);
        }
    }
}
