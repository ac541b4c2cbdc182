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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snippet of a hit: the passage of the section (a sentence, an item, a group's text) that matches most of the
 * question's terms, with the matching words in Slack bold ({@code *word*}). Passages are run through the guides'
 * own analysis, so "leading" is marked for a question about "leads"; each section is analysed once and kept.
 */
final class Snippets {
    static final int MAX_CHARS = 300;

    /** One analysed word of a passage: its stem and where it stands. */
    private record Word(String stem, int start, int end) {
    }

    private record Passage(String text, List<Word> words) {
    }

    private final Analyzer analyzer;
    private final Map<String, List<Passage>> passagesBySection = new ConcurrentHashMap<>();

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Forgets analysed passages, when the guides change. */
    void clear() {
        passagesBySection.clear();
    }

    /** @param sectionKey identifies the section's content (guide id and section id) */
    String best(String sectionKey, Section section, Set<String> questionTerms) {
        List<Passage> passages = passagesBySection.computeIfAbsent(sectionKey, k -> passages(section));
        if (passages.isEmpty()) {
            return section.title();
        }
        Passage best = passages.get(0);
        int bestMatches = 0;
        for (Passage passage : passages) {
            Set<String> matched = new HashSet<>();
            passage.words().forEach(w -> {
                if (questionTerms.contains(w.stem())) {
                    matched.add(w.stem());
                }
            });
            if (matched.size() > bestMatches) {
                best = passage;
                bestMatches = matched.size();
            }
        }
        return highlight(best, questionTerms);
    }

    private List<Passage> passages(Section section) {
        List<String> texts = new ArrayList<>(sentences(section.text()));
        section.items().forEach(item -> texts.add(line(item)));
        for (Group group : section.groups()) {
            texts.addAll(sentences(group.text()));
            group.items().forEach(item -> texts.add(group.title() + ": " + line(item)));
        }
        return texts.stream().filter(t -> !t.isBlank()).map(t -> new Passage(t, analyse(t))).toList();
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

    private List<Word> analyse(String passage) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(GuideSearch.TEXT, passage)) {
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
    private static String highlight(Passage passage, Set<String> questionTerms) {
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
