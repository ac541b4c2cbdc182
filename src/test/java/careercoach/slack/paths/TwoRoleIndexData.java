package careercoach.slack.paths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An index-data with two connected roles: the shipped backend lead guide, whose career progression names
 * "Engineering Manager", and the engineering manager (platform team) guide of the many-guides fixture.
 */
public final class TwoRoleIndexData {
    public static final String BACKEND = "backend-engineering-lead-microservices";
    public static final String MANAGER = "engineering-manager-platform-team";

    private TwoRoleIndexData() {
    }

    /** Writes both guides under {@code dir/guides} and returns the environment that serves them. */
    public static Map<String, String> in(Path dir) {
        try {
            Files.createDirectories(dir.resolve("guides"));
            Files.copy(Path.of("index-data/guides/" + BACKEND + ".yml"), dir.resolve("guides/" + BACKEND + ".yml"));
            Files.copy(Path.of("src/test/resources/search/multi-guide/guides/" + MANAGER + ".yml"),
                    dir.resolve("guides/" + MANAGER + ".yml"));
            Files.writeString(dir.resolve("default-guide"), BACKEND + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", dir.toString());
    }
}
