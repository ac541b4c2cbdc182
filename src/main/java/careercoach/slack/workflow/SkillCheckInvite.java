package careercoach.slack.workflow;

import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.LayoutBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** The DM a workflow sends to ask someone to run a skill check, and what it becomes once they started. */
final class SkillCheckInvite {
    static final String TEXT = "You're asked to run a skill check";
    static final String STARTED = "You started your skill check: the first question is below.";

    /** The first line, naming who asked (a mention) when the workflow says who. */
    static String text(Optional<String> askedBy) {
        return askedBy.map(id -> "<@" + id + "> asked you to run a skill check").orElse(TEXT);
    }

    List<LayoutBlock> blocks(String message, String guideTitle, String executionId, Optional<String> askedBy) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + text(askedBy) + "* against the guide *"
                + Mrkdwn.escape(guideTitle) + "*. It takes a few minutes: one question per skill area, then a"
                + " plan of next steps that stays private unless you share it."))));
        if (!message.isBlank()) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(">"
                    + Mrkdwn.escape(message).replace("\n", "\n>"), Mrkdwn.MAX_TEXT)))));
        }
        blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(WorkflowFeature.START_ACTION)
                .style("primary").text(plainText("Start my skill check")).value(executionId))))));
        return blocks;
    }

    List<LayoutBlock> started() {
        return List.of(section(s -> s.text(markdownText(STARTED))));
    }
}
