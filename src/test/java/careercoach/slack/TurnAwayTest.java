package careercoach.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Not now" on each surface, as the busy pool and the store outage both say it. */
class TurnAwayTest {
    private static final RequestHeaders NO_HEADERS = new RequestHeaders(Map.of());
    private final List<Runnable> notes = new ArrayList<>();
    private final WebApi webApi = new WebApi(1, Duration.ZERO);
    private final TurnAway busy = new TurnAway("busy now",
            () -> Response.builder().statusCode(503).body("busy").build(), Response::ok, false);
    private final TurnAway outage = new TurnAway("try later",
            () -> Response.builder().statusCode(503).body("away").build(),
            () -> Response.builder().statusCode(503).body("away").build(), true);

    private Response answer(TurnAway turnAway, Request<?> req) {
        return turnAway.answer(req, notes::add, webApi, "note");
    }

    private static String form(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    private static BlockActionRequest click(boolean fromHome) {
        String json = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},"
                + (fromHome ? "" : "\"response_url\":\"https://hooks.slack.test/actions/1\",")
                + "\"actions\":[{\"action_id\":\"a\",\"value\":\"v\"}]}";
        return new BlockActionRequest(form(json), json, NO_HEADERS);
    }

    private static ViewSubmissionRequest modal(boolean withFields) {
        String json = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},"
                + "\"view\":{\"id\":\"V1\",\"state\":{\"values\":" + (withFields ? "{\"person\":{}}" : "{}") + "}}}";
        return new ViewSubmissionRequest(form(json), json, NO_HEADERS);
    }

    @Test
    void command_isToldInItsAck() {
        Response response = answer(busy, new SlashCommandRequest(
                "team_id=T1&user_id=U1&command=%2Fcareer&text=skills", NO_HEADERS));

        JsonObject body = JsonParser.parseString(response.getBody()).getAsJsonObject();
        assertEquals(200, response.getStatusCode());
        assertEquals("ephemeral", body.get("response_type").getAsString());
        assertEquals("busy now", body.get("text").getAsString());
    }

    @Test
    void event_getsWhatSlackDeliversAgain() {
        EventRequest event = new EventRequest("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev1\","
                + "\"event\":{\"type\":\"message\",\"user\":\"U1\"}}", NO_HEADERS);

        assertEquals(503, answer(busy, event).getStatusCode());
        assertEquals("away", answer(outage, event).getBody());
    }

    @Test
    void click_getsANoteAfterTheAck_fromTheAppHomeOnlyWhenADmIsWanted() {
        assertEquals(200, answer(busy, click(false)).getStatusCode());
        assertEquals(1, notes.size());
        assertEquals(200, answer(busy, click(true)).getStatusCode());
        assertEquals(1, notes.size(), "no DM from the App Home while busy");
        assertEquals(200, answer(outage, click(true)).getStatusCode());
        assertEquals(2, notes.size(), "a DM from the App Home while the store is away");
    }

    @Test
    void modal_isToldOnItsFirstField_withoutFieldsGetsTheOtherAnswer() {
        Response onField = answer(outage, modal(true));
        assertEquals(200, onField.getStatusCode());
        assertTrue(onField.getBody().contains("\"response_action\":\"errors\""), onField.getBody());
        assertTrue(onField.getBody().contains("\"person\":\"try later\""), onField.getBody());

        assertEquals(200, answer(busy, modal(false)).getStatusCode());
        assertEquals(503, answer(outage, modal(false)).getStatusCode());
    }
}
