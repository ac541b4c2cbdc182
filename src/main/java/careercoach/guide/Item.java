package careercoach.guide;

import java.util.List;

/**
 * One entry of a section or group: a responsibility, a skill, a next step, a salary level, an employer...
 * An item has a {@code name} (a short label), a {@code text} (a full sentence), or both.
 * {@code details} is the parenthetical of a name ("timeouts, retries, ..."); {@code range} is a salary range;
 * {@code actions} refer ({@code section-id/item-id}) to the steps of the guide that build this skill;
 * {@code guide} is, for a role in career progression, the id of that role's own guide ("" when none is named).
 */
public record Item(String id, String name, String details, String text, String range, List<String> actions,
                   String guide) {

    public Item {
        name = name == null ? "" : name;
        details = details == null ? "" : details;
        text = text == null ? "" : text;
        range = range == null ? "" : range;
        actions = actions == null ? List.of() : List.copyOf(actions);
        guide = guide == null ? "" : guide;
    }

    /** An item that names no other guide. */
    public Item(String id, String name, String details, String text, String range, List<String> actions) {
        this(id, name, details, text, range, actions, "");
    }

    /** The item in full: its sentence when it has one, else its label. */
    public String fullText() {
        return text.isEmpty() ? label() : text;
    }

    /** What to show for this item in one line: the name with its details, or else the text. */
    public String label() {
        if (name.isEmpty()) {
            return text;
        }
        return details.isEmpty() ? name : name + " (" + details + ")";
    }
}
