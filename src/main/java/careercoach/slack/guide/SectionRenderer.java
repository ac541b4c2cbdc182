package careercoach.slack.guide;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import com.slack.api.model.block.LayoutBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * A guide section as a Block Kit message: header, the guide it comes from, the content, and a "Share in channel"
 * button (or who shared it). Content longer than one message is paged with a "Show more" button.
 */
public final class SectionRenderer {
    public static final String SHARE_ACTION = "career_share";
    public static final String MORE_ACTION = "career_section_more";
    public static final String SHOW_ACTION = SharedActions.SHOW_SECTION;
    /** Header, guide context, closing actions and the "more" note. */
    private static final int FRAME_BLOCKS = 4;

    /** Renders from content block {@code from}; {@code sharedBy} is the user who shared it visibly, if any. */
    public List<LayoutBlock> render(Guide guide, Section section, int from, Optional<String> sharedBy) {
        List<String> paragraphs = paragraphs(section);
        int budget = Mrkdwn.MAX_MESSAGE_BLOCKS - FRAME_BLOCKS;
        int start = Math.max(0, Math.min(from, paragraphs.size()));
        int end = Math.min(paragraphs.size(), start + budget);

        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.truncate(section.title(), Mrkdwn.MAX_HEADER), true))));
        String source = sharedBy.map(u -> "Shared by <@" + u + "> · ").orElse("") + "From *"
                + Mrkdwn.escape(guide.title()) + "*" + (start > 0 ? " · continued" : "");
        blocks.add(context(c -> c.elements(List.of(markdownText(source)))));
        for (String paragraph : paragraphs.subList(start, end)) {
            blocks.add(section(s -> s.text(markdownText(paragraph))));
        }
        String ref = guide.id() + "|" + section.id();
        if (end < paragraphs.size()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "Showing part of this section (" + (end - start) + " of " + paragraphs.size() + " parts).")))));
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(MORE_ACTION)
                    .text(plainText("Show more")).value(ref + "|" + end))))));
        } else if (sharedBy.isEmpty()) {
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(SHARE_ACTION)
                    .text(plainText("Share in channel")).value(ref))))));
        }
        return blocks;
    }

    /** Notification text for a message carrying these blocks. */
    public String fallbackText(Guide guide, Section section) {
        return Mrkdwn.truncate(Mrkdwn.escape(section.title() + " — " + guide.title()), Mrkdwn.MAX_TEXT);
    }

    /** The section's content as mrkdwn paragraphs, each within the per-text limit. */
    public static List<String> paragraphs(Section section) {
        List<String> paragraphs = new ArrayList<>();
        addSplit(paragraphs, Mrkdwn.escape(section.text()));
        addSplit(paragraphs, bullets(section.items()));
        for (Group group : section.groups()) {
            // A group titled as its section ("Can lead to" under "Can lead to") is under that heading already.
            StringBuilder text = new StringBuilder(sameWords(group.title(), section.title()) ? ""
                    : "*" + Mrkdwn.escape(group.title()) + "*");
            if (!group.text().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(Mrkdwn.escape(group.text()));
            }
            if (!group.items().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(bullets(group.items()));
            }
            addSplit(paragraphs, text.toString());
        }
        return paragraphs;
    }

    private static boolean sameWords(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    private static void addSplit(List<String> paragraphs, String text) {
        if (!text.isBlank()) {
            paragraphs.addAll(Mrkdwn.split(text, Mrkdwn.MAX_TEXT));
        }
    }

    private static String bullets(List<Item> items) {
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("• ").append(line(item));
        }
        return text.toString();
    }

    private static String line(Item item) {
        String label = Mrkdwn.escape(item.label());
        if (item.name().isEmpty()) {
            return label;
        }
        StringBuilder line = new StringBuilder("*").append(label).append('*');
        if (!item.range().isEmpty()) {
            line.append(": ").append(Mrkdwn.escape(item.range()));
        }
        // A level whose text only repeats its range (as an imported ladder's does) shows the range once.
        if (!item.text().isEmpty() && !sameWords(item.text(), item.range())) {
            line.append(" — ").append(Mrkdwn.escape(item.text()));
        }
        return line.toString();
    }
}
