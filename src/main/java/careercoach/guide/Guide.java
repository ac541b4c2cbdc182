package careercoach.guide;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One career guide (one role), read from {@code index-data/guides/<id>.yml}.
 * Each section has its own id and, usually, a kind shared by all guides ({@link SectionKinds}): features find a
 * section by its kind ({@link #sectionOfKind}), references such as item actions by its id ({@link #section}).
 * {@code aliases} are other names people use for the role
 * ("Lead Data Engineer", "SDET lead"): questions naming the role by any of them are answered from this guide, and so
 * are those naming it by the initials its names give ({@link RoleInitials}: "DE lead", "EM"), listed or not.
 */
public record Guide(String id, String title, String subtitle, List<String> aliases, List<Section> sections) {

    public Guide {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sections = List.copyOf(sections);
    }

    /** A guide with no aliases. */
    public Guide(String id, String title, String subtitle, List<Section> sections) {
        this(id, title, subtitle, List.of(), sections);
    }

    /** The title, then the aliases: every name of the role. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        if (title != null) {
            names.add(title);
        }
        names.addAll(aliases);
        return List.copyOf(names);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> sectionId.equals(s.id())).findFirst();
    }

    /**
     * The section of {@code kind} ({@link SectionIds}): the first one when the guide has several of that kind; empty
     * when it has none, which a feature says rather than showing another section.
     */
    public Optional<Section> sectionOfKind(String kind) {
        return sections.stream().filter(s -> s.is(kind)).findFirst();
    }

    /**
     * This guide with the sections named in {@code kinds} (section id to kind) of those kinds; itself when there are
     * none.
     */
    public Guide withKinds(Map<String, String> kinds) {
        if (kinds.isEmpty()) {
            return this;
        }
        List<Section> read = sections.stream().map(s -> !kinds.containsKey(s.id()) ? s
                : new Section(s.id(), s.title(), s.text(), s.items(), s.groups(), s.keywords(), s.phrasings(),
                Optional.of(kinds.get(s.id())))).toList();
        return new Guide(id, title, subtitle, aliases, read);
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

    /**
     * The label of the item a reference names; for a reference this guide does not have (an item removed since, or a
     * check made on a guide no longer served), its id in words ("skill-gaps/saying-no" is "Saying no"), never the id.
     */
    public String labelOf(String ref) {
        return item(ref).map(Item::label).orElseGet(() -> inWords(ref.substring(ref.indexOf('/') + 1)));
    }

    /** An id in words: "saying-no" is "Saying no". */
    public static String inWords(String id) {
        String words = id.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
