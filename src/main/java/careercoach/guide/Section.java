package careercoach.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A section of a guide: the unit of an answer. It holds prose ({@code text}), items, and titled groups of items.
 * {@code keywords} and {@code phrasings} are search aids written by content authors; they are never shown.
 * {@code kind} is which of the standard kinds ({@link SectionKinds}) the section is, or none: features and the
 * labelled questions find sections by kind, so a guide may name its sections as it likes.
 */
public record Section(String id, String title, String text, List<Item> items, List<Group> groups,
                      List<String> keywords, List<String> phrasings, Optional<String> kind) {

    public Section {
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
        groups = groups == null ? List.of() : List.copyOf(groups);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
        kind = kind == null ? Optional.empty() : kind;
    }

    /** A section of the kind its id is, or else its title or id names ({@link SectionKinds#inferred}). */
    public Section(String id, String title, String text, List<Item> items, List<Group> groups,
                   List<String> keywords, List<String> phrasings) {
        this(id, title, text, items, groups, keywords, phrasings, SectionKinds.inferred(id, title));
    }

    /** Whether this section is of {@code kind}. */
    public boolean is(String kind) {
        return this.kind.filter(kind::equals).isPresent();
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
