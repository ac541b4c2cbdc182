package careercoach.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack's Block Kit limits, checked on what the bot sent: each breach as one line naming the place and the limit
 * (an empty list when the call would be accepted as sent).
 */
public final class SlackLimits {
    private SlackLimits() {
    }

    /** Every limit a recorded call breaks: its blocks, or its view's blocks, title and metadata. */
    public static List<String> breaches(FakeSlackApi.Call call) {
        List<String> found = new ArrayList<>();
        String text = call.param("text");
        if (text != null && text.length() > 40_000) {
            found.add("text: " + text.length() + " > 40000");
        }
        JsonNode blocks = call.blocks();
        if (blocks.isArray() && blocks.size() > 0) {
            if (blocks.size() > 50) {
                found.add("message blocks: " + blocks.size() + " > 50");
            }
            blocks(blocks, "blocks", found);
        }
        if (call.param("view") != null) {
            JsonNode view = call.view();
            int max = "home".equals(view.path("type").asText()) ? 100 : 100;
            if (view.path("blocks").size() > max) {
                found.add("view blocks: " + view.path("blocks").size() + " > " + max);
            }
            limit(view.path("title").path("text"), 24, "view title", found);
            limit(view.path("submit").path("text"), 24, "view submit", found);
            limit(view.path("close").path("text"), 24, "view close", found);
            limit(view.path("private_metadata"), 3000, "view private_metadata", found);
            limit(view.path("callback_id"), 255, "view callback_id", found);
            blocks(view.path("blocks"), "view.blocks", found);
        }
        return found;
    }

    /** Options answered to a {@code block_suggestion}: at most 100, each within its limits. */
    public static List<String> options(JsonNode options) {
        List<String> found = new ArrayList<>();
        if (options.size() > 100) {
            found.add("options: " + options.size() + " > 100");
        }
        for (int i = 0; i < options.size(); i++) {
            option(options.get(i), "options[" + i + "]", found);
        }
        return found;
    }

    private static void blocks(JsonNode blocks, String where, List<String> found) {
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String at = where + "[" + i + "]:" + block.path("type").asText();
            limit(block.path("block_id"), 255, at + ".block_id", found);
            switch (block.path("type").asText()) {
                case "section" -> {
                    limit(block.path("text").path("text"), 3000, at + ".text", found);
                    if (block.path("fields").size() > 10) {
                        found.add(at + ".fields: " + block.path("fields").size() + " > 10");
                    }
                    for (JsonNode field : block.path("fields")) {
                        limit(field.path("text"), 2000, at + ".field", found);
                    }
                    if (!block.path("accessory").isMissingNode()) {
                        element(block.path("accessory"), at + ".accessory", found);
                    }
                    if (block.path("text").isMissingNode() && block.path("fields").isMissingNode()) {
                        found.add(at + ": neither text nor fields");
                    }
                    if (block.path("text").path("text").asText("x").isEmpty()) {
                        found.add(at + ": empty text");
                    }
                }
                case "header" -> limit(block.path("text").path("text"), 150, at + ".text", found);
                case "context" -> {
                    if (block.path("elements").size() > 10) {
                        found.add(at + ".elements: " + block.path("elements").size() + " > 10");
                    }
                    for (JsonNode element : block.path("elements")) {
                        limit(element.path("text"), 3000, at + ".element", found);
                    }
                }
                case "actions" -> {
                    if (block.path("elements").size() > 25) {
                        found.add(at + ".elements: " + block.path("elements").size() + " > 25");
                    }
                    for (JsonNode element : block.path("elements")) {
                        element(element, at + ".element", found);
                    }
                }
                case "input" -> {
                    limit(block.path("label").path("text"), 2000, at + ".label", found);
                    element(block.path("element"), at + ".element", found);
                }
                default -> {
                }
            }
        }
    }

    private static void element(JsonNode element, String at, List<String> found) {
        limit(element.path("action_id"), 255, at + ".action_id", found);
        limit(element.path("placeholder").path("text"), 150, at + ".placeholder", found);
        switch (element.path("type").asText()) {
            case "button" -> {
                limit(element.path("text").path("text"), 75, at + ".text", found);
                limit(element.path("value"), 2000, at + ".value", found);
                limit(element.path("url"), 3000, at + ".url", found);
            }
            case "overflow" -> {
                if (element.path("options").size() > 5) {
                    found.add(at + ".options: " + element.path("options").size() + " > 5");
                }
                for (JsonNode option : element.path("options")) {
                    option(option, at + ".option", found);
                }
            }
            case "static_select", "multi_static_select", "radio_buttons", "checkboxes" -> {
                int max = element.path("type").asText().equals("radio_buttons")
                        || element.path("type").asText().equals("checkboxes") ? 10 : 100;
                if (element.path("options").size() > max) {
                    found.add(at + ".options: " + element.path("options").size() + " > " + max);
                }
                for (JsonNode option : element.path("options")) {
                    option(option, at + ".option", found);
                }
                for (JsonNode group : element.path("option_groups")) {
                    for (JsonNode option : group.path("options")) {
                        option(option, at + ".group.option", found);
                    }
                }
            }
            default -> {
            }
        }
        if (!element.path("confirm").isMissingNode()) {
            limit(element.path("confirm").path("title").path("text"), 100, at + ".confirm.title", found);
            limit(element.path("confirm").path("text").path("text"), 300, at + ".confirm.text", found);
            limit(element.path("confirm").path("confirm").path("text"), 30, at + ".confirm.confirm", found);
            limit(element.path("confirm").path("deny").path("text"), 30, at + ".confirm.deny", found);
        }
    }

    private static void option(JsonNode option, String at, List<String> found) {
        String type = option.path("text").path("type").asText();
        int max = "mrkdwn".equals(type) ? 2000 : 75;
        limit(option.path("text").path("text"), max, at + ".text", found);
        limit(option.path("value"), 150, at + ".value", found);
        limit(option.path("description").path("text"), "mrkdwn".equals(type) ? 2000 : 75, at + ".description", found);
    }

    private static void limit(JsonNode node, int max, String at, List<String> found) {
        if (!node.isMissingNode() && node.asText().length() > max) {
            found.add(at + ": " + node.asText().length() + " > " + max);
        }
    }
}
