package careercoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The interactive elements (buttons, menus) of Block Kit blocks the bot sent, found by their action id. */
public final class Buttons {
    private Buttons() {
    }

    /** The value of the element with this action id, anywhere in the blocks; fails the test when there is none. */
    public static String value(JsonNode blocks, String actionId) {
        return find(blocks, actionId).orElseThrow(() -> new AssertionError("no " + actionId + " in " + blocks));
    }

    /** The value of the element with this action id, anywhere in the blocks (in an actions or context block). */
    public static Optional<String> find(JsonNode blocks, String actionId) {
        for (JsonNode elements : blocks.findValues("elements")) {
            for (JsonNode element : elements) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return Optional.of(element.path("value").asText());
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of the top-level blocks (and their accessories) whose action id starts with {@code prefix}. */
    public static List<JsonNode> startingWith(JsonNode blocks, String prefix) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().startsWith(prefix)) {
                    found.add(element);
                }
            }
            JsonNode accessory = block.path("accessory");
            if (accessory.path("action_id").asText().startsWith(prefix)) {
                found.add(accessory);
            }
        }
        return found;
    }
}
