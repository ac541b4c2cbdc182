package careercoach.slack;

import careercoach.search.Answer;

import java.util.Locale;

/**
 * Text longer than is read ({@link Answer#MAX_QUESTION_CHARS}; a pasted page, a word said a thousand times), said
 * plainly in one wording wherever it is typed: as a question, it is not answered from its first lines; where a role
 * is expected ({@code /career compare}, {@code check}, {@code role}), it is not looked up as a role name (slow fuzzy
 * matching over every guide) nor echoed back in a "no guide for …" line.
 */
public final class TooLong {
    private TooLong() {
    }

    /** Whether {@code typed} is longer than a role or a question is read. */
    public static boolean asRole(String typed) {
        return Answer.isTooLong(typed);
    }

    /** The refusal of a question too long, with the limit and its length. */
    public static String question(String asked) {
        return refusal("questions", asked, "Ask it in a sentence or two: which role, and what you want to know about"
                + " it.");
    }

    /** The refusal of a role typed too long, with the limit and its length. */
    public static String role(String typed) {
        return refusal("roles", typed, "Name the role in a few words, as its guide is called.");
    }

    private static String refusal(String what, String typed, String instead) {
        return String.format(Locale.ROOT, "That is too long for me to answer well: I read %s of up to %,d characters,"
                + " and this one has %,d. %s", what, Answer.MAX_QUESTION_CHARS, typed.strip().length(), instead);
    }
}
