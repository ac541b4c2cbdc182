package careercoach.slack.ask;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With two guides, someone who never chose a guide gets answers from whichever guide answers, named in the answer;
 * someone who chose a guide gets answers from that guide only.
 */
class GuideChoiceAnswerProtocolTest {
    private static final String QUESTION = "how do I run an accessibility audit of our web app?";

    /** A frontend guide that answers accessibility questions, served beside the shipped guide. */
    private static final String FRONTEND = """
            id: frontend-lead
            title: Frontend Lead
            sections:
              - id: next-steps
                title: Next Steps
                text: Make the web client usable by everyone and fast on every device.
                items:
                  - id: accessibility-audit
                    text: Run an accessibility audit of the web app with a screen reader and fix what blocks people
                  - id: bundle-budget
                    text: Set a performance budget for the JavaScript bundle and enforce it in the build
                phrasings:
                  - how do I run an accessibility audit
                  - how do I make our web app accessible
            """;
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(
            () -> ShippedGuideBeside.withWritten(indexData, "frontend-lead", FRONTEND));

    @Test
    void noGuideChosen_questionAnsweredByTheOtherGuide_saysWhichGuideAnswered() throws Exception {
        String sent = kit.firstReplyTo("U40", QUESTION);

        assertTrue(sent.contains("From *Frontend Lead*"), sent);
        assertTrue(sent.contains("accessibility audit"), sent);
    }

    @Test
    void noGuideChosen_askCommand_searchesEveryGuide() throws Exception {
        kit.command("U41", "C40", "ask " + QUESTION);

        FakeSlackApi.Call reply = kit.slack().await("response_url", 1).get(0);
        assertTrue(reply.allText().contains("From *Frontend Lead*"), reply.allText());
    }

    @Test
    void guideChosen_questionIsAnsweredFromThatGuideOnly() throws Exception {
        kit.command("U42", "C40", "role backend-engineering-lead-microservices");
        String sent = kit.firstReplyTo("U42", QUESTION);

        assertFalse(sent.contains("Frontend Lead"), sent);
    }

    @Test
    void frontendChosen_backendQuestion_isNotAnsweredFromTheBackendGuide() throws Exception {
        kit.command("U43", "C40", "role frontend-lead");
        String sent = kit.firstReplyTo("U43", "what is the median salary range?");

        assertFalse(sent.contains("From *Backend Engineering Lead"), sent);
    }
}
