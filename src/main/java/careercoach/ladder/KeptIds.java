package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ladder imported again over the guide it was imported as: saved plans, checklists and actions refer to items by
 * {@code section-id/item-id}, so each item whose text is unchanged, or nearly so, keeps the id the guide there gave it
 * (even when the import would now make another: an id rule that changed, an item reworded a little). An item is
 * matched within the section of the same id (else of the same kind, which then keeps the id it had there: an author's
 * own {@code hard-lessons} stays so under the ladder's "Common pitfalls"), by its words (name, details and text; a pay
 * row's range may change): the pairs most alike first, each item once, when they share at least
 * {@link #NEARLY_SAME} of their words (Dice's coefficient). The others keep the ids the import gave them, numbered on
 * where one is taken. An item new to its section that is, unchanged or nearly so, an item no longer in another one
 * (its heading retitled, so the import now files it elsewhere) is said to have moved, not to be new and gone; it keeps
 * the id it had when that is free in its new section (no other item or group there has it, and no item the section
 * had before did, so no plan's reference finds it in another's place).
 */
final class KeptIds {
    /** Share of words two items have in common for one to be the other reworded: four words in five. */
    static final double NEARLY_SAME = 0.8;

    /**
     * The guide with the kept ids, and what changed: ids new to the guide, items now in another section
     * ({@code from → to ('label')}) and ids no longer in it.
     */
    record Result(Guide guide, int kept, List<String> added, List<String> moved, List<String> gone) {
    }

    /** An item's reference, {@code section-id/item-id}, with the item. */
    private record Placed(String ref, String section, Item item) {
        String described() {
            return ref + " (" + abbreviated(item.label()) + ")";
        }
    }

    /** An item no longer in one section that is, unchanged or nearly so, an item new to another. */
    private record Move(Placed from, Placed to) {
    }

    private KeptIds() {
    }

    static Result keep(Guide imported, Guide previous) {
        List<Section> sections = new ArrayList<>();
        int kept = 0;
        List<Placed> added = new ArrayList<>();
        Set<String> matchedSections = new HashSet<>();
        Map<String, Set<String>> idsBefore = new HashMap<>();
        List<Placed> gone = new ArrayList<>();
        for (Section section : imported.sections()) {
            Optional<Section> before = previous.section(section.id())
                    .or(() -> section.kind().flatMap(previous::sectionOfKind))
                    .filter(s -> !matchedSections.contains(s.id()));
            before.ifPresent(s -> matchedSections.add(s.id()));
            // A section matched by its kind keeps the id it had: plans name its items by that id.
            Section renamed = before.map(s -> keep(section, s)).map(s -> withId(s, before.get().id())).orElse(section);
            sections.add(renamed);
            Set<String> old = new HashSet<>();
            before.ifPresent(s -> s.allItems().forEach(i -> old.add(i.id())));
            idsBefore.put(renamed.id(), old);
            Set<String> now = new HashSet<>();
            for (Item item : renamed.allItems()) {
                now.add(item.id());
                if (old.contains(item.id())) {
                    kept++;
                } else {
                    added.add(new Placed(renamed.id() + "/" + item.id(), renamed.id(), item));
                }
            }
            before.ifPresent(s -> s.allItems().stream().filter(i -> !now.contains(i.id()))
                    .forEach(i -> gone.add(new Placed(s.id() + "/" + i.id(), s.id(), i))));
        }
        previous.sections().stream().filter(s -> !matchedSections.contains(s.id()))
                .forEach(s -> s.allItems().forEach(i -> gone.add(new Placed(s.id() + "/" + i.id(), s.id(), i))));
        List<String> moved = new ArrayList<>();
        for (Move move : moves(added, gone)) {
            moved.add(move.from().ref() + " → " + keepId(move, sections, idsBefore));
        }
        Guide guide = new Guide(imported.id(), imported.title(), imported.subtitle(), imported.aliases(), sections);
        return new Result(guide, kept, added.stream().map(Placed::described).toList(), moved,
                gone.stream().map(Placed::described).toList());
    }

    /**
     * The items new to a section that are, unchanged or nearly so, an item no longer in another section: the pairs
     * most alike first, each item once, in the order of {@code added}; taken out of {@code added} and {@code gone}.
     */
    private static List<Move> moves(List<Placed> added, List<Placed> gone) {
        record Pair(Placed to, Placed from, double alike) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Placed to : added) {
            List<String> words = words(to.item());
            for (Placed from : gone) {
                double alike = from.section().equals(to.section()) ? 0 : dice(words, words(from.item()));
                if (alike >= NEARLY_SAME) {
                    pairs.add(new Pair(to, from, alike));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::alike).reversed()
                .thenComparingInt(p -> added.indexOf(p.to())).thenComparingInt(p -> gone.indexOf(p.from())));
        Set<Placed> movedTo = new HashSet<>();
        Set<Placed> movedFrom = new HashSet<>();
        Map<Placed, Placed> fromOf = new HashMap<>();
        for (Pair pair : pairs) {
            if (!movedTo.contains(pair.to()) && !movedFrom.contains(pair.from())) {
                movedTo.add(pair.to());
                movedFrom.add(pair.from());
                fromOf.put(pair.to(), pair.from());
            }
        }
        List<Move> moves = added.stream().filter(fromOf::containsKey).map(to -> new Move(fromOf.get(to), to))
                .toList();
        added.removeAll(movedTo);
        gone.removeAll(movedFrom);
        return moves;
    }

    /**
     * Gives the moved item, in {@code sections}, the id it had when that is free in its new section (neither an id
     * there now nor one of the section's items before, {@code idsBefore}); the item where it is now, as
     * {@code to ('label', its id kept)}, or {@code (…, its id taken there)} when the import's id stays.
     */
    private static String keepId(Move move, List<Section> sections, Map<String, Set<String>> idsBefore) {
        String oldId = move.from().item().id();
        Item item = move.to().item();
        int at = 0;
        while (!sections.get(at).id().equals(move.to().section())) {
            at++;
        }
        Section section = sections.get(at);
        boolean free = oldId.equals(item.id()) || !idsIn(section).contains(oldId)
                && !idsBefore.getOrDefault(section.id(), Set.of()).contains(oldId);
        if (!free) {
            return move.to().ref() + " (" + abbreviated(item.label()) + ", its id taken there)";
        }
        Item kept = new Item(oldId, item.name(), item.details(), item.text(), item.range(), item.actions(),
                item.guide());
        List<Group> groups = section.groups().stream().map(g -> new Group(g.id(), g.title(), g.text(),
                replaced(g.items(), item, kept))).toList();
        sections.set(at, new Section(section.id(), section.title(), section.text(),
                replaced(section.items(), item, kept), groups, section.keywords(), section.phrasings(),
                section.kind()));
        return section.id() + "/" + oldId + " (" + abbreviated(item.label()) + ", its id kept)";
    }

    private static Section withId(Section section, String id) {
        return section.id().equals(id) ? section : new Section(id, section.title(), section.text(), section.items(),
                section.groups(), section.keywords(), section.phrasings(), section.kind());
    }

    /** Every id in the section: its items', its groups' and their items' (one namespace). */
    private static Set<String> idsIn(Section section) {
        Set<String> ids = new HashSet<>();
        section.allItems().forEach(i -> ids.add(i.id()));
        section.groups().forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** The items with {@code now} in the place of {@code before} (the same item, not an equal one). */
    private static List<Item> replaced(List<Item> items, Item before, Item now) {
        return items.stream().map(i -> i == before ? now : i).toList();
    }

    /** The section with the ids of the previous one's items that each of its items is, unchanged or nearly. */
    private static Section keep(Section section, Section before) {
        List<Item> items = section.allItems();
        List<Item> old = before.allItems();
        record Pair(int item, int old, double alike) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> words = words(items.get(i));
            for (int j = 0; j < old.size(); j++) {
                double alike = dice(words, words(old.get(j)));
                if (alike >= NEARLY_SAME) {
                    pairs.add(new Pair(i, j, alike));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::alike).reversed().thenComparingInt(Pair::item)
                .thenComparingInt(Pair::old));
        Map<Integer, String> ids = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!ids.containsKey(pair.item()) && taken.add(pair.old())) {
                ids.put(pair.item(), old.get(pair.old()).id());
            }
        }
        // Items and groups share one namespace in a section: the ids kept first, then the others as the import made
        // them, numbered on when taken.
        Set<String> used = new HashSet<>(ids.values());
        Map<Item, String> byItem = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byItem.put(items.get(i), ids.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (Group group : section.groups()) {
            groups.add(new Group(unique(group.id(), used), group.title(), group.text(), renamed(group.items(),
                    byItem, used)));
        }
        List<Item> own = renamed(section.items(), byItem, used);
        return new Section(section.id(), section.title(), section.text(), own, groups, section.keywords(),
                section.phrasings(), section.kind());
    }

    private static List<Item> renamed(List<Item> items, Map<Item, String> kept, Set<String> used) {
        List<Item> renamed = new ArrayList<>();
        for (Item item : items) {
            String id = kept.get(item);
            if (id == null) {
                id = unique(item.id(), used);
            }
            renamed.add(new Item(id, item.name(), item.details(), item.text(), item.range(), item.actions(),
                    item.guide()));
        }
        return renamed;
    }

    private static String unique(String id, Set<String> used) {
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            String number = "-" + n;
            unique = Slugs.shortened(id, Slugs.MAX_LENGTH - number.length()) + number;
        }
        return unique;
    }

    private static List<String> words(Item item) {
        String text = String.join(" ", item.name(), item.details(), item.text());
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{Nd}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Twice the words shared (as many times as both say them) over the words of both. */
    private static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(w -> counts.merge(w, 1, Integer::sum));
        int shared = 0;
        for (String w : b) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                shared++;
                counts.put(w, left - 1);
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static String abbreviated(String label) {
        String oneLine = label.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 50 ? "'" + oneLine + "'" : "'" + oneLine.substring(0, 49) + "…'";
    }
}
