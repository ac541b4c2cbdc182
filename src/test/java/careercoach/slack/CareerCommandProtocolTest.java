package careercoach.slack;

import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareerCommandProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = SlackTestKit.start();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void reset() {
        kit.slack().reset();
    }

    @Test
    void skills_answersEphemerallyFromGuideData() throws Exception {
        HttpResponse<String> response = kit.command("U1", "C1", "skills");

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        assertTrue(body.get("blocks").toString().contains("Top Skills for Success"), body.toString());
        assertTrue(body.get("blocks").toString().contains("Share in channel"));
    }
}
