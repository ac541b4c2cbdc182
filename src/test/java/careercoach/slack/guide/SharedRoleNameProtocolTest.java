package careercoach.slack.guide;

import careercoach.slack.SharedActions;
import careercoach.testkit.Buttons;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two guides that share another name ("Tech Lead" is an alias of the backend lead's guide and of the engineering
 * manager's, as validate warns): the role typed by that name is no single guide, and the guides named so are the
 * closest roles offered, whatever their titles say.
 */
class SharedRoleNameProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "engineering-manager-platform-team";
    private static final Path GUIDES = Path.of("src/test/resources/search/multi-guide/guides");

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(SharedRoleNameProtocolTest::guides);

    private static Map<String, String> guides() {
        Map<String, String> env = ShippedGuideBeside.in(indexData, GUIDES.resolve("data-engineering-lead.yml"),
                GUIDES.resolve("mobile-engineering-lead-ios-android.yml"));
        try {
            String manager = Files.readString(GUIDES.resolve(MANAGER + ".yml"))
                    .replaceFirst("(?m)^aliases: \\[", "aliases: [Tech Lead, ");
            Files.writeString(indexData.resolve("guides/" + MANAGER + ".yml"), manager);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    private static List<String> offered(String command, String actionPrefix) throws Exception {
        JsonNode blocks = JSON.readTree(kit.command("U1", "C1", command).body()).path("blocks");
        assertTrue(blocks.toString().contains("No single guide matches _tech lead_."), blocks.toString());
        return Buttons.startingWith(blocks, actionPrefix).stream().map(b -> b.path("value").asText()).toList();
    }

    @Test
    void checkTowardANameTwoGuidesShare_offersTheGuideNamedSoThatIsNotTheReadersOwn() throws Exception {
        List<String> offered = offered("check tech lead", SharedActions.CHECK_TOWARD);

        assertTrue(offered.contains(MANAGER), offered.toString());
    }

    @Test
    void compareWithANameTwoGuidesShare_offersTheOtherGuideNamedSo() throws Exception {
        List<String> offered = offered("compare tech lead", "career_compare_");

        assertTrue(!offered.isEmpty() && offered.get(0).equals(MANAGER), offered.toString());
    }
}
