package careercoach.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares Block Kit with {@code src/test/resources/golden/<name>.json}, serialised as Slack's client sends it.
 * Run with {@code -Dgolden.update=true} to rewrite the files after an intended change (then review the diff).
 */
public final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, Object blocks) throws Exception {
        JsonNode actual = JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
        Path file = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual), "golden " + file);
    }
}
