package careercoach.slack;

import careercoach.slack.guide.GuideFeature;
import careercoach.slack.install.InstallScopes;
import careercoach.slack.workflow.WorkflowFeature;
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

        assertEquals(List.of("app_mention", "message.im", "app_home_opened", "app_uninstalled", "tokens_revoked",
                "function_executed", "assistant_thread_started", "assistant_thread_context_changed"), events);
    }

    @Test
    void manifest_declaresTheWorkflowStepsTheAppRuns() {
        JsonNode functions = manifest.at("/functions");
        List<String> callbackIds = new ArrayList<>();
        functions.fieldNames().forEachRemaining(callbackIds::add);

        assertEquals(List.of(WorkflowFeature.SHARE_CHECKLIST, WorkflowFeature.ASK_SKILL_CHECK), callbackIds);
        assertTrue(manifest.at("/settings/org_deploy_enabled").asBoolean(), "custom steps need org deploy");
        assertEquals("remote", manifest.at("/settings/function_runtime").asText());
        for (JsonNode function : functions) {
            assertFalse(function.path("title").asText().isBlank());
            for (String parameters : List.of("input_parameters", "output_parameters")) {
                assertFalse(function.path(parameters).isEmpty(), parameters);
                function.path(parameters).forEach(p -> {
                    assertTrue(p.path("type").asText().matches("string|slack#/types/[a-z_]+"), p.toString());
                    assertFalse(p.path("title").asText().isBlank(), p.toString());
                    assertTrue(p.has("is_required"), p.toString());
                });
            }
        }
        assertEquals(List.of("person", "channel", "due_date", "manager", "extra_items"),
                names(functions.path(WorkflowFeature.SHARE_CHECKLIST).path("input_parameters")));
        assertEquals(List.of("message_link"),
                names(functions.path(WorkflowFeature.SHARE_CHECKLIST).path("output_parameters")));
        assertEquals(List.of("person", "message", "asked_by"),
                names(functions.path(WorkflowFeature.ASK_SKILL_CHECK).path("input_parameters")));
        assertEquals(List.of("started_at"),
                names(functions.path(WorkflowFeature.ASK_SKILL_CHECK).path("output_parameters")));
        // Who asks is the person who used the workflow, as Slack vouches for it; a builder cannot type another name.
        assertEquals("slack#/types/user_context", functions.path(WorkflowFeature.ASK_SKILL_CHECK)
                .path("input_parameters").path("asked_by").path("type").asText());
    }

    private static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void manifest_assistantView_hasADescriptionAndAtMostFourPrompts() {
        JsonNode view = manifest.at("/features/assistant_view");

        assertFalse(view.get("assistant_description").asText().isBlank());
        JsonNode prompts = view.get("suggested_prompts");
        assertTrue(prompts.size() >= 1 && prompts.size() <= 4, prompts.toString());
        prompts.forEach(p -> assertFalse(p.get("title").asText().isBlank() || p.get("message").asText().isBlank()));
    }

    @Test
    void manifest_usesOneRequestUrlAndHttpModeByDefault() {
        List<String> urls = manifest.findValuesAsText("url");
        urls.addAll(manifest.findValuesAsText("request_url"));
        urls.addAll(manifest.findValuesAsText("message_menu_options_url"));

        assertEquals(4, urls.size());
        List<String> redirects = new ArrayList<>();
        manifest.at("/oauth_config/redirect_urls").forEach(u -> redirects.add(u.asText()));
        assertEquals(List.of("https://YOUR-HOST/slack/oauth_redirect"), redirects);
        assertTrue(urls.stream().allMatch(u -> u.equals("https://YOUR-HOST/slack/events")), urls.toString());
        assertFalse(manifest.at("/settings/socket_mode_enabled").asBoolean());
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean());
        assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean());
        assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean());
    }

    @Test
    void manifest_botScopes_areWhatAddToSlackAsksFor() {
        List<String> scopes = new ArrayList<>();
        manifest.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));

        assertEquals(String.join(",", scopes), InstallScopes.bot());
        assertTrue(scopes.containsAll(List.of("commands", "chat:write", "im:write", "users:read", "files:write")), scopes.toString());
    }
}
