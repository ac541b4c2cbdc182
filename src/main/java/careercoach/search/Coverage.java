package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a question the guides speak about: the share of its content words (question words removed) that
 * occur in the guides, directly or through a synonym. A word that names what a section is about (in a title, an
 * item's name, an author's keyword) counts fully; a word the guides only use in passing, in running text, counts
 * half. A question about dinner, the weather or a meeting room has no such words and is not answered, whatever
 * section BM25 happens to rank first.
 */
final class Coverage {

    private final Analyzer queryAnalyzer;
    private final Analyzer plain = GuideAnalyzers.plain();

    Coverage(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    private static final List<String> NAMING_FIELDS = List.of(SectionDocuments.NAMING);

    /** @param named how many content words name what a section is about */
    record Result(int contentWords, double covered, int named) {
    }

    Result of(String text, IndexReader reader) {
        int content = 0;
        double covered = 0;
        int named = 0;
        for (String word : contentWords(text)) {
            content++;
            double weight = weight(word, reader);
            covered += weight;
            named += weight == 1 ? 1 : 0;
        }
        return new Result(content, covered, named);
    }

    private double weight(String word, IndexReader reader) {
        List<String> stems = terms(queryAnalyzer, word);
        if (occursIn(stems, NAMING_FIELDS, reader)) {
            return 1;
        }
        return occursIn(stems, List.of(SectionDocuments.TEXT), reader) ? SearchTuning.PASSING_WORD : 0;
    }

    private static boolean occursIn(List<String> stems, List<String> fields, IndexReader reader) {
        try {
            for (String field : fields) {
                for (String stem : stems) {
                    if (reader.docFreq(new Term(field, stem)) > 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the guides use this word, one of its forms, or one of its synonyms. */
    boolean covers(String word, IndexReader reader) {
        return occursIn(terms(queryAnalyzer, word), List.of(SectionDocuments.TEXT), reader);
    }

    /** The question's words that say what it is about: not question words, not bare numbers. */
    List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : terms(plain, text)) {
            if (!GuideAnalyzers.QUESTION_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The analysed terms of a question, synonyms included: what a snippet highlights. */
    Set<String> stems(String text) {
        return new LinkedHashSet<>(terms(queryAnalyzer, text));
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SectionDocuments.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
