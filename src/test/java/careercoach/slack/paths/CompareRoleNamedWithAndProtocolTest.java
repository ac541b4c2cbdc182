package careercoach.slack.paths;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "compare X with Y" in the DM or at a mention, X a role whose name holds one of the words that part two roles
 * ("Infrastructure and Compliance Lead"): the two roles are compared, as {@code /career compare} compares them,
 * instead of parting X at its own "and" and answering the message as a question.
 */
class CompareRoleNamedWithAndProtocolTest {
    private static final Path HEALTH = Path.of("src/test/resources/search/outside-guides-6");
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            HEALTH.resolve("clinical-integrations-lead.yml"), HEALTH.resolve("infrastructure-compliance-lead.yml")));

    @Test
    void compareDm_firstRoleNameHoldsAnd_comparesTheTwoRoles() throws Exception {
        KIT.event(KIT.newEventId(), KIT.directMessage("U1",
                "compare infrastructure and compliance lead with clinical integrations lead"), 0);

        String text = KIT.slack().await(c -> c.method().equals("chat.postMessage") && "DU1".equals(c.param("channel")),
                1).get(0).allText();
        assertTrue(text.contains("From Infrastructure &amp; Compliance Lead to Clinical Integrations Lead"), text);
    }

    @Test
    void mention_firstRoleNameHoldsAnd_comparesTheTwoRolesInTheThread() throws Exception {
        KIT.event(KIT.newEventId(), KIT.mention("U2", "CAND",
                "compare infrastructure and compliance lead to clinical integrations lead"), 0);

        FakeSlackApi.Call posted = KIT.slack().await(c -> c.method().equals("chat.postMessage")
                && "CAND".equals(c.param("channel")), 1).get(0);
        assertTrue(posted.allText().contains("From Infrastructure &amp; Compliance Lead to Clinical Integrations Lead"),
                posted.allText());
    }
}
