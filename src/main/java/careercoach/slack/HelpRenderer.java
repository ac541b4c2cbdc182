package careercoach.slack;

import careercoach.guide.Guide;
import com.slack.api.model.block.LayoutBlock;

import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** Help: the registered subcommands with their usage, and how to ask questions. */
public final class HelpRenderer {

    /** {@code unknown} is a word the user typed that is no subcommand (empty when help was asked for). */
    public List<LayoutBlock> render(Guide guide, List<Subcommand> subcommands, String unknown) {
        return render(guide, null, null, subcommands, unknown);
    }

    /**
     * As above, offering only what {@code userId} of the workspace {@code teamKey} ({@link TeamKey}) may use (null:
     * what everyone may use).
     */
    public List<LayoutBlock> render(Guide guide, String teamKey, String userId, List<Subcommand> subcommands,
                                    String unknown) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("What I can do", true))));
        if (!unknown.isBlank()) {
            blocks.add(section(s -> s.text(markdownText("I don't know `" + CareerCommands.COMMAND + " "
                    + Mrkdwn.escape(Mrkdwn.truncate(unknown, 100)) + "`. To ask a question, use `"
                    + CareerCommands.COMMAND + " ask " + Mrkdwn.escape(Mrkdwn.truncate(unknown, 100)) + "`."))));
        }
        List<Subcommand> available = subcommands.stream()
                .filter(c -> userId == null ? c.isAvailableIn(guide) && c.shownTo().test("", "")
                        : c.isShownTo(teamKey, userId, guide))
                .toList();
        blocks.add(section(s -> s.text(markdownText(commandList(available, guide)))));
        blocks.add(section(s -> s.text(markdownText(
                "You can also send me a question in a direct message, or mention me in a channel."))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Your guide: *" + Mrkdwn.escape(guide.title())
                + "*")))));
        return blocks;
    }

    /**
     * The commands as one mrkdwn list, each described in the words of the reader's {@code guide}; trimmed to the text
     * limit however many features register.
     */
    public static String commandList(List<Subcommand> subcommands, Guide guide) {
        StringBuilder text = new StringBuilder();
        for (Subcommand subcommand : subcommands) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("• `").append(CareerCommands.COMMAND).append(' ').append(Mrkdwn.escape(subcommand.usage()))
                    .append("` — ").append(Mrkdwn.escape(subcommand.descriptionIn(guide)));
        }
        return Mrkdwn.truncate(text.toString(), Mrkdwn.MAX_TEXT);
    }
}
