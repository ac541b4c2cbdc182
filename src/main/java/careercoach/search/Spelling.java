package careercoach.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Words whose correction is remembered, per version of the guides; past it, corrections are worked out anew. */
    private static final int REMEMBERED = 4096;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Predicate<String> isWord;
    /**
     * The corrections worked out in one reader (one version of the guides), by word; "" when there is none. Finding
     * one builds a Levenshtein automaton for the word and walks the guides' words with it, the dearest step of the
     * lexical search; the same misspelling ("sallary") is then looked up, not worked out again.
     */
    private volatile Corrections corrections = new Corrections(null, Map.of());

    private record Corrections(IndexReader reader, Map<String, String> byWord) {
    }

    /** @param isWord whether a lower-case word is a known English word */
    Spelling(Predicate<String> isWord) {
        this.isWord = isWord;
        checker.setAccuracy(0.7f);
        checker.setMinQueryLength(SearchTuning.MIN_CORRECTED_LENGTH);
        checker.setMaxEdits(1);
    }

    /**
     * The corrected question, when at least one word was corrected.
     *
     * @param known words the guides cover in another form (a stem or a synonym): never corrected
     */
    Optional<String> correct(String text, IndexReader reader, Predicate<String> known) throws IOException {
        Corrections remembered = corrections;
        if (remembered.reader() != reader) {
            remembered = new Corrections(reader, new ConcurrentHashMap<>());
            corrections = remembered;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = word;
            if (lower.length() >= SearchTuning.MIN_CORRECTED_LENGTH && !GuideAnalyzers.QUESTION_WORDS.contains(lower)
                    && !isWord.test(lower)
                    && reader.docFreq(new Term(SectionDocuments.WORDS, lower)) == 0 && !known.test(lower)) {
                String suggested = remembered.byWord().get(lower);
                if (suggested == null) {
                    SuggestWord[] suggestions = checker.suggestSimilar(new Term(SectionDocuments.WORDS, lower), 1, reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    suggested = suggestions.length > 0 ? suggestions[0].string : "";
                    if (remembered.byWord().size() < REMEMBERED) {
                        remembered.byWord().put(lower, suggested);
                    }
                }
                if (!suggested.isEmpty()) {
                    replacement = suggested;
                    changed = true;
                }
            }
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
