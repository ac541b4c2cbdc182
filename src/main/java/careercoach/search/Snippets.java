package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The snippet of a hit: the passage of the section (a sentence, an item, a group's prose) closest in meaning to the
 * question, with the question's words in Slack bold ({@code *word*}). Meaning decides; shared words only break
 * near-ties, so "how much does a lead earn" shows the lead's salary line rather than the line that says entry level
 * is not typical for leads.
 */
final class Snippets {
    static final int MAX_CHARS = 300;

    /** One analysed word of a passage: its stem and where it stands. */
    record Word(String stem, int start, int end) {
    }

    /** A passage that can be shown, analysed once, with its vector. */
    record Shown(String text, List<Word> words, float[] vector) {
    }

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Shown shown(String text, float[] vector) {
        return new Shown(text, analyse(text), vector);
    }

    String best(List<Shown> passages, String fallback, float[] question, Set<String> questionTerms) {
        if (passages.isEmpty()) {
            return fallback;
        }
        Shown best = passages.get(0);
        float bestScore = Float.NEGATIVE_INFINITY;
        for (Shown passage : passages) {
            Set<String> matched = new HashSet<>();
            for (Word w : passage.words()) {
                if (questionTerms.contains(w.stem())) {
                    matched.add(w.stem());
                }
            }
            float score = (question == null ? 0 : SentenceEmbedder.dot(question, passage.vector()))
                    + SearchTuning.SHARED_WORD_WEIGHT * matched.size();
            if (score > bestScore) {
                best = passage;
                bestScore = score;
            }
        }
        return highlight(best, questionTerms);
    }

    private List<Word> analyse(String passage) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SectionDocuments.TEXT, passage)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /** The passage, cut to {@link #MAX_CHARS} at a word boundary, with the question's words in bold. */
    private static String highlight(Shown passage, Set<String> questionTerms) {
        String text = passage.text();
        int length = text.length();
        String ellipsis = "";
        if (length > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS - 1);
            length = cut > 0 ? cut : MAX_CHARS - 1;
            ellipsis = "…";
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Word word : passage.words()) {
            if (word.end() > length) {
                break;
            }
            if (questionTerms.contains(word.stem()) && word.start() >= last) {
                out.append(text, last, word.start()).append('*').append(text, word.start(), word.end()).append('*');
                last = word.end();
            }
        }
        return out.append(text, last, length).append(ellipsis).toString();
    }
}
