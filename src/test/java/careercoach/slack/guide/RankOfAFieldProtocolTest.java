package careercoach.slack.guide;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rank said in generic words where the only manager guide is a manager of a field of its own, through signed
 * Slack requests: beside the shipped Backend Engineering Lead, an organisation's Site Reliability Engineering
 * Manager and Technical Program Manager. "engineering manager" is neither: there is no guide for it, and the SRE
 * manager is the closest role offered; said with its field, the SRE manager is answered.
 */
class RankOfAFieldProtocolTest {
    private static final Path GUIDES = Path.of("src/test/resources/search/outside-guides-3");
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            GUIDES.resolve("sre-manager.yml"), GUIDES.resolve("technical-program-manager.yml")));

    @Test
    void question_engineeringManager_isARoleWithNoGuide_theSreManagerClosest() throws Exception {
        String sent = KIT.answer("U1", "engineering manager salary", "engineering manager");
        assertTrue(sent.contains("There is no guide for *engineering manager* yet."), sent);
        assertTrue(sent.contains("Site Reliability Engineering Manager"), sent);
    }

    @Test
    void question_theRankWithItsField_isThatGuides() throws Exception {
        String sent = KIT.answer("U2", "SRE manager salary", "From *");
        assertTrue(sent.contains("From *Site Reliability Engineering Manager*"), sent);
    }
}
