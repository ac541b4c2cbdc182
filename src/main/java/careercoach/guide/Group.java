package careercoach.guide;

import java.util.List;

/** A titled part of a section, e.g. "Can Lead To" in career progression or "Growth Trend" in salary. */
public record Group(String id, String title, String text, List<Item> items) {

    public Group {
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
