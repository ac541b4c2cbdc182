package careercoach.slack.checklist;

import careercoach.checklist.NewItem;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** The modal in which a manager picks the items of a checklist to share. Pure. */
public final class ChecklistModalRenderer {
    private static final int OPTION_TEXT_MAX = 75;

    /**
     * @param privateMetadata where to post and how to answer (channel, response URL), carried to the submission
     * @param person          the person named in the command, if any
     * @param nextSteps       the guide's recommended next steps (value: the guide reference)
     * @param plan            the person's plan, when they shared it with the manager
     */
    public View shareModal(String privateMetadata, Optional<String> person, String guideTitle,
                           List<NewItem> nextSteps, List<NewItem> plan) {
        List<LayoutBlock> blocks = new ArrayList<>();
        // Picking another person sends an action: the form is updated with that person's guide and plan.
        blocks.add(InputBlock.builder().blockId(ChecklistIds.PERSON_BLOCK).label(plainText("For whom"))
                .dispatchAction(true)
                .element(UsersSelectElement.builder().actionId(ChecklistIds.PERSON_ACTION)
                        .initialUser(person.orElse(null)).placeholder(plainText("Pick a person")).build())
                .build());
        addPicks(blocks, ChecklistIds.STEPS_BLOCK, "Recommended next steps (" + guideTitle + ")", nextSteps);
        addPicks(blocks, ChecklistIds.PLAN_BLOCK, "From their saved plan", plan);
        blocks.add(InputBlock.builder().blockId(ChecklistIds.CUSTOM_BLOCK).optional(true)
                .label(plainText("Your own items (one a line)"))
                .element(PlainTextInputElement.builder().actionId(ChecklistIds.CUSTOM_ACTION).multiline(true)
                        .maxLength(2000).build())
                .build());
        blocks.add(InputBlock.builder().blockId(ChecklistIds.DUE_BLOCK).optional(true).label(plainText("Due date"))
                .hint(plainText("On that day the person gets one reminder listing the open items."))
                .element(DatePickerElement.builder().actionId(ChecklistIds.DUE_ACTION).build())
                .build());
        return View.builder().type("modal").callbackId(ChecklistIds.SHARE_VIEW)
                .title(ViewTitle.builder().type("plain_text").text("Share a checklist").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Share").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(privateMetadata).blocks(blocks).build();
    }

    /**
     * Picks in groups of ten (Slack's checkboxes limit); block ids {@code <prefix>_<n>}. An option shows the step's
     * name when the guide gives one (at most 60 characters), else its text when that fits Slack's 75 characters;
     * the steps whose option does not show their whole text are shown whole once, right under the group.
     */
    private static void addPicks(List<LayoutBlock> blocks, String prefix, String label, List<NewItem> items) {
        for (int start = 0, group = 0; start < items.size(); start += ChecklistRenderer.OPTIONS_PER_GROUP, group++) {
            List<NewItem> picks = items.subList(start, Math.min(items.size(),
                    start + ChecklistRenderer.OPTIONS_PER_GROUP));
            List<OptionObject> options = picks.stream()
                    .map(item -> OptionObject.builder().value(pickValue(item))
                            .text(markdownText(optionText(item)))
                            .build())
                    .toList();
            blocks.add(InputBlock.builder().blockId(prefix + "_" + group).optional(true)
                    .label(plainText(group == 0 ? label : label + " (more)"))
                    .element(CheckboxesElement.builder().actionId(ChecklistIds.PICK_ACTION).options(options).build())
                    .build());
            List<ContextBlockElement> whole = picks.stream().filter(item -> !showsWhole(item))
                    .map(item -> (ContextBlockElement) markdownText(Mrkdwn.truncate(item.name().isEmpty()
                            ? ChecklistText.escape(item.text())
                            : "*" + ChecklistText.escape(item.name()) + "*: " + ChecklistText.escape(item.text()),
                            Mrkdwn.MAX_TEXT)))
                    .toList();
            if (!whole.isEmpty()) {
                blocks.add(ContextBlock.builder().elements(whole).build());
            }
        }
    }

    /** The option's text: the name, or the text (cut with an ellipsis past Slack's 75 characters). */
    static String optionText(NewItem item) {
        return item.name().isEmpty() ? ChecklistText.fitEscaped(item.text(), OPTION_TEXT_MAX)
                : ChecklistText.fitEscaped(item.name(), OPTION_TEXT_MAX);
    }

    private static boolean showsWhole(NewItem item) {
        return optionText(item).equals(ChecklistText.escape(item.text()));
    }

    /** What a pick submits: the guide reference, or the text for plan entries that have none. */
    static String pickValue(NewItem item) {
        return item.ref().isEmpty() ? item.text() : item.ref();
    }
}
