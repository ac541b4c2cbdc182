package careercoach.slack;

import careercoach.search.Answer;

import java.util.Locale;

/**
 * Text typed where a role is expected ({@code /career compare}, {@code check}, {@code role}) that is longer than a
 * question is read (a pasted page): refused in one wording, with the limit, rather than looked up as a role name
 * (slow fuzzy matching over every guide) and echoed back in a "no guide for …" line.
 */
public final class TooLong {
    private TooLong() {
    }

    /** Whether {@code typed} is longer than a role or question is read ({@link Answer#MAX_QUESTION_CHARS}). */
    public static boolean asRole(String typed) {
        return Answer.isTooLong(typed);
    }

    /** The refusal of a role typed too long, with the limit and its length. */
    public static String roleRefusal(String typed) {
        return String.format(Locale.ROOT, "That is too long for me to read as a role: I read up to %,d characters,"
                + " and this has %,d. Name the role in a few words, as its guide is called.",
                Answer.MAX_QUESTION_CHARS, typed.strip().length());
    }
}
