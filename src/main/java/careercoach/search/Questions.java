package careercoach.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Makes any user text safe to analyse: normalised, without control characters, of bounded length. */
final class Questions {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Questions() {
    }

    /**
     * Whether a question is longer than is searched ({@link GuideSearch#MAX_QUESTION_CHARS}, spaces and invisible
     * characters not counted twice): a pasted page or a word said a thousand times, not a question. Answering it
     * from its first few lines would pass off a guess as an answer.
     */
    static boolean tooLong(String question) {
        if (question == null) {
            return false;
        }
        // A Slack message is at most 40,000 characters; past the limit's tenfold the answer is the same.
        String text = question.length() > GuideSearch.MAX_QUESTION_CHARS * 10
                ? question.substring(0, GuideSearch.MAX_QUESTION_CHARS * 10) : question;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip().length()
                > GuideSearch.MAX_QUESTION_CHARS;
    }

    static String clean(String question) {
        if (question == null) {
            return "";
        }
        String text = question.length() > GuideSearch.MAX_QUESTION_CHARS * 2
                ? question.substring(0, GuideSearch.MAX_QUESTION_CHARS * 2) : question;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = SPACES.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (text.length() > GuideSearch.MAX_QUESTION_CHARS) {
            int cut = text.lastIndexOf(' ', GuideSearch.MAX_QUESTION_CHARS);
            text = text.substring(0, cut > 0 ? cut : GuideSearch.MAX_QUESTION_CHARS);
        }
        return text;
    }
}
