package careercoach.slack.guide;

import careercoach.coach.ConversationEngine;
import careercoach.coach.ConversationKind;
import careercoach.guide.Guide;
import careercoach.guide.RoleFinder.NextRole;
import careercoach.guide.SectionIds;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The next roles of a career path as Block Kit: for each role that has its own guide, a button that opens that
 * guide's overview. Shown under {@code /career path} and in the App Home.
 */
public final class PathRenderer {
    /** Buttons of one path: Slack allows 25 in an actions block; a path rarely names more than a few guides. */
    static final int MAX_BUTTONS = 5;
    /** The action id of "open the guide" buttons; the show-section answer accepts the suffix. */
    static final String OPEN_ACTION = SharedActions.SHOW_SECTION + "_path_";

    /** The buttons opening the guides of the next roles; empty when no next role has a guide. */
    public Optional<LayoutBlock> guideButtons(Guide from, List<NextRole> roles) {
        List<BlockElement> buttons = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (NextRole role : roles) {
            if (role.guide().isEmpty() || seen.contains(role.guide().get().id()) || buttons.size() >= MAX_BUTTONS) {
                continue;
            }
            Guide target = role.guide().get();
            seen.add(target.id());
            int index = buttons.size();
            buttons.add(button(b -> b.actionId(OPEN_ACTION + index)
                    .text(plainText(Mrkdwn.truncate("Open " + target.title(), Mrkdwn.MAX_BUTTON_TEXT)))
                    .value(target.id() + "|" + target.sectionOfKind(SectionIds.OVERVIEW)
                            .orElse(target.sections().get(0)).id())));
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(actions(a -> a.blockId("career_path_guides")
                .elements(buttons)));
    }

    /** A skill check toward each next role whose guide has skills to check. */
    Optional<LayoutBlock> checkButtons(List<NextRole> roles) {
        List<BlockElement> buttons = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (NextRole role : roles) {
            if (role.guide().isEmpty() || seen.contains(role.guide().get().id()) || buttons.size() >= MAX_BUTTONS
                    || !ConversationEngine.hasQuestions(role.guide().get(), ConversationKind.SKILL_CHECK)) {
                continue;
            }
            Guide target = role.guide().get();
            seen.add(target.id());
            int index = buttons.size();
            buttons.add(button(b -> b.actionId(SharedActions.CHECK_TOWARD + "_home_" + index)
                    .text(plainText(Mrkdwn.truncate("Check toward " + target.title(), Mrkdwn.MAX_BUTTON_TEXT)))
                    .value(target.id())));
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(actions(a -> a.blockId("career_path_checks")
                .elements(buttons)));
    }

    /** The App Home's lines: the next roles by name, then the buttons for those with a guide. */
    public List<LayoutBlock> homeBlocks(Guide from, List<NextRole> roles) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (roles.isEmpty()) {
            return blocks;
        }
        String names = roles.stream()
                .map(r -> Mrkdwn.escape(r.role().name().isEmpty() ? r.role().label() : r.role().name())
                        + (r.guide().isPresent() ? " :book:" : ""))
                .collect(Collectors.joining(" · "));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*Next roles*\n" + names, Mrkdwn.MAX_TEXT)))));
        guideButtons(from, roles).ifPresent(blocks::add);
        checkButtons(roles).ifPresent(blocks::add);
        return blocks;
    }
}
