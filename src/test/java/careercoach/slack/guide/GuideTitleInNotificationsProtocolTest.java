package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guide whose title holds characters Slack reads as markup ("R&D", a pasted "<!channel>"): the notification text of
 * what the bot posts in a channel shows them as written, and never mentions the whole channel.
 */
class GuideTitleInNotificationsProtocolTest {
    private static final String ODD = "odd-title-lead";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(GuideTitleInNotificationsProtocolTest::indexData);

    private static Map<String, String> indexData() {
        try {
            Path source = Path.of("src/test/resources/search/multi-guide/guides/staff-engineer-platform.yml");
            Path copy = Files.createDirectories(indexData.resolve("staging")).resolve(ODD + ".yml");
            Files.writeString(copy, Files.readString(source)
                    .replace("id: staff-engineer-platform", "id: " + ODD)
                    .replace("title: Staff Engineer (Platform)", "title: \"<!channel> R&D Lead\"")
                    .replace("aliases: [", "aliases: [Odd Title Lead, "));
            return ShippedGuideBeside.in(indexData, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sectionSharedInAChannel_hasTheTitleEscapedInItsNotificationText() throws Exception {
        kit.blockAction("U1", "C1", SectionRenderer.SHARE_ACTION, ODD + "|top-skills");

        FakeSlackApi.Call post = kit.slack().await("chat.postMessage", 1).get(0);
        String text = post.param("text");
        assertFalse(text.contains("<!channel>"), text);
        assertTrue(text.contains("&lt;!channel&gt; R&amp;D Lead"), text);
    }

    @Test
    void comparisonSharedInAChannel_hasTheTitleEscapedInItsNotificationText() throws Exception {
        kit.blockAction("U1", "C2", "career_compare_share", ShippedGuideBeside.SHIPPED + "|" + ODD);

        FakeSlackApi.Call post = kit.slack().await("chat.postMessage", 1).get(0);
        String text = post.param("text");
        assertFalse(text.contains("<!channel>"), text);
        assertTrue(text.contains("&lt;!channel&gt; R&amp;D Lead"), text);
    }
}
