package careercoach.testkit;

import careercoach.slack.checklist.ChecklistIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The checklist share form as a manager submits it: its state values and private metadata as Slack sends them in
 * the {@code view_submission}, and the checklist id in the message the bot then posts.
 */
public final class ShareForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShareForm() {
    }

    /**
     * Every input of the form: the person, the guide's next steps ticked ({@code steps}, refs such as
     * {@code next-steps/mentoring}), the written-out items ({@code custom}, a line each) and the due date
     * ({@code due}, {@code yyyy-mm-dd}, or null for none).
     */
    public static ObjectNode shareState(String person, List<String> steps, String custom, String due) {
        ObjectNode values = JSON.createObjectNode();
        values.putObject(ChecklistIds.PERSON_BLOCK).putObject(ChecklistIds.PERSON_ACTION)
                .put("type", "users_select").put("selected_user", person);
        ArrayNode picks = values.putObject(ChecklistIds.STEPS_BLOCK + "_0").putObject(ChecklistIds.PICK_ACTION)
                .put("type", "checkboxes").putArray("selected_options");
        steps.forEach(step -> picks.addObject().put("value", step));
        values.putObject(ChecklistIds.CUSTOM_BLOCK).putObject(ChecklistIds.CUSTOM_ACTION)
                .put("type", "plain_text_input").put("value", custom);
        ObjectNode date = values.putObject(ChecklistIds.DUE_BLOCK).putObject(ChecklistIds.DUE_ACTION)
                .put("type", "datepicker");
        if (due == null) {
            date.putNull("selected_date");
        } else {
            date.put("selected_date", due);
        }
        return values;
    }

    /** The form's private metadata for a share in {@code channel}, its answer going to the fake's response URL. */
    public static String shareMetadata(SlackTestKit kit, String channel) {
        return shareMetadata(kit, channel, "share");
    }

    /** As {@link #shareMetadata(SlackTestKit, String)}, with a response URL of this name. */
    public static String shareMetadata(SlackTestKit kit, String channel, String responseUrlName) {
        return "{\"channel\":\"" + channel + "\",\"responseUrl\":\"" + kit.slack().responseUrl(responseUrlName) + "\"}";
    }

    /** The id of the checklist a posted (or updated) checklist message shows. */
    public static long checklistId(JsonNode blocks) {
        for (JsonNode block : blocks) {
            var id = ChecklistIds.checklistOf(block.path("block_id").asText());
            if (id.isPresent()) {
                return id.getAsLong();
            }
        }
        throw new AssertionError("no checklist block in " + blocks);
    }
}
