package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code /career role} by the initials of a role's name, through signed Slack requests, over guides whose authors
 * listed no aliases: "sre lead" is the Site Reliability Engineering Lead, "EM" the Engineering Manager.
 */
class RoleByInitialsProtocolTest {
    private static final String SRE = "site-reliability-engineering-lead";
    private static final String MANAGER = "engineering-manager-platform-team";

    @TempDir
    static Path indexData;
    @TempDir
    static Path written;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(RoleByInitialsProtocolTest::guidesWithoutAliases);

    private static Map<String, String> guidesWithoutAliases() {
        try {
            String manager = Files.readString(Path.of("src/test/resources/search/multi-guide/guides", MANAGER + ".yml"))
                    .replaceFirst("(?m)^aliases: .*\\R", "");
            String sre = manager.replaceFirst("(?m)^id: .*$", "id: " + SRE)
                    .replaceFirst("(?m)^title: .*$", "title: Site Reliability Engineering Lead");
            Path managerFile = Files.writeString(written.resolve(MANAGER + ".yml"), manager);
            Path sreFile = Files.writeString(written.resolve(SRE + ".yml"), sre);
            return ShippedGuideBeside.in(indexData, managerFile, sreFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void role_typedAsTheInitialsOfItsQualifiersAndItsHead_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U1", "C1", "role sre lead"));

        assertEquals("Your guide is now *Site Reliability Engineering Lead*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(SRE), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U1"));
    }

    @Test
    void role_typedAsTheInitialsOfTheWholeName_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U2", "C1", "role EM"));

        assertEquals("Your guide is now *Engineering Manager (Platform Team)*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(MANAGER), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U2"));
    }
}
