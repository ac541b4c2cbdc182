package careercoach.slack.guide;

import careercoach.guide.Guide;
import careercoach.guide.RoleFinder.NextRole;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

/** The guide's part of the App Home: its title, overview, buttons to open its main sections, and the role. */
public final class HomeRenderer {
    static final List<String> HOME_SECTIONS = List.of(SectionIds.TOP_SKILLS, SectionIds.NEXT_STEPS);

    public View render(Guide guide) {
        return view(v -> v.type("home").blocks(blocks(guide)));
    }

    /** The part as shown above the others: the guide, then which role it is and how to change it. */
    public List<LayoutBlock> homePart(Guide guide) {
        return homePart(guide, List.of());
    }

    /** As {@link #homePart(Guide)}, with the roles that come next and buttons to open their guides. */
    public List<LayoutBlock> homePart(Guide guide, List<NextRole> nextRoles) {
        return homePart(guide, nextRoles, false);
    }

    /**
     * As above; {@code chosenGone} when the guide the person chose is no longer served, so the one shown is the
     * default, and the role line says so rather than naming it as theirs.
     */
    public List<LayoutBlock> homePart(Guide guide, List<NextRole> nextRoles, boolean chosenGone) {
        List<LayoutBlock> blocks = blocks(guide);
        blocks.addAll(new PathRenderer().homeBlocks(guide, nextRoles));
        blocks.add(ContextBlock.builder().elements(List.of(markdownText(Mrkdwn.truncate("Your role: *"
                + Mrkdwn.escape(guide.title()) + "*"
                + (chosenGone ? " (the default: the guide you chose is no longer served)" : "")
                + " · change it with `/career role`", Mrkdwn.MAX_TEXT)))).build());
        blocks.add(DividerBlock.builder().build());
        return blocks;
    }

    List<LayoutBlock> blocks(Guide guide) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.truncate(guide.title(), Mrkdwn.MAX_HEADER), true))));
        guide.sectionOfKind(SectionIds.OVERVIEW).map(Section::text).filter(t -> !t.isBlank()).ifPresent(text ->
                blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(Mrkdwn.escape(text), Mrkdwn.MAX_TEXT))))));
        List<BlockElement> buttons = new ArrayList<>();
        for (String kind : HOME_SECTIONS) {
            Optional<Section> section = guide.sectionOfKind(kind);
            section.ifPresent(s -> buttons.add(button(b -> b.actionId(SharedActions.SHOW_SECTION + "_home_" + kind)
                    .text(plainText(Mrkdwn.truncate(s.title(), Mrkdwn.MAX_BUTTON_TEXT)))
                    .value(guide.id() + "|" + s.id()))));
        }
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.elements(buttons)));
        }
        return blocks;
    }
}
