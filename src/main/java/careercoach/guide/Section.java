package careercoach.guide;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of a guide: the unit of an answer. It holds prose ({@code text}), items, and titled groups of items.
 * {@code keywords} and {@code phrasings} are search aids written by content authors; they are never shown.
 */
public record Section(String id, String title, String text, List<Item> items, List<Group> groups,
                      List<String> keywords, List<String> phrasings) {

    public Section {
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
        groups = groups == null ? List.of() : List.copyOf(groups);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }

    /** The section's own items followed by the items of each group, in document order. */
    public List<Item> allItems() {
        if (groups.isEmpty()) {
            return items;
        }
        List<Item> all = new ArrayList<>(items);
        groups.forEach(g -> all.addAll(g.items()));
        return List.copyOf(all);
    }
}
