package careercoach.testkit;

import careercoach.search.LiveGuides;
import careercoach.search.ReloadStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * An index-data folder the running app serves and reloads when it changes: a copy of the shipped one to edit, edits
 * made as editors make them, and the wait for the reload that follows.
 */
public final class LiveIndexData {
    private LiveIndexData() {
    }

    /** A copy of the shipped index-data folder as {@code dir/index-data}; returns it. */
    public static Path copyOfShipped(Path dir) throws IOException {
        Path source = Path.of("index-data");
        Path target = dir.resolve("index-data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Writes the text next to the file and moves it in, as editors and git do: the server never reads half a file. */
    public static void write(Path file, String text) throws IOException {
        Path edited = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(edited, text, StandardCharsets.UTF_8);
        Files.move(edited, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Returns once the guides' reload status is {@code done}; fails with the last status after 90 s. */
    public static void awaitReload(LiveGuides guides, Predicate<ReloadStatus> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        ReloadStatus status = guides.status();
        while (!done.test(status)) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || !guides.awaitAttempts(status.attempts() + 1, left)) {
                fail("no reload as expected; last status " + guides.status());
            }
            status = guides.status();
        }
    }
}
