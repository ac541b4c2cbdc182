package careercoach.slack;

import careercoach.slack.guide.GuideFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** manifest.yml declares what the app handles, on the one Request URL. */
class ManifestTest {
    private final JsonNode manifest = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(new File("manifest.yml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void manifest_declaresTheCareerCommandWithUsage() {
        JsonNode command = manifest.at("/features/slash_commands/0");

        assertEquals(CareerCommands.COMMAND, command.get("command").asText());
        assertFalse(command.get("description").asText().isBlank());
        for (String name : GuideFeature.SECTION_COMMANDS.keySet()) {
            assertTrue(command.get("usage_hint").asText().contains(name), name);
        }
    }

    @Test
    void manifest_subscribesToTheEventsTheAppHandles() {
        List<String> events = new ArrayList<>();
        manifest.at("/settings/event_subscriptions/bot_events").forEach(e -> events.add(e.asText()));

        assertEquals(List.of("app_mention", "message.im", "app_home_opened"), events);
    }

    @Test
    void manifest_usesOneRequestUrlAndHttpModeByDefault() {
        List<String> urls = manifest.findValuesAsText("url");
        urls.addAll(manifest.findValuesAsText("request_url"));

        assertEquals(3, urls.size());
        assertTrue(urls.stream().allMatch(u -> u.equals("https://YOUR-HOST/slack/events")), urls.toString());
        assertFalse(manifest.at("/settings/socket_mode_enabled").asBoolean());
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean());
        assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean());
        assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean());
    }
}
