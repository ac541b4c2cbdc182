package careercoach.slack.ask;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers from a guide written with an organisation's own sections: an answer about a role's pay quotes the row of
 * the guide's pay table for that role, not the band closest in meaning (the fixture's rows are roles: "Senior
 * Release Engineer", "Release Lead", "Head of Delivery"); a section of no standard kind is answered from.
 */
class OwnSectionsAnswerProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/search/own-sections/guides/release-engineering-lead.yml")));

    @Test
    void payOfTheGuidesRole_quotesItsRow() throws Exception {
        String sent = kit.firstReplyTo("U50", "what does a release engineering lead earn");

        assertTrue(sent.contains(">Bands: Release Lead ($175k–$225k base (US))"), sent);
        assertFalse(sent.contains(">Bands: Head of Delivery"), sent);
    }

    @Test
    void guideChosen_aSectionOfNoKindIsAnswered() throws Exception {
        kit.command("U51", "C50", "role release-engineering-lead");
        String sent = kit.firstReplyTo("U51", "what certifications help?");

        assertTrue(sent.contains("*Certifications and courses*"), sent);
        assertFalse(sent.contains("I don't have that in the career guides"), sent);
    }
}
