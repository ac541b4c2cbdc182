package careercoach.slack;

import careercoach.coach.ConversationEngine;
import careercoach.coach.ConversationKind;
import careercoach.guide.Guide;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Buttons one feature shows and another answers: their action ids and values are the only thing features share,
 * so they live here rather than in either feature.
 */
public final class SharedActions {
    /**
     * Shows a whole guide section; value {@code guideId|sectionId}. Answered by the guide feature, which also
     * accepts this id with a suffix ({@code _2}, {@code _home_top-skills}) so several such buttons can share a
     * message.
     */
    public static final String SHOW_SECTION = "career_show_section";
    /** Starts a guided conversation; value: a {@link ConversationKind} name. Answered by the coach feature. */
    public static final String START_CONVERSATION = "coach_start";
    /**
     * Starts a skill check toward another role; value: that role's guide id. Answered by the coach feature, which
     * also accepts this id with a suffix ({@code _2}) so several such buttons can share a message.
     */
    public static final String CHECK_TOWARD = "coach_check_toward";

    private SharedActions() {
    }

    /**
     * Under a section: start a skill-gap check, or walk the next steps; only the conversations the guide has
     * something to ask in (a guide may have no skill areas or no next steps). Empty when it has neither.
     */
    public static Optional<LayoutBlock> startButtons(Guide guide) {
        List<BlockElement> buttons = new ArrayList<>();
        if (ConversationEngine.hasQuestions(guide, ConversationKind.SKILL_CHECK)) {
            buttons.add(button(b -> b.actionId(START_CONVERSATION).text(plainText("Check my skills"))
                    .value(ConversationKind.SKILL_CHECK.name())));
        }
        if (ConversationEngine.hasQuestions(guide, ConversationKind.STEPS_WALK)) {
            buttons.add(button(b -> b.actionId(START_CONVERSATION + "_walk").text(plainText("Walk my next steps"))
                    .value(ConversationKind.STEPS_WALK.name())));
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(actions(a -> a.elements(buttons)));
    }

    /** Under the next steps section: go through them one by one (when the guide lists steps to walk). */
    public static Optional<LayoutBlock> walkButton(Guide guide) {
        if (!ConversationEngine.hasQuestions(guide, ConversationKind.STEPS_WALK)) {
            return Optional.empty();
        }
        return Optional.of(actions(a -> a.elements(List.of(button(b -> b.actionId(START_CONVERSATION).style("primary")
                .text(plainText("Walk through them with me")).value(ConversationKind.STEPS_WALK.name()))))));
    }

    /**
     * The parts of the clicked button's value, split at "|": never empty, so a value of only separators ("|"),
     * which Slack carries as sent, reads as one empty part and not as no part at all.
     */
    public static String[] parts(BlockActionRequest req) {
        String[] parts = value(req).split("\\|");
        return parts.length == 0 ? new String[] {""} : parts;
    }

    /** The value of the clicked button ("" when it has none). */
    public static String value(BlockActionRequest req) {
        BlockActionPayload payload = req.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return "";
        }
        String value = payload.getActions().get(0).getValue();
        return value == null ? "" : value;
    }
}
