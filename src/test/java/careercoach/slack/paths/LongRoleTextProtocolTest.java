package careercoach.slack.paths;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pasted page typed where a role is expected (compare, check, role; "check my skills toward …" in the DM) is
 * refused as too long, with the limit, as a question that long is: not looked up as a role, not echoed back.
 */
class LongRoleTextProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** About 660 characters of a pasted page, ending in a role a guide has. */
    private static final String PAGE = ("We are hiring a lead who will own our platform, mentor engineers and work"
            + " closely with product. ").repeat(7) + "engineering manager";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    @ParameterizedTest
    @ValueSource(strings = {"compare", "check", "role"})
    void slashCommandWithAPastedPage_isRefusedAsTooLong_privately(String subcommand) throws Exception {
        HttpResponse<String> ack = kit.command("U1", "C1", subcommand + " " + PAGE);

        assertEquals(200, ack.statusCode());
        JsonNode body = JSON.readTree(ack.body());
        assertEquals("ephemeral", body.path("response_type").asText(), ack.body());
        String text = body.toString();
        assertTrue(text.contains("That is too long for me to answer well: I read roles of up to 500 characters,"
                + " and this one has " + PAGE.length()), text);
        assertFalse(text.contains("We are hiring"), "the page is not echoed: " + text);
        assertFalse(text.contains("There is no guide"), text);
    }

    @Test
    void checkMySkillsTowardAPastedPage_inTheDm_isRefusedAsTooLong() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U2", "check my skills toward " + PAGE), 0);

        List<FakeSlackApi.Call> posted = kit.slack().await("chat.postMessage", 1);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));
        String all = kit.slack().calls("chat.postMessage").toString();
        assertTrue(posted.get(0).allText().contains("That is too long for me"), all);
        assertFalse(all.contains("Skill check"), all);
        assertFalse(all.contains("There is no guide"), all);
    }
}
