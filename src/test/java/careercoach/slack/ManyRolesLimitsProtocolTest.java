package careercoach.slack;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackLimits;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation with many roles, each guide written its own way (the shipped guide and three companies' guides):
 * everything the bot says as people of each role look around (help, their sections, the App Home, a comparison with
 * the next role) stays within Slack's limits, so Slack takes it as sent.
 */
class ManyRolesLimitsProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(ManyRolesLimitsProtocolTest::guides);
    private static final List<String> IDS = new ArrayList<>();

    private static Map<String, String> guides() {
        List<Path> others = new ArrayList<>();
        for (String set : List.of("4", "5", "6")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/search/outside-guides-" + set))) {
                files.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(others::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        IDS.add(ShippedGuideBeside.SHIPPED);
        others.forEach(p -> IDS.add(p.getFileName().toString().replace(".yml", "")));
        return ShippedGuideBeside.in(indexData, others.toArray(Path[]::new));
    }

    private static void withinLimits(String what, HttpResponse<String> ack, List<String> breaches) throws Exception {
        assertEquals(200, ack.statusCode(), what);
        if (ack.body().startsWith("{")) {
            JsonNode body = JSON.readTree(ack.body());
            String blocks = body.path("blocks").isMissingNode() ? null : body.path("blocks").toString();
            FakeSlackApi.Call asSent = new FakeSlackApi.Call("ack", blocks == null ? Map.of("text",
                    body.path("text").asText()) : Map.of("text", body.path("text").asText(), "blocks", blocks), null);
            SlackLimits.breaches(asSent).forEach(b -> breaches.add(what + " (ack): " + b));
        }
    }

    @Test
    void eachRole_everythingShown_staysWithinSlacksLimits() throws Exception {
        List<String> breaches = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            String user = "UROLE" + i;
            String id = IDS.get(i);
            kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, user, id);
            for (String command : List.of("help", "role", "skills", "responsibilities", "gaps", "steps", "path",
                    "salary", "companies", "compare " + IDS.get((i + 1) % IDS.size()).replace('-', ' '))) {
                withinLimits(id + ": /career " + command, kit.command(user, "C1", command), breaches);
            }
            kit.openHome(user);
        }
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(60)));
        for (FakeSlackApi.Call call : kit.slack().calls()) {
            SlackLimits.breaches(call).forEach(b -> breaches.add(call.method() + ": " + b));
        }
        assertTrue(breaches.isEmpty(), String.join("\n", breaches));
        assertTrue(kit.slack().calls("views.publish").size() >= IDS.size(), "every App Home published");
    }
}
