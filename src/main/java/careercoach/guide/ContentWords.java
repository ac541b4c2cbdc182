package careercoach.guide;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a short text, stemmed: what two items' wordings have in common when their words are nearly
 * the same ("Hire, mentor and give feedback" and "Hire, coach and give feedback" share hire, give and feedback).
 * Joining and function words (Lucene's English stop words, and pronouns) do not count; each word is reduced to
 * its stem (Snowball English: "mentoring" and "mentors" are "mentor"), so a plural or another form of a word is the
 * same word.
 */
public final class ContentWords {
    private static final Set<String> FUNCTION_WORDS = Set.of("you", "your", "yours", "we", "our", "us", "i", "my",
            "me", "its", "his", "her", "them", "who", "what", "which", "how", "when", "where", "so", "than", "too",
            "very", "e", "g", "eg", "ie", "etc", "via", "per", "from", "about", "over", "up", "out", "off", "across");

    private ContentWords() {
    }

    /** The stems of the content words of {@code text}, each once, in order. */
    public static Set<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        Set<String> stems = new LinkedHashSet<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String word : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word)
                    || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                continue;
            }
            stemmer.setCurrent(word);
            stemmer.stem();
            stems.add(stemmer.getCurrent());
        }
        return stems;
    }

    /** The stems {@code a} and {@code b} have in common. */
    public static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common;
    }

    /** Dice's coefficient of two sets of stems: twice what they share over their sizes together; 0 for two empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * shared(a, b).size() / (a.size() + b.size());
    }
}
