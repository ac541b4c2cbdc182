package careercoach.slack.workflow;

import careercoach.workflow.StepFailedException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The inputs of a step as Slack sends them in {@code function_executed} ({@code event.inputs}), read with the type
 * the manifest declares; a missing or mistyped input fails the step with a sentence naming the input.
 */
final class StepInputs {
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,}");

    private final JsonNode inputs;

    StepInputs(JsonNode inputs) {
        this.inputs = inputs == null || !inputs.isObject() ? com.fasterxml.jackson.databind.node.MissingNode
                .getInstance() : inputs;
    }

    /** A {@code slack#/types/user_id} input, or a {@code slack#/types/user_context} one ({@code {"id": ...}}). */
    String user(String name, String title) throws StepFailedException {
        JsonNode value = inputs.path(name);
        if (value.isObject()) {
            value = value.path("id");
        }
        String id = text(value, name, title);
        if (!USER.matcher(id).matches()) {
            throw new StepFailedException("The " + title + " input must be a person in Slack, not \"" + shorten(id)
                    + "\": pick a person or a variable that holds one.");
        }
        return id;
    }

    /** An optional {@code user_id} or {@code user_context} input: empty when left out, else as {@link #user}. */
    Optional<String> optionalUser(String name, String title) throws StepFailedException {
        JsonNode value = inputs.path(name);
        if (value.isObject()) {
            value = value.path("id");
        }
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(user(name, title));
    }

    /** A {@code slack#/types/channel_id} input. */
    String channel(String name, String title) throws StepFailedException {
        String id = text(inputs.path(name), name, title);
        if (!CHANNEL.matcher(id).matches()) {
            throw new StepFailedException("The " + title + " input must be a channel, not \"" + shorten(id)
                    + "\": pick a channel or a variable that holds one.");
        }
        return id;
    }

    /** A {@code slack#/types/date} input ({@code YYYY-MM-DD}); empty when left out. */
    Optional<LocalDate> date(String name, String title) throws StepFailedException {
        JsonNode value = inputs.path(name);
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new StepFailedException("The " + title + " input must be a date, not " + shorten(value.toString())
                    + ".");
        }
        try {
            return Optional.of(LocalDate.parse(value.asText().strip()));
        } catch (DateTimeParseException e) {
            throw new StepFailedException("The " + title + " input must be a date like 2026-12-31, not \""
                    + shorten(value.asText()) + "\".");
        }
    }

    /** An optional {@code string} input (or a list of them); empty when left out. */
    List<String> texts(String name, String title) throws StepFailedException {
        JsonNode value = inputs.path(name);
        List<String> texts = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return texts;
        }
        if (value.isTextual()) {
            texts.add(value.asText());
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new StepFailedException("The " + title + " input must be text.");
                }
                texts.add(element.asText());
            }
        } else {
            throw new StepFailedException("The " + title + " input must be text, not " + shorten(value.toString())
                    + ".");
        }
        return texts;
    }

    private static String text(JsonNode value, String name, String title) throws StepFailedException {
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw new StepFailedException("The " + title + " input is empty: set it in Workflow Builder.");
        }
        if (!value.isTextual()) {
            throw new StepFailedException("The " + title + " input has the wrong type (" + shorten(value.toString())
                    + "): set it again in Workflow Builder.");
        }
        return value.asText().strip();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
