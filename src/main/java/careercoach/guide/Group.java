package careercoach.guide;

import java.util.List;

/** A titled part of a section, e.g. "Can Lead To" in career progression or "Growth Trend" in salary. */
public record Group(String id, String title, String text, List<Item> items) {

    /**
     * Titles of groups of career progression that lead no further on: the roles people come from ("Often comes
     * from", "People arrive from", "Typical backgrounds") or move to sideways ("Lateral moves").
     */
    private static final java.util.regex.Pattern NOT_ONWARD = java.util.regex.Pattern.compile("(?i).*\\b(from"
            + "|arrive|arrives|arriving|background|backgrounds|feeder|feeders|previous|prior|lateral|sideways)\\b.*");

    /** Titles of groups of career progression that list the roles people come from: "Often comes from". */
    private static final java.util.regex.Pattern ARRIVING = java.util.regex.Pattern.compile("(?i).*\\b(from"
            + "|arrive|arrives|arriving|background|backgrounds|feeder|feeders|previous|prior)\\b.*");

    public Group {
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether a group titled so, in career progression, lists roles onward: not where people come from, nor sideways. */
    public static boolean leadsOnward(String title) {
        return title == null || !NOT_ONWARD.matcher(title).matches();
    }

    /**
     * Whether a group titled so, in career progression, lists the roles people come from ("Often comes from",
     * "People arrive from", "Typical backgrounds", "Feeder roles"): roles before this one, which need no guide of
     * their own here. Moves sideways are roles a person may take next, so they are not.
     */
    public static boolean listsWherePeopleComeFrom(String title) {
        return title != null && ARRIVING.matcher(title).matches();
    }
}
