package careercoach.slack;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistOverview;
import careercoach.guide.Guide;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * The App Home tab: the user's guide (from {@link HomeRenderer}), their latest skill check, their checklists and
 * those they shared, tickable in place. Never more than Slack's 100 blocks, whatever the data.
 */
public final class ChecklistHomeRenderer {
    static final int MAX_BLOCKS = Mrkdwn.MAX_VIEW_BLOCKS;
    /** Blocks kept free at the end of each list for its "and N more" line. */
    private static final int MORE_LINE = 1;

    /** The button that starts a skill-gap check: the coach's action id and the value it expects. */
    public record StartCheckButton(String actionId, String value) {
    }

    private final HomeRenderer guideHome = new HomeRenderer();
    private final ChecklistRenderer checklists = new ChecklistRenderer();

    /**
     * @param startCheck the button that starts a skill-gap check, when that feature runs
     */
    public View render(Guide guide, Optional<String> latestCheck, Optional<StartCheckButton> startCheck,
                       ChecklistOverview overview) {
        List<LayoutBlock> blocks = new ArrayList<>(guideHome.blocks(guide));
        blocks.add(ChecklistRenderer.context("Your role: *" + Mrkdwn.escape(guide.title()) + "* · change it with "
                + "`/career role`"));
        blocks.add(DividerBlock.builder().build());
        SectionBlock.SectionBlockBuilder check = SectionBlock.builder().text(markdownText(Mrkdwn.truncate(
                "*Your latest skill check*\n" + latestCheck.orElse("You haven't run a skill check yet."),
                Mrkdwn.MAX_TEXT)));
        startCheck.ifPresent(button -> check.accessory(ButtonElement.builder().actionId(button.actionId())
                .text(plainText(latestCheck.isPresent() ? "Check again" : "Start a check")).value(button.value())
                .style("primary").build()));
        blocks.add(check.build());
        addList(blocks, "Checklists for you", overview.forMe(), overview.sharedByMe().isEmpty() ? 0 : 2 + MORE_LINE);
        addList(blocks, "Checklists you shared", overview.sharedByMe(), 0);
        return View.builder().type("home").blocks(blocks).build();
    }

    private void addList(List<LayoutBlock> blocks, String title, List<Checklist> list, int reserveAfter) {
        if (list.isEmpty()) {
            return;
        }
        blocks.add(DividerBlock.builder().build());
        blocks.add(HeaderBlock.builder().text(plainText(title)).build());
        int shown = 0;
        for (Checklist checklist : list) {
            List<LayoutBlock> card = card(checklist);
            boolean last = shown == list.size() - 1;
            int room = MAX_BLOCKS - reserveAfter - blocks.size() - (last ? 0 : MORE_LINE);
            if (card.size() > room) {
                break;
            }
            blocks.addAll(card);
            shown++;
        }
        if (shown < list.size()) {
            blocks.add(ChecklistRenderer.context("and " + (list.size() - shown) + " more: see `/career checklist`"));
        }
    }

    private List<LayoutBlock> card(Checklist checklist) {
        List<LayoutBlock> card = new ArrayList<>();
        SectionBlock.SectionBlockBuilder head = SectionBlock.builder()
                .text(markdownText(Mrkdwn.truncate(checklists.title(checklist), Mrkdwn.MAX_TEXT)));
        checklist.permalink().ifPresent(link -> head.accessory(ButtonElement.builder().actionId(ChecklistIds.OPEN)
                .text(plainText("Open in channel")).url(link).value(String.valueOf(checklist.id())).build()));
        card.add(head.build());
        card.addAll(checklists.itemGroups(checklist));
        card.add(ChecklistRenderer.context(checklists.progressLine(checklist)));
        return card;
    }
}
