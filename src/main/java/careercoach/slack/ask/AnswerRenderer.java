package careercoach.slack.ask;

import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.search.Answer;
import careercoach.search.Hit;
import careercoach.slack.HelpRenderer;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import careercoach.slack.Subcommand;
import careercoach.slack.TooLong;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * An answer to a question: the best section with its highlighted snippet and guide, up to two other matches as
 * buttons, 👍/👎 feedback, a did-you-mean; or, when the guides do not cover it, an honest "not in the guides"
 * and what the bot can do; or, for a role no guide covers, "there is no guide for that role yet" and the closest
 * roles that have one.
 */
public final class AnswerRenderer {
    public static final String FEEDBACK_UP_ACTION = "career_feedback_up";
    public static final String FEEDBACK_DOWN_ACTION = "career_feedback_down";
    public static final String DID_YOU_MEAN_ACTION = "career_did_you_mean";
    static final int OTHER_MATCHES = 2;

    private final Function<String, Optional<Guide>> guides;

    public AnswerRenderer(Function<String, Optional<Guide>> guides) {
        this.guides = guides;
    }

    /**
     * {@code answerId} identifies this answer in feedback votes; {@code subcommands} are what the reader, reading
     * {@code readersGuide}, is offered when the answer is a refusal.
     */
    public List<LayoutBlock> render(Answer answer, String answerId, Guide readersGuide, List<Subcommand> subcommands) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String asked = "You asked: _" + Mrkdwn.literal(Mrkdwn.truncate(answer.query().strip(), 500)) + "_";
        blocks.add(context(c -> c.elements(List.of(markdownText(asked)))));
        Optional<Hit> best = answer.best();
        if (answer.missingRole().isPresent()) {
            blocks.add(section(s -> s.text(markdownText(noGuide(answer, readersGuide)))));
            return blocks;
        }
        if (Answer.TOO_LONG.equals(answer.reason())) {
            blocks.add(section(s -> s.text(markdownText(tooLong(answer)))));
            return blocks;
        }
        if (!answer.answered() || best.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(
                    "I don't have that in the career guides. Here is what I can do:\n"
                            + HelpRenderer.commandList(subcommands, readersGuide)))));
            suggestion(answer).ifPresent(blocks::addAll);
            return blocks;
        }
        Hit hit = best.get();
        String guideTitle = guides.apply(hit.guideId()).map(Guide::title).orElse(hit.guideId());
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*" + Mrkdwn.escape(hit.title()) + "*\n"
                + quote(Mrkdwn.escape(hit.snippet())), Mrkdwn.MAX_TEXT)))));
        ranges(hit).ifPresent(line -> blocks.add(context(c -> c.elements(List.of(markdownText(line))))));
        blocks.add(context(c -> c.elements(List.of(markdownText("From *" + Mrkdwn.escape(guideTitle) + "*")))));

        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button(b -> b.actionId(SharedActions.SHOW_SECTION).text(plainText("Show the whole section"))
                .value(hit.guideId() + "|" + hit.sectionId())));
        List<Hit> others = answer.hits().subList(1, Math.min(answer.hits().size(), 1 + OTHER_MATCHES));
        for (int i = 0; i < others.size(); i++) {
            Hit other = others.get(i);
            String actionId = SharedActions.SHOW_SECTION + "_" + (i + 1);
            // A match from another guide says whose: sections of many guides share titles ("Salary & Demand").
            String label = "Also: " + other.title() + (other.guideId().equals(hit.guideId()) ? ""
                    : " (" + guides.apply(other.guideId()).map(Guide::title).orElse(other.guideId()) + ")");
            buttons.add(button(b -> b.actionId(actionId)
                    .text(plainText(Mrkdwn.truncate(label, Mrkdwn.MAX_BUTTON_TEXT)))
                    .value(other.guideId() + "|" + other.sectionId())));
        }
        blocks.add(actions(a -> a.elements(buttons)));

        String vote = Mrkdwn.truncate(answerId, 200) + "|" + hit.guideId() + "|" + hit.sectionId();
        blocks.add(actions(a -> a.elements(List.of(
                button(b -> b.actionId(FEEDBACK_UP_ACTION).text(plainText("👍 Helpful", true)).value(vote)),
                button(b -> b.actionId(FEEDBACK_DOWN_ACTION).text(plainText("👎 Not helpful", true)).value(vote))))));
        suggestion(answer).ifPresent(blocks::addAll);
        return blocks;
    }

    /**
     * A section that gives salary ranges answers a question about pay with all of them in one line ("Entry Level
     * ~$130k–$180k · Mid Level ..."), whichever of its passages the snippet shows: the figure is the answer.
     */
    private Optional<String> ranges(Hit hit) {
        List<Item> priced = guides.apply(hit.guideId()).flatMap(g -> g.section(hit.sectionId()))
                .map(section -> section.allItems().stream().filter(i -> !i.range().isBlank()).toList())
                .orElse(List.of());
        if (priced.isEmpty() || priced.stream()
                .allMatch(i -> hit.snippet().contains(i.range().replaceFirst("^~\\s*", "")))) {
            return Optional.empty();
        }
        String line = String.join(" · ", priced.stream().map(i -> (i.name().isEmpty() ? "" : "*"
                + Mrkdwn.escape(i.name()) + "* ") + Mrkdwn.escape(i.range())).toList());
        return Optional.of(Mrkdwn.truncate(line, Mrkdwn.MAX_TEXT));
    }

    /**
     * "There is no guide for *data scientist* yet", with the closest roles that have one: the reader's own guide among
     * them is marked as theirs, and choosing is offered only when another is there to choose.
     */
    static String noGuide(Answer answer, Guide readersGuide) {
        String role = Mrkdwn.literal(Mrkdwn.truncate(answer.missingRole().orElseThrow(), 100));
        String text = "There is no guide for *" + role + "* yet.";
        List<String> closest = answer.closestGuides();
        if (!closest.isEmpty()) {
            boolean another = closest.stream().anyMatch(t -> !t.equals(readersGuide.title()));
            text += (closest.size() == 1 ? " The closest role with a guide: " : " The closest roles with a guide: ")
                    + String.join(", ", closest.stream().map(t -> "*" + Mrkdwn.escape(t) + "*"
                            + (t.equals(readersGuide.title()) ? " (your guide)" : "")).toList())
                    + (another ? " (`/career role` to choose one)." : ".");
        }
        return Mrkdwn.truncate(text, Mrkdwn.MAX_TEXT);
    }

    /**
     * A question longer than is searched (a pasted page, a word said a thousand times): said plainly, with what to
     * ask instead, rather than an answer guessed from its first lines.
     */
    static String tooLong(Answer answer) {
        return TooLong.question(answer.query());
    }

    /** Notification text for a message carrying an answer. */
    public String fallbackText(Answer answer) {
        if (Answer.TOO_LONG.equals(answer.reason())) {
            return "That question is too long for me to answer well.";
        }
        if (answer.missingRole().isPresent()) {
            return "There is no guide for " + Mrkdwn.escape(Mrkdwn.truncate(answer.missingRole().get(), 100))
                    + " yet.";
        }
        return answer.answered() && answer.best().isPresent()
                ? Mrkdwn.truncate(Mrkdwn.escape(answer.best().get().title()), Mrkdwn.MAX_TEXT)
                : "I don't have that in the career guides.";
    }

    private static Optional<List<LayoutBlock>> suggestion(Answer answer) {
        return answer.suggestion().filter(s -> !s.isBlank()).map(s -> List.of(
                context(c -> c.elements(List.of(markdownText("Did you mean _" + Mrkdwn.escape(
                        Mrkdwn.truncate(s, 500)) + "_?")))),
                actions(a -> a.elements(List.of(button(b -> b.actionId(DID_YOU_MEAN_ACTION)
                        .text(plainText(Mrkdwn.truncate("Ask: " + s, Mrkdwn.MAX_BUTTON_TEXT)))
                        .value(Mrkdwn.truncate(s, Mrkdwn.MAX_VALUE))))))));
    }

    private static String quote(String text) {
        return ">" + text.replace("\n", "\n>");
    }
}
