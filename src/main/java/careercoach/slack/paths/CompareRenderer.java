package careercoach.slack.paths;

import careercoach.guide.Guide;
import careercoach.guide.RoleFinder;
import careercoach.slack.NoGuideWording;
import careercoach.guide.Item;
import careercoach.guide.RoleComparison;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Two roles side by side as Block Kit: per aspect (skills, responsibilities) the pairs both guides share, each in
 * the wording of both (two columns of section fields), then what the target role adds and what matters less there.
 * Within Slack's limits: at most {@link #MAX_PAIRS} pairs and {@link #MAX_LISTED} items per list are shown (the rest
 * counted), every text cut to its limit, never more than 50 blocks.
 */
public final class CompareRenderer {
    public static final String SHARE_ACTION = "career_compare_share";
    public static final String COMPARE_ACTION = "career_compare";
    static final int MAX_PAIRS = 10;
    static final int MAX_LISTED = 12;
    /** Slack shows at most 10 fields in a section: five pairs. */
    private static final int PAIRS_PER_SECTION = 5;
    private static final int MAX_FIELD = 2000;

    /** The comparison; {@code sharedBy} is who shared it in a channel (then there is no share button). */
    public List<LayoutBlock> render(RoleComparison comparison, Optional<String> sharedBy) {
        Guide from = comparison.from();
        Guide to = comparison.to();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.truncate("From " + from.title() + " to " + to.title(),
                Mrkdwn.MAX_HEADER), true))));
        String source = sharedBy.map(u -> "Shared by <@" + u + "> · ").orElse("")
                + "Matched by meaning between the two guides";
        blocks.add(context(c -> c.elements(List.of(markdownText(source)))));
        for (RoleComparison.Part part : comparison.parts()) {
            if (part.isEmpty()) {
                continue;
            }
            blocks.add(divider());
            String aspect = part.aspect().title();
            blocks.add(section(s -> s.text(markdownText("*" + aspect + " both roles need* (" + part.shared().size()
                    + ")" + (part.shared().isEmpty() ? "\n_None in common._" : "")))));
            List<RoleComparison.Pair> pairs = part.shared().subList(0, Math.min(MAX_PAIRS, part.shared().size()));
            for (int start = 0; start < pairs.size(); start += PAIRS_PER_SECTION) {
                List<TextObject> fields = new ArrayList<>();
                for (RoleComparison.Pair pair : pairs.subList(start, Math.min(pairs.size(), start + PAIRS_PER_SECTION))) {
                    fields.add(markdownText(field(from.title(), pair.from())));
                    fields.add(markdownText(field(to.title(), pair.to())));
                }
                blocks.add(SectionBlock.builder().fields(fields).build());
            }
            if (part.shared().size() > pairs.size()) {
                int more = part.shared().size() - pairs.size();
                blocks.add(context(c -> c.elements(List.of(markdownText("and " + more + " more in common")))));
            }
            blocks.add(section(s -> s.text(markdownText(list("*What " + Mrkdwn.escape(to.title()) + " adds*",
                    part.added(), "_Nothing new._")))));
            blocks.add(section(s -> s.text(markdownText(list("*What matters less there*", part.less(),
                    "_Nothing._")))));
        }
        if (comparison.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Neither guide lists skills or responsibilities to compare."))));
        }
        if (sharedBy.isEmpty()) {
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(SHARE_ACTION)
                    .text(plainText("Share in channel")).value(from.id() + "|" + to.id()))))));
        }
        return blocks;
    }

    /** One line of plain text for notifications. */
    public String fallbackText(RoleComparison comparison) {
        return Mrkdwn.truncate(Mrkdwn.escape("From " + comparison.from().title() + " to " + comparison.to().title()),
                Mrkdwn.MAX_TEXT);
    }

    /**
     * A role with no guide, worded as {@code /career role} words it: the closest roles that exist, each with a button
     * to compare with it.
     */
    public List<LayoutBlock> closest(String typed, RoleFinder.Found found, List<Guide> closest, String actionId,
                                     String verb) {
        return choose(NoGuideWording.line(typed, found, !closest.isEmpty(), " `/career role` lists the roles."),
                closest, actionId, verb, g -> g.id());
    }

    /**
     * As {@link #closest(String, RoleFinder.Found, List, String, String)}, each button's value {@code value} of its
     * role: "from|to" when the other role of the comparison was named too.
     */
    public List<LayoutBlock> closest(String typed, RoleFinder.Found found, List<Guide> closest, String actionId,
                                     String verb, java.util.function.Function<Guide, String> value) {
        return choose(NoGuideWording.line(typed, found, !closest.isEmpty(), " `/career role` lists the roles."),
                closest, actionId, verb, value);
    }

    /** A line, then one role a line, each with a button ({@code actionId_<n>}, value the guide id). */
    public List<LayoutBlock> choose(String intro, List<Guide> guides, String actionId, String verb) {
        return choose(intro, guides, actionId, verb, g -> g.id());
    }

    private List<LayoutBlock> choose(String intro, List<Guide> guides, String actionId, String verb,
                                     java.util.function.Function<Guide, String> value) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(intro, Mrkdwn.MAX_TEXT)))));
        for (int i = 0; i < Math.min(guides.size(), Mrkdwn.MAX_MESSAGE_BLOCKS - 1); i++) {
            Guide guide = guides.get(i);
            int index = i;
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*" + Mrkdwn.escape(guide.title()) + "*",
                    Mrkdwn.MAX_TEXT))).accessory(button(b -> b.actionId(actionId + "_" + index)
                    .text(plainText(Mrkdwn.truncate(verb, Mrkdwn.MAX_BUTTON_TEXT))).value(value.apply(guide))))));
        }
        return blocks;
    }

    private static String field(String guideTitle, Item item) {
        return Mrkdwn.truncate("_" + Mrkdwn.escape(guideTitle) + "_\n" + Mrkdwn.escape(item.label()), MAX_FIELD);
    }

    private static String list(String title, List<Item> items, String none) {
        StringBuilder text = new StringBuilder(title).append(" (").append(items.size()).append(")");
        if (items.isEmpty()) {
            text.append('\n').append(none);
        }
        int shown = Math.min(MAX_LISTED, items.size());
        for (Item item : items.subList(0, shown)) {
            text.append("\n• ").append(Mrkdwn.escape(Mrkdwn.truncate(item.label(), 200)));
        }
        if (items.size() > shown) {
            text.append("\n_and ").append(items.size() - shown).append(" more_");
        }
        return Mrkdwn.truncate(text.toString(), Mrkdwn.MAX_TEXT);
    }
}
