package careercoach.web;

import careercoach.slack.checklist.ChecklistIds;
import careercoach.slack.coach.CoachRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correctly signed payloads that are malformed: each gets 400 (unreadable) or 200 (acknowledged, nothing done)
 * and one warning line, never 500 and never a stack trace.
 */
class MalformedPayloadProtocolTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String USER = "\"user\":{\"id\":\"U1\",\"team_id\":\"T0001\"}";
    private static final String TEAM = "\"team\":{\"id\":\"T0001\"}";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    static Stream<Arguments> malformed() {
        return Stream.of(
                form("command text with a broken escape", "command=%2Fcareer&user_id=U1&team_id=T0001&text=%ZZ"),
                form("payload that is not JSON", "payload={not"),
                form("payload that is a JSON array", "payload=" + enc("[1,2]")),
                form("payload of a JSON string", "payload=" + enc("\"block_actions\"")),
                form("block_actions without user or team", blockActions(
                        "\"actions\":[{\"action_id\":\"" + ChecklistIds.TICK + "\",\"value\":\"1\"}]")),
                form("block_actions whose null team leaves no workspace named", blockActions(
                        "\"user\":{\"id\":\"U1\"},\"team\":null,\"actions\":[{\"action_id\":\""
                                + ChecklistIds.TICK + "\",\"block_id\":\"x\",\"action_ts\":\"1.2\"}]")),
                form("block_actions without actions", blockActions(USER + "," + TEAM)),
                form("block_actions with empty actions", blockActions(USER + "," + TEAM + ",\"actions\":[]")),
                form("tick with no message", blockActions(USER + "," + TEAM
                        + ",\"container\":{\"type\":\"message\",\"channel_id\":\"C1\"},\"channel\":{\"id\":\"C1\"},"
                        + "\"actions\":[{\"action_id\":\"" + ChecklistIds.TICK + "\",\"block_id\":\"x\","
                        + "\"value\":\"1\",\"action_ts\":\"1.2\"}]")),
                form("tick with a value that is no number", blockActions(USER + "," + TEAM
                        + ",\"channel\":{\"id\":\"C1\"},\"actions\":[{\"action_id\":\"" + ChecklistIds.ARCHIVE
                        + "\",\"value\":\"many\"}]")),
                form("coach answer with a malformed value", blockActions(USER + "," + TEAM
                        + ",\"actions\":[{\"action_id\":\"" + CoachRenderer.ANSWER_ACTION + "STRONG\","
                        + "\"value\":\"|||\"}]")),
                form("start button whose value is only a separator", blockActions(USER + "," + TEAM
                        + ",\"actions\":[{\"action_id\":\"" + CoachRenderer.START_ACTION + "\",\"value\":\"|\"}]")),
                form("start again whose value is only separators", blockActions(USER + "," + TEAM
                        + ",\"actions\":[{\"action_id\":\"" + CoachRenderer.RESTART_ACTION + "\",\"value\":\"||\"}]")),
                form("save plan with no value", blockActions(USER + "," + TEAM
                        + ",\"actions\":[{\"action_id\":\"" + CoachRenderer.SAVE_PLAN_ACTION + "\"}]")),
                form("modal with an impossible date", viewSubmission(validMetadata(),
                        state("U2", "next-steps/resume-outcomes", "", "\"2024-13-45\""))),
                form("modal with a 20,000-character item", viewSubmission(validMetadata(),
                        state("U2", null, "x".repeat(20_000), "null"))),
                form("modal with a null person", viewSubmission(validMetadata(),
                        state(null, "next-steps/resume-outcomes", "", "null"))),
                form("modal with bad private_metadata", viewSubmission("\"{not json\"",
                        state("U2", "next-steps/resume-outcomes", "", "null"))),
                form("modal with no state", viewSubmission(validMetadata(), "null")),
                form("modal with no view", "payload=" + enc("{\"type\":\"view_submission\"," + USER + "," + TEAM
                        + "}")),
                json("event envelope with no event", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev1\"}"),
                json("event_id that is an object", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":{},\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"hi\","
                        + "\"channel\":\"C1\",\"ts\":\"1.1\"}}"),
                json("event that is a string", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev2\",\"event\":\"message\"}"),
                json("event without a type", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev3\",\"event\":{\"user\":\"U1\"}}"),
                json("direct message without user or text", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev4\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                        + "\"channel\":\"D1\",\"ts\":\"1.1\"}}"),
                json("mention with text that is an object", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev5\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":{},"
                        + "\"channel\":\"C1\",\"ts\":\"1.1\"}}"),
                json("home opened without user", "{\"type\":\"event_callback\",\"team_id\":\"T0001\","
                        + "\"event_id\":\"Ev6\",\"event\":{\"type\":\"app_home_opened\",\"tab\":\"home\"}}"),
                json("top-level JSON array", "[{\"type\":\"event_callback\"}]"),
                json("JSON that is cut off", "{\"type\":\"event_callback\",\"event\":{"),
                json("a type Slack never sends", "{\"type\":\"surprise\"}"),
                json("no type at all", "{\"team_id\":\"T0001\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedSignedPayload_gets400Or200_andOneWarning(String name, String contentType, String body)
            throws Exception {
        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> response = kit.postSigned(body, contentType, Map.of());

            assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                    name + ": " + response.statusCode() + " " + response.body());
            assertFalse(response.body().contains("Exception"), response.body());
            assertTrue(logs.at(Level.ERROR).isEmpty(), logs.allText());
            assertTrue(logs.at(Level.WARN).size() <= 1, logs.allText());
            assertTrue(logs.events().stream().noneMatch(e -> e.getThrowableProxy() != null), logs.allText());
        }
    }

    @Test
    void appRateLimitedNotice_isAcknowledged_andCounted() throws Exception {
        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> response = kit.postSigned("{\"token\":\"legacy\",\"type\":\"app_rate_limited\","
                    + "\"team_id\":\"T0001\",\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0001\"}",
                    JSON, Map.of());

            assertEquals(200, response.statusCode());
            assertEquals(1, logs.at(Level.WARN).size(), logs.allText());
            assertTrue(logs.at(Level.WARN).get(0).getFormattedMessage().contains("app_rate_limited"));
        }
        assertTrue(kit.get("/metrics").body().contains("slack_events_rate_limited_total 1.0"));
    }

    private static Arguments form(String name, String body) {
        return Arguments.of(name, FORM, body);
    }

    private static Arguments json(String name, String body) {
        return Arguments.of(name, JSON, body);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String blockActions(String fields) {
        return "payload=" + enc("{\"type\":\"block_actions\",\"api_app_id\":\"A0001\",\"trigger_id\":\"t1\","
                + fields + "}");
    }

    private static String validMetadata() {
        return "\"{\\\"channel\\\":\\\"C1\\\",\\\"responseUrl\\\":\\\"http://127.0.0.1:1/response/x\\\"}\"";
    }

    private static String viewSubmission(String privateMetadata, String state) {
        return "payload=" + enc("{\"type\":\"view_submission\"," + USER + "," + TEAM + ",\"view\":{\"id\":\"V1\","
                + "\"type\":\"modal\",\"callback_id\":\"" + ChecklistIds.SHARE_VIEW + "\",\"private_metadata\":"
                + privateMetadata + ",\"state\":" + state + "}}");
    }

    private static String state(String person, String step, String custom, String date) {
        return "{\"values\":{\"" + ChecklistIds.PERSON_BLOCK + "\":{\"" + ChecklistIds.PERSON_ACTION
                + "\":{\"type\":\"users_select\",\"selected_user\":" + (person == null ? "null" : "\"" + person + "\"")
                + "}},\"" + ChecklistIds.STEPS_BLOCK + "_0\":{\"" + ChecklistIds.PICK_ACTION
                + "\":{\"type\":\"checkboxes\",\"selected_options\":["
                + (step == null ? "" : "{\"value\":\"" + step + "\"}") + "]}},\"" + ChecklistIds.CUSTOM_BLOCK
                + "\":{\"" + ChecklistIds.CUSTOM_ACTION + "\":{\"type\":\"plain_text_input\",\"value\":\"" + custom
                + "\"}},\"" + ChecklistIds.DUE_BLOCK + "\":{\"" + ChecklistIds.DUE_ACTION
                + "\":{\"type\":\"datepicker\",\"selected_date\":" + date + "}}}}";
    }

    @SuppressWarnings("unused")
    private static String team() {
        return FakeSlackApi.TEAM_ID;
    }
}
