package careercoach.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Did-you-mean: a word of the question that is not an English word and that the guides do not use is replaced by
 * the closest word they do use ("sallary" → "salary", "circut" → "circuit"), taken from the guides' own vocabulary.
 * A real word is never "corrected" into a guide word one letter away ("leading" stays, "Metal" does not become
 * "Meta"): the embedding model's vocabulary of whole words tells which words are English.
 */
final class Spelling {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Predicate<String> isWord;

    /** @param isWord whether a lower-case word is a known English word */
    Spelling(Predicate<String> isWord) {
        this.isWord = isWord;
        checker.setAccuracy(0.7f);
        checker.setMinQueryLength(5);
        checker.setMaxEdits(1);
    }

    /**
     * The corrected question, when at least one word was corrected.
     *
     * @param known words the guides cover in another form (a stem or a synonym): never corrected
     */
    Optional<String> correct(String text, IndexReader reader, Predicate<String> known) throws IOException {
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (lower.length() >= 5 && !GuideAnalyzers.QUESTION_WORDS.contains(lower) && !isWord.test(lower)
                    && reader.docFreq(new Term(GuideSearch.WORDS, lower)) == 0 && !known.test(lower)) {
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(GuideSearch.WORDS, lower), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
