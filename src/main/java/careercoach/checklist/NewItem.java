package careercoach.checklist;

import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.SectionIds;
import careercoach.text.UserText;

import java.util.List;
import java.util.Objects;

/**
 * An item about to be put on a checklist. {@code ref} points back to the guide ({@code section-id/item-id})
 * for guide and plan items, and is empty for custom text. {@code name} is the guide item's short name, if it has
 * one: shown where Slack limits text (the share form's options), never stored instead of the whole text.
 */
public record NewItem(ItemSource source, String ref, String text, String name) {
    /** The longest item text the store keeps. */
    public static final int MAX_TEXT = 2000;

    public NewItem {
        Objects.requireNonNull(source, "source");
        ref = ref == null ? "" : ref;
        name = name == null ? "" : name.strip();
        text = text == null ? "" : UserText.clean(text).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(
                    "One of your lines has no visible text. Remove it or write the item out.");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An item can be at most " + MAX_TEXT + " characters long.");
        }
    }

    public NewItem(ItemSource source, String ref, String text) {
        this(source, ref, text, "");
    }

    public static NewItem custom(String text) {
        return new NewItem(ItemSource.CUSTOM, "", text);
    }

    /**
     * One item per custom line; blank lines are skipped. Throws for a line over {@link #MAX_TEXT}, and refuses a
     * line of nothing but invisible characters ({@link IllegalArgumentException}): it would be an item nobody can see.
     */
    public static List<NewItem> customLines(String lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.lines().map(String::strip).filter(l -> !l.isEmpty()).map(NewItem::custom).toList();
    }

    /** The guide's recommended next steps with the given ids, in guide order. */
    public static List<NewItem> nextSteps(Guide guide, List<String> itemIds) {
        return guide.sectionOfKind(SectionIds.NEXT_STEPS).map(s -> s.allItems().stream()
                .filter(item -> itemIds.contains(item.id()))
                .map(item -> fromGuide(ItemSource.GUIDE, s.id() + "/" + item.id(), item))
                .toList()).orElse(List.of());
    }

    /** A plan entry that refers to a guide item ({@code section-id/item-id}): its whole text, and its name. */
    public static NewItem fromGuide(ItemSource source, String ref, Item item) {
        return new NewItem(source, ref, item.fullText(), item.name());
    }
}
