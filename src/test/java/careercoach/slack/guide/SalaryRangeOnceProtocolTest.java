package careercoach.slack.guide;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /career salary} through signed Slack requests over a studio's gameplay guide, whose imported levels repeat
 * their range as their text: each level shows its range once, not "range — the same range".
 */
class SalaryRangeOnceProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/search/outside-guides-4/gameplay-engineering-lead.yml"),
            Path.of("src/test/resources/search/outside-guides-4/engineering-manager-live-operations.yml")));

    @Test
    void salary_levelWhoseTextIsItsRange_showsTheRangeOnce() throws Exception {
        assertEquals(200, KIT.command("U1", "C1", "role gameplay engineering lead").statusCode());
        HttpResponse<String> response = KIT.command("U1", "C1", "salary");
        assertEquals(200, response.statusCode(), response.body());
        String body = JSON.readTree(response.body()).path("blocks").toString();

        String entry = "*Entry*: £60k–£72k base (UK), CA$105k–CA$125k base (Canada)";
        assertTrue(body.contains(entry), body);
        assertEquals(1, body.split("£60k–£72k base", -1).length - 1, body);
    }
}
