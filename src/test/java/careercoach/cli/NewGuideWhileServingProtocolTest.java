package careercoach.cli;

import careercoach.search.LiveGuides;
import careercoach.search.ReloadStatus;
import careercoach.testkit.LiveIndexData;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static careercoach.testkit.LiveIndexData.awaitReload;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code new-guide} run next to a running server: the skeleton is never offered to anyone, not when written, not
 * when its draft mark is deleted too early; once completed, it is.
 */
class NewGuideWhileServingProtocolTest {

    @Test
    void skeleton_isNeverOffered_untilItIsCompleted(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);
        Path file = indexData.resolve("guides/frontend-lead.yml");
        try (SlackTestKit kit = SlackTestKit.start(Map.of("INDEX_DATA", indexData.toString()), Clock.systemUTC())) {
            LiveGuides guides = kit.app().guides();
            ReloadStatus before = guides.status();

            newGuide(indexData);
            awaitReload(guides, s -> s.attempts() > before.attempts() && s.loaded() > before.loaded());
            assertNotOffered(kit);

            String skeleton = Files.readString(file);
            LiveIndexData.write(file, skeleton.lines().filter(l -> !l.startsWith("draft:")).reduce("", (a, b) -> a + b + "\n"));
            awaitReload(guides, s -> s.failure().isPresent());
            assertNotOffered(kit);
            assertTrue(guides.status().failure().orElseThrow().problems().stream()
                    .anyMatch(p -> p.contains("frontend-lead.yml:") && p.contains("Replace:")),
                    guides.status().toString());

            ReloadStatus refused = guides.status();
            LiveIndexData.write(file, NewGuideCommandTest.completed(skeleton));
            awaitReload(guides, s -> s.loaded() > refused.loaded());
            assertTrue(kit.command("U1", "C1", "role").body().contains("Frontend Lead"));
        }
    }

    private static void assertNotOffered(SlackTestKit kit) throws Exception {
        String roles = kit.command("U1", "C1", "role").body();
        assertFalse(roles.contains("Frontend Lead"), roles);
        String chosen = kit.command("U1", "C1", "role frontend-lead").body();
        assertFalse(chosen.contains("Replace:"), chosen);
    }

    private static void newGuide(Path indexData) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int status = new NewGuideCommand(new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8), name -> null)
                .run(new String[] {"frontend-lead", "Frontend Lead", indexData.toString()});
        assertTrue(status == 0, sink::toString);
    }
}
