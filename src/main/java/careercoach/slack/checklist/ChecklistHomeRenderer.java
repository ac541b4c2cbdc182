package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistOverview;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;

import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * The checklists part of the App Home: the user's checklists and those they shared, tickable in place, within the
 * room the Home has left.
 */
public final class ChecklistHomeRenderer {
    /** Blocks kept free at the end of each list for its "and N more" line. */
    private static final int MORE_LINE = 1;

    private final ChecklistRenderer checklists = new ChecklistRenderer();

    public List<LayoutBlock> blocks(ChecklistOverview overview, int room) {
        List<LayoutBlock> blocks = new ArrayList<>();
        addList(blocks, room, "Checklists for you", overview.forMe(),
                overview.sharedByMe().isEmpty() ? 0 : 2 + MORE_LINE);
        addList(blocks, room, "Checklists you shared", overview.sharedByMe(), 0);
        return blocks;
    }

    private void addList(List<LayoutBlock> blocks, int room, String title, List<Checklist> list,
                         int reserveAfter) {
        if (list.isEmpty()) {
            return;
        }
        blocks.add(DividerBlock.builder().build());
        blocks.add(HeaderBlock.builder().text(plainText(title)).build());
        int shown = 0;
        for (Checklist checklist : list) {
            List<LayoutBlock> card = card(checklist);
            boolean last = shown == list.size() - 1;
            int left = room - reserveAfter - blocks.size() - (last ? 0 : MORE_LINE);
            if (card.size() > left) {
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
