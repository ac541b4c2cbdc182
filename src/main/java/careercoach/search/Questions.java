package careercoach.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Makes any user text safe to analyse: normalised, without control characters, of bounded length. */
final class Questions {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Questions() {
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
