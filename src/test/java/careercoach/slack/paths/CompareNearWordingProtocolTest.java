package careercoach.slack.paths;

import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two roles whose duties are worded nearly alike ("Hire, mentor and give quarterly feedback to web engineers",
 * "Hire, coach and give feedback to payments engineers, and hold the monthly retrospective", which the model puts
 * below the comparer's threshold of meaning): {@code /career compare} lists the duty as one both roles have, not as
 * one the other role adds and one that matters less there, while duties that share no such wording stay apart.
 */
class CompareNearWordingProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> twoTeamLeads(indexData));

    private static String guide(String id, String title, String duties) {
        return "id: " + id + "\ntitle: " + title + "\nsections:\n"
                + "  - id: overview\n    title: Overview\n    text: Leads a team of engineers.\n"
                + "  - id: key-responsibilities\n    title: Key Responsibilities\n    items:\n" + duties;
    }

    static Map<String, String> twoTeamLeads(Path dir) {
        try {
            Files.createDirectories(dir.resolve("guides"));
            Files.writeString(dir.resolve("guides/web-team-lead.yml"), guide("web-team-lead", "Web Team Lead", """
                          - id: hire-mentor-feedback
                            text: Hire, mentor and give quarterly feedback to web engineers
                          - id: quarterly-budget
                            text: Plan the quarterly budget for browsers and devices
                    """));
            Files.writeString(dir.resolve("guides/payments-team-lead.yml"), guide("payments-team-lead",
                    "Payments Team Lead", """
                          - id: hire-coach-feedback
                            text: >-
                              Hire, coach and give feedback to payments engineers, and hold the monthly retrospective
                          - id: on-call
                            text: Run the on-call rotation for card payments
                    """));
            Files.writeString(dir.resolve("default-guide"), "web-team-lead\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", dir.toString());
    }

    @Test
    void compare_dutiesWordedNearlyAlike_areOnesBothRolesHave() throws Exception {
        kit.command("UNEAR", "C1", "compare payments team lead");

        String shown = kit.slack().await("response_url", 1).get(0).blocks().toString();
        assertTrue(shown.contains("*Responsibilities both roles need* (1)"), shown);
        assertTrue(shown.contains("*What Payments Team Lead adds* (1)\\n• Run the on-call rotation for card payments"),
                shown);
        assertTrue(shown.contains("*What matters less there* (1)\\n• Plan the quarterly budget"), shown);
    }
}
