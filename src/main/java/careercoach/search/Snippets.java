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
 * <p>
 * In a table of pay by role or level (items with a range), the row quoted is the one the question names: first by
 * the question's own words ("at senior level" quotes Senior Level), then by the words of the guide's role, its
 * title (a frontend lead guide's "what does the role earn" quotes Frontend Lead, not the Head of Web line closest in
 * meaning); a row's share of its name's words decides, then how many of the question's words it names ("Principal
 * (Switzerland)" over "Principal" for pay in Switzerland), meaning only among rows named alike.
 */
final class Snippets {
    static final int MAX_CHARS = 300;

    /** One analysed word of a passage: its stem and where it stands. */
    record Word(String stem, int start, int end) {
    }

    /**
     * A passage that can be shown, analysed once, with its vector; {@code rowName} the stems of its name when it is
     * a row of a table of pay by role or level ({@link Passages.Passage#rowName}), else empty.
     */
    record Shown(String text, List<Word> words, float[] vector, Set<String> rowName) {
    }

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Shown shown(String text, float[] vector) {
        return shown(text, "", vector);
    }

    Shown shown(String text, String rowName, float[] vector) {
        return new Shown(text, analyse(text), vector, stems(rowName));
    }

    /** The analysed words of a text (a guide's title), as a snippet matches them. */
    Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        analyse(text).forEach(w -> stems.add(w.stem()));
        return Set.copyOf(stems);
    }

    String best(List<Shown> passages, String fallback, float[] question, Set<String> questionTerms) {
        return best(passages, fallback, question, questionTerms, Set.of());
    }

    /**
     * The snippet of a section: its passage closest in meaning to the question, or the row of a pay table that the
     * question's words, else the guide's role ({@code roleTerms}, the stems of its title), name best.
     */
    String best(List<Shown> passages, String fallback, float[] question, Set<String> questionTerms,
                Set<String> roleTerms) {
        if (passages.isEmpty()) {
            return fallback;
        }
        List<Shown> rows = namedRows(passages, questionTerms, roleTerms);
        Shown best = passages.get(0);
        float bestScore = Float.NEGATIVE_INFINITY;
        for (Shown passage : rows.isEmpty() ? passages : rows) {
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

    /**
     * The rows of a pay table named best by the question's words, else by the role's: those with the largest share
     * of their name's words said; none when no row's name has a word said.
     */
    private static List<Shown> namedRows(List<Shown> passages, Set<String> questionTerms, Set<String> roleTerms) {
        List<Shown> best = new ArrayList<>();
        double bestAsked = 0;
        long bestAskedWords = 0;
        double bestOwn = 0;
        for (Shown passage : passages) {
            if (passage.rowName().isEmpty()) {
                continue;
            }
            double asked = share(passage.rowName(), questionTerms);
            long askedWords = passage.rowName().stream().filter(questionTerms::contains).count();
            double own = share(passage.rowName(), roleTerms);
            if (asked == 0 && own == 0) {
                continue;
            }
            // Rows said in the same share: the one naming more of the question's words ("Principal (Switzerland)"
            // over "Principal" for "principals in Switzerland") says what was asked more precisely.
            int better = asked != bestAsked ? Double.compare(asked, bestAsked)
                    : askedWords != bestAskedWords ? Long.compare(askedWords, bestAskedWords)
                    : Double.compare(own, bestOwn);
            if (best.isEmpty() || better > 0) {
                best.clear();
                bestAsked = asked;
                bestAskedWords = askedWords;
                bestOwn = own;
            }
            if (best.isEmpty() || better >= 0) {
                best.add(passage);
            }
        }
        return best;
    }

    private static double share(Set<String> name, Set<String> said) {
        return (double) name.stream().filter(said::contains).count() / name.size();
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
