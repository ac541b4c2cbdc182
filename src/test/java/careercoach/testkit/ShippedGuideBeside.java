package careercoach.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An index-data folder serving the shipped guide, as the default, beside other guides: what a workspace with a second
 * role looks like to the protocol tests.
 */
public final class ShippedGuideBeside {
    public static final String SHIPPED = "backend-engineering-lead-microservices";

    private ShippedGuideBeside() {
    }

    /**
     * Writes the shipped guide, its synonyms and {@code default-guide} under {@code dir}, then copies each of
     * {@code otherGuides} (guide files) into {@code dir/guides}; returns the environment that serves them.
     */
    public static Map<String, String> in(Path dir, Path... otherGuides) {
        try {
            Files.createDirectories(dir.resolve("guides"));
            Files.copy(Path.of("index-data/guides", SHIPPED + ".yml"), dir.resolve("guides/" + SHIPPED + ".yml"));
            Files.copy(Path.of("index-data/synonyms.txt"), dir.resolve("synonyms.txt"));
            Files.writeString(dir.resolve("default-guide"), SHIPPED + "\n");
            for (Path guide : otherGuides) {
                Files.copy(guide, dir.resolve("guides").resolve(guide.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", dir.toString());
    }

    /**
     * The shipped guide, as {@link #in}, beside one more guide written from {@code yaml} as {@code guides/<id>.yml};
     * returns the environment that serves them.
     */
    public static Map<String, String> withWritten(Path dir, String id, String yaml) {
        Map<String, String> env = in(dir);
        try {
            Files.writeString(dir.resolve("guides").resolve(id + ".yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }
}
