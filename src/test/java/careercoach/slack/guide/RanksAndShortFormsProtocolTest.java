package careercoach.slack.guide;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles said in generic words and in short forms, through signed Slack requests, over an organisation's Site
 * Reliability Engineering Manager and a studio's Engineering Manager (Live Operations) beside the shipped Backend
 * Engineering Lead: "live ops" is live operations, so the live-ops manager's questions are answered from that
 * guide; and "engineering manager" is the live-ops manager (its name is that rank), never the SRE manager, whose
 * name says a field of its own.
 */
class RanksAndShortFormsProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/search/outside-guides-3/sre-manager.yml"),
            Path.of("src/test/resources/search/outside-guides-4/engineering-manager-live-operations.yml")));

    private static String answer(String user, String question) throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage(user, question), 0);
        return KIT.slack().await(c -> c.method().equals("chat.postMessage") && c.allText().contains("From *")
                || c.method().equals("chat.postMessage") && c.allText().contains("no guide"), 1).get(0).allText();
    }

    @Test
    void question_liveOpsSaidShort_isAnsweredFromTheLiveOperationsManager() throws Exception {
        String sent = answer("U1", "live ops engineering manager pay");
        assertTrue(sent.contains("From *Engineering Manager (Live Operations)*"), sent);
    }

    @Test
    void question_engineeringManager_isTheManagerNamedSo_notTheSreManager() throws Exception {
        String sent = answer("U2", "engineering manager responsibilities");
        assertTrue(sent.contains("From *Engineering Manager (Live Operations)*"), sent);
    }
}
