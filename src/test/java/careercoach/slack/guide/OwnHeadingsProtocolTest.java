package careercoach.slack.guide;

import careercoach.search.LiveGuides;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A guide an organisation wrote under its own headings (src/test/resources/search/no-kind-headings): its skill gaps
 * under "Hard lessons" and its pay under "Money", headings that name no kind. The commands find those sections by
 * what they say, as the search does.
 */
class OwnHeadingsProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(OwnHeadingsProtocolTest::guideUnderOwnHeadings);

    private static Map<String, String> guideUnderOwnHeadings() {
        try {
            Files.createDirectories(indexData.resolve("guides"));
            Files.copy(Path.of("src/test/resources/search/no-kind-headings/guides/data-engineering-lead.yml"),
                    indexData.resolve("guides/data-engineering-lead.yml"));
            Files.copy(Path.of("index-data/synonyms.txt"), indexData.resolve("synonyms.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", indexData.toString());
    }

    @Test
    void salary_showsTheSectionUnderTheGuidesOwnHeading() throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", "salary"));

        assertEquals("Money", body.at("/blocks/0/text/text").asText(), body.toString());
        assertTrue(body.toString().contains("Mid Level"), body.toString());
    }

    @Test
    void gaps_showsTheSectionUnderTheGuidesOwnHeading() throws Exception {
        JsonNode body = ack(kit.command("U2", "C1", "gaps"));

        assertEquals("Hard lessons", body.at("/blocks/0/text/text").asText(), body.toString());
    }

    @Test
    void salary_afterTheGuideIsEditedAndReloaded_stillShowsTheSectionUnderItsOwnHeading() throws Exception {
        // Any edit reloads the guide; the reloaded guide's kinds are read from content as at start.
        Path file = indexData.resolve("guides/data-engineering-lead.yml");
        Files.writeString(file, Files.readString(file).replace("subtitle: Career Guide\n",
                "subtitle: Career Guide, edited\n"));
        LiveGuides guides = kit.app().guides();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!guides.library().find("data-engineering-lead").orElseThrow().subtitle().endsWith("edited")) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || !guides.awaitAttempts(guides.status().attempts() + 1, left)) {
                fail("the edited guide was not reloaded: " + guides.status());
            }
        }

        JsonNode body = ack(kit.command("U4", "C1", "salary"));

        assertEquals("Money", body.at("/blocks/0/text/text").asText(), body.toString());
    }

    @Test
    void check_asksTheSkillGapsUnderTheGuidesOwnHeading() throws Exception {
        kit.command("U3", "C1", "check");

        List<FakeSlackApi.Call> sent = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "DU3".equals(c.param("channel")), 1);
        String question = sent.get(0).blocks().toString();
        assertTrue(question.contains("Protecting pipelines from upstream schema changes"), question);
    }
}
