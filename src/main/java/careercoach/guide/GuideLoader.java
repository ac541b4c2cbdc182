package careercoach.guide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads every {@code guides/*.yml} under an index-data directory. */
public final class GuideLoader {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GuideLibrary load(Path indexData) throws IOException {
        List<Guide> guides = new ArrayList<>();
        try (Stream<Path> files = Files.list(indexData.resolve("guides"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                guides.add(yaml.readValue(file.toFile(), Guide.class));
            }
        }
        return new GuideLibrary(guides);
    }
}
