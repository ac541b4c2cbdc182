package careercoach.guide;

import java.util.List;
import java.util.Optional;

/**
 * One career guide (one role), read from {@code index-data/guides/<id>.yml}.
 * Section ids are shared by all guides: {@link SectionIds}.
 */
public record Guide(String id, String title, String subtitle, List<Section> sections) {

    public Guide {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> sectionId.equals(s.id())).findFirst();
    }

    /** Resolves a reference of the form {@code section-id/item-id}, as used by {@link Item#actions()}. */
    public Optional<Item> item(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String itemId = ref.substring(slash + 1);
        return section(ref.substring(0, slash))
                .flatMap(s -> s.allItems().stream().filter(i -> itemId.equals(i.id())).findFirst());
    }
}
