package careercoach.slack.guide;

import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /career help on a guide that has only some sections offers only the commands that guide can answer. */
class GuideAwareHelpProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(GuideAwareHelpProtocolTest::indexDataWithOneGuide);

    /** An index-data with a guide that has only an overview and next steps. */
    private static Map<String, String> indexDataWithOneGuide() {
        try {
            Files.createDirectories(indexData.resolve("guides"));
            Files.writeString(indexData.resolve("guides/frontend-lead.yml"), """
                    id: frontend-lead
                    title: Frontend Lead
                    sections:
                      - id: overview
                        title: Overview
                        text: Leads the web client team.
                      - id: next-steps
                        title: Next Steps
                        items:
                          - id: design-review
                            text: Run a design review of the checkout flow
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", indexData.toString());
    }

    @Test
    void help_listsOnlyTheCommandsThisGuideHasContentFor() throws Exception {
        HttpResponse<String> ack = kit.command("U1", "C1", "help");

        assertEquals(200, ack.statusCode());
        String help = JSON.readTree(ack.body()).path("blocks").toString();
        assertTrue(help.contains("/career steps"), help);
        assertTrue(help.contains("/career steps walk"), help);
        assertTrue(help.contains("/career ask"), help);
        for (String absent : new String[] {"/career skills", "/career path", "/career salary", "/career companies",
                "/career gaps", "/career check"}) {
            assertFalse(help.contains(absent + " ") || help.contains(absent + "`"), absent + " offered in " + help);
        }
    }
}
