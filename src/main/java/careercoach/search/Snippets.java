package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The snippet of a hit: the passage of the section (a sentence, an item, a group's text) that matches most of the
 * question's terms, with the matching words in Slack bold ({@code *word*}). The words are found by running the
 * passage through the guides' own analysis, so "leading" is marked for a question about "leads".
 */
final class Snippets {
    static final int MAX_CHARS = 300;

    private final Analyzer analyzer;
    private final Set<String> questionTerms;

    Snippets(Analyzer analyzer, Set<String> questionTerms) {
        this.analyzer = analyzer;
        this.questionTerms = questionTerms;
    }

    String best(Section section) {
        List<String> passages = passages(section);
        String best = passages.isEmpty() ? section.title() : passages.get(0);
        int bestMatches = 0;
        for (String passage : passages) {
            int matches = distinctMatches(passage);
            if (matches > bestMatches) {
                best = passage;
                bestMatches = matches;
            }
        }
        return highlight(trim(best));
    }

    private static List<String> passages(Section section) {
        List<String> passages = new ArrayList<>(sentences(section.text()));
        section.items().forEach(item -> passages.add(line(item)));
        for (Group group : section.groups()) {
            passages.addAll(sentences(group.text()));
            group.items().forEach(item -> passages.add(group.title() + ": " + line(item)));
        }
        passages.removeIf(String::isBlank);
        return passages;
    }

    private static String line(Item item) {
        if (item.name().isEmpty()) {
            return item.text();
        }
        return item.text().isEmpty() ? item.label() : item.name() + ": " + item.text();
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            sentences.add(text.substring(start, end).strip());
        }
        return sentences;
    }

    private static String trim(String passage) {
        if (passage.length() <= MAX_CHARS) {
            return passage;
        }
        int cut = passage.lastIndexOf(' ', MAX_CHARS - 1);
        return passage.substring(0, cut > 0 ? cut : MAX_CHARS - 1) + "…";
    }

    /** The distinct question terms a passage contains: how well it answers. */
    private int distinctMatches(String passage) {
        Set<String> seen = new HashSet<>();
        analyse(passage, (term, start, end) -> seen.add(term));
        return seen.size();
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private void analyse(String passage, TermSink sink) {
        try (TokenStream stream = analyzer.tokenStream(GuideSearch.TEXT, passage)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (questionTerms.contains(term.toString())) {
                    sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String highlight(String passage) {
        StringBuilder out = new StringBuilder();
        int[] last = {0};
        analyse(passage, (term, start, end) -> {
            if (start >= last[0]) {
                out.append(passage, last[0], start).append('*').append(passage, start, end).append('*');
                last[0] = end;
            }
        });
        return out.append(passage.substring(last[0])).toString();
    }
}
