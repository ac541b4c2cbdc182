package careercoach.web;

import com.google.gson.Gson;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Our click requests must be exactly what Bolt's own parser makes, so listeners cannot tell them apart. */
class SlackRequestsTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final AppConfig CONFIG = AppConfig.builder().singleTeamBotToken("xoxb-test-only")
            .signingSecret("test-only").build();

    private static String click(String payloadJson) {
        return "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
    }

    private static final String CHANNEL_CLICK = """
            {"type":"block_actions","user":{"id":"U1","username":"ana","team_id":"T1"},"api_app_id":"A1",
             "team":{"id":"T1","domain":"example","enterprise_id":"E1"},"trigger_id":"trig-1",
             "channel":{"id":"C1","name":"general"},
             "container":{"type":"message","message_ts":"1700000000.000100","channel_id":"C1"},
             "response_url":"https://hooks.slack.test/actions/1",
             "message":{"ts":"1700000000.000100","text":"hi","blocks":[{"type":"section","block_id":"s1",
               "text":{"type":"mrkdwn","text":"*Item*"},"accessory":{"type":"button","action_id":"tick",
               "text":{"type":"plain_text","text":"Tick"},"value":"1:2"}}]},
             "actions":[{"action_id":"tick","block_id":"s1","type":"button","value":"1:2",
               "text":{"type":"plain_text","text":"Tick"},"action_ts":"1700000001.0"}]}""";

    private static final String HOME_CLICK_WITHOUT_TEAM = """
            {"type":"block_actions","user":{"id":"U2","team_id":"T9"},
             "container":{"type":"view","view_id":"V1"},"view":{"id":"V1","type":"home"},
             "interactivity":{"interactivity_pointer":"pointer-7"},
             "actions":[{"action_id":"coach_start","type":"button","value":"x"}]}""";

    private static Request<?> bolt(String body, Map<String, List<String>> headers) {
        return new SlackRequestParser(CONFIG).parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                .queryString(Map.of("q", List.of("1"))).requestBody(body).headers(new RequestHeaders(headers))
                .remoteAddress("10.0.0.1").build());
    }

    private static Request<?> ours(String body, Map<String, List<String>> headers) {
        return new SlackRequests(CONFIG).parse(body, new RequestHeaders(headers), "/slack/events",
                Map.of("q", List.of("1")), "10.0.0.1");
    }

    @Test
    void click_isTheSameRequestBoltWouldMake() {
        for (String payload : List.of(CHANNEL_CLICK, HOME_CLICK_WITHOUT_TEAM)) {
            for (Map<String, List<String>> headers : List.of(Map.<String, List<String>>of(),
                    Map.of("X-Forwarded-For", List.of("203.0.113.9")))) {
                BlockActionRequest expected = (BlockActionRequest) bolt(click(payload), headers);
                Request<?> actual = ours(click(payload), headers);

                BlockActionRequest click = assertInstanceOf(BlockActionRequest.class, actual);
                assertEquals(RequestType.BlockAction, click.getRequestType());
                assertEquals(GSON.toJson(expected.getPayload()), GSON.toJson(click.getPayload()));
                ActionContext want = expected.getContext();
                ActionContext got = click.getContext();
                assertEquals(want.getTeamId(), got.getTeamId());
                assertEquals(want.getEnterpriseId(), got.getEnterpriseId());
                assertEquals(want.getRequestUserId(), got.getRequestUserId());
                assertEquals(want.getResponseUrl(), got.getResponseUrl());
                assertEquals(want.getTriggerId(), got.getTriggerId());
                assertEquals(want.getBotToken(), got.getBotToken());
                assertEquals(want.getFunctionBotAccessToken(), got.getFunctionBotAccessToken());
                assertEquals(want.getFunctionExecutionId(), got.getFunctionExecutionId());
                assertSame(want.getSlack(), got.getSlack());
                assertEquals(expected.getResponseUrl(), click.getResponseUrl());
                assertEquals(expected.getQueryString(), click.getQueryString());
                assertEquals(expected.getClientIpAddress(), click.getClientIpAddress());
                assertEquals(expected.getRequestBodyAsString(), click.getRequestBodyAsString());
            }
        }
    }

    @Test
    void click_readsTheTeamAndPointerTheWayBoltDoes() {
        BlockActionRequest click = (BlockActionRequest) ours(click(HOME_CLICK_WITHOUT_TEAM), Map.of());

        assertEquals("T9", click.getContext().getTeamId());
        assertEquals("pointer-7", click.getContext().getTriggerId());
        assertEquals("U2", click.getContext().getRequestUserId());
        assertEquals("xoxb-test-only", click.getContext().getBotToken());
    }

    @Test
    void clickWithoutAUser_failsAsBoltsDoes() {
        String noUser = click("{\"type\":\"block_actions\",\"actions\":[]}");

        assertThrows(RuntimeException.class, () -> bolt(noUser, Map.of()));
        assertThrows(RuntimeException.class, () -> ours(noUser, Map.of()));
    }

    @Test
    void command_isTheSameRequestBoltWouldMake() {
        String body = "token=t0k&team_id=T1&team_domain=example&enterprise_id=E1&channel_id=C1&channel_name=general"
                + "&user_id=U1&user_name=ana&command=%2Fcareer&text=skills+%26+steps%3D1&text2=&\napi_app_id=A1"
                + "&is_enterprise_install=true&response_url=https%3A%2F%2Fhooks.slack.test%2Fcommands%2F1"
                + "&trigger_id=trig-2";
        for (Map<String, List<String>> headers : List.of(Map.<String, List<String>>of(),
                Map.of("X-Forwarded-For", List.of("203.0.113.9")))) {
            SlashCommandRequest expected = (SlashCommandRequest) bolt(body, headers);
            SlashCommandRequest actual = assertInstanceOf(SlashCommandRequest.class, ours(body, headers));

            assertEquals(GSON.toJson(expected.getPayload()), GSON.toJson(actual.getPayload()));
            assertEquals("skills & steps=1", actual.getPayload().getText());
            assertEquals("A1", actual.getPayload().getApiAppId());
            assertEquals(expected.getContext().getTeamId(), actual.getContext().getTeamId());
            assertEquals(expected.getContext().getEnterpriseId(), actual.getContext().getEnterpriseId());
            assertEquals(expected.getContext().getRequestUserId(), actual.getContext().getRequestUserId());
            assertEquals(expected.getContext().getChannelId(), actual.getContext().getChannelId());
            assertEquals(expected.getContext().getResponseUrl(), actual.getContext().getResponseUrl());
            assertEquals(expected.getContext().getTriggerId(), actual.getContext().getTriggerId());
            assertEquals(expected.getContext().getBotToken(), actual.getContext().getBotToken());
            assertEquals(expected.getQueryString(), actual.getQueryString());
            assertEquals(expected.getClientIpAddress(), actual.getClientIpAddress());
            assertEquals(expected.getRequestBodyAsString(), actual.getRequestBodyAsString());
        }
    }

    @Test
    void formWithPayloadAndCommand_isReadAsThePayload_asBoltDoes() {
        String body = "command=%2Fcareer&" + click(CHANNEL_CLICK);

        assertInstanceOf(BlockActionRequest.class, bolt(body, Map.of()));
        assertInstanceOf(BlockActionRequest.class, ours(body, Map.of()));
    }

    @Test
    void malformedEscapes_failAsBoltsDo() {
        for (String body : List.of("command=%2Fcareer&text=50%", "command=%2Fcareer&text=%zz", "payload=%7B%zz")) {
            assertThrows(IllegalArgumentException.class, () -> bolt(body, Map.of()), body);
            assertThrows(IllegalArgumentException.class, () -> ours(body, Map.of()), body);
        }
    }

    @Test
    void event_isTheSameRequestBoltWouldMake() {
        String body = "  {\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev1\","
                + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"hi\","
                + "\"channel\":\"D1\",\"ts\":\"1.2\"}}";
        Request<?> expected = bolt(body, Map.of());
        Request<?> actual = ours(body, Map.of());

        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(RequestType.Event, actual.getRequestType());
        assertEquals(expected.getContext().getTeamId(), actual.getContext().getTeamId());
        assertEquals(expected.getContext().getRequestUserId(), actual.getContext().getRequestUserId());
    }

    @Test
    void otherPayloads_goThroughBoltsParser() {
        Request<?> command = ours("command=%2Fcareer&text=skills&user_id=U1&team_id=T1", Map.of());

        assertInstanceOf(SlashCommandRequest.class, command);
        assertNull(ours("payload=" + URLEncoder.encode("{\"type\":\"no_such\"}", StandardCharsets.UTF_8),
                Map.of()));
    }
}
