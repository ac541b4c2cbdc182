package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Item;
import careercoach.guide.Section;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The passages of a section: each sentence of its prose, each item, each group's prose. They are what the
 * semantic search embeds and what a snippet shows. The model sees a passage with its section and group titles in
 * front ("Salary & Demand. Median Salary Range: Mid Level: ..."), so an item's words are read in their context.
 * The author's search aids (phrasings, keywords) are embedded too but never shown.
 */
final class Passages {

    /**
     * @param shown    the text a snippet shows; {@code null} for search aids
     * @param rowName  the name of an item with a range (a row of a table of pay by role or level: "Frontend Lead",
     *                 "Senior Level"), which a snippet matches with the role or level asked about; else empty
     */
    record Passage(String shown, String embedded, String rowName) {
        Passage(String shown, String embedded) {
            this(shown, embedded, "");
        }

        boolean showable() {
            return shown != null;
        }
    }

    private Passages() {
    }

    static List<Passage> of(Section section) {
        String context = section.title() + ". ";
        List<Passage> passages = new ArrayList<>();
        for (String sentence : sentences(section.text())) {
            passages.add(new Passage(sentence, context + sentence));
        }
        String sectionNames = names(section.items());
        section.items().forEach(item -> passages.add(new Passage(
                sectionNames.isEmpty() ? shownLine(item) : sectionNames, context + line(item), rowName(item))));
        for (Group group : section.groups()) {
            String groupContext = context + group.title() + ": ";
            for (String sentence : sentences(group.text())) {
                passages.add(new Passage(sentence, groupContext + sentence));
            }
            String groupNames = names(group.items());
            group.items().forEach(item -> passages.add(new Passage(
                    group.title() + ": " + (groupNames.isEmpty() ? shownLine(item) : groupNames),
                    groupContext + line(item), rowName(item))));
        }
        for (String phrasing : section.phrasings()) {
            passages.add(new Passage(null, context + phrasing));
        }
        if (!section.keywords().isEmpty()) {
            passages.add(new Passage(null, context + String.join(", ", section.keywords())));
        }
        if (passages.isEmpty()) {
            passages.add(new Passage(null, section.title()));
        }
        return passages.stream().filter(p -> !p.embedded().isBlank()).toList();
    }

    /**
     * Items that are names alone (companies, one a line or a line of names split), shown as one line of them all:
     * one name quoted alone reads as the only one. Empty when any item says more than its name, or there are fewer
     * than three. Each is still embedded alone, so what ranks the section is unchanged.
     */
    private static String names(List<Item> items) {
        if (items.size() < 3 || !items.stream().allMatch(i -> !i.name().isEmpty() && i.text().isEmpty()
                && i.details().isEmpty() && i.range().isBlank())) {
            return "";
        }
        return String.join(", ", items.stream().map(Item::name).toList());
    }

    private static String rowName(Item item) {
        return item.range().isBlank() ? "" : item.name();
    }

    private static String line(Item item) {
        if (item.name().isEmpty()) {
            return item.text();
        }
        return item.text().isEmpty() ? item.label() : item.name() + ": " + item.text();
    }

    /**
     * An item as a snippet shows it: with its salary range when its text does not say it already, so "what does the
     * role earn" is answered with the figure, not only the words around it. (The embedded line stays without it:
     * the model reads figures poorly and the range words would only blur what the item is about.)
     */
    private static String shownLine(Item item) {
        String line = line(item);
        // "~$160k–$210k base" is said by a text reading "around $160k–$210k base": the figure, not the tilde.
        if (item.range().isBlank() || line.contains(item.range().replaceFirst("^~\\s*", ""))) {
            return line;
        }
        return item.name().isEmpty() ? item.range() + ": " + line
                : item.name() + " (" + item.range() + ")" + line.substring(item.name().length());
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
