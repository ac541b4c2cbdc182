package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.SectionIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewGuideCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new NewGuideCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), name -> null).run(args);
    }

    @Test
    void run_writesASkeletonWithEverySectionThatValidates(@TempDir Path indexData) throws Exception {
        assertEquals(0, run("frontend-lead", "Frontend \"Web\" Lead", indexData.toString()), err::toString);

        Guide guide = new GuideLoader().load(indexData).find("frontend-lead").orElseThrow();
        assertEquals("Frontend \"Web\" Lead", guide.title());
        for (String section : SectionIds.ALL) {
            assertTrue(guide.section(section).isPresent(), section);
        }
        String yaml = Files.readString(indexData.resolve("guides/frontend-lead.yml"));
        assertTrue(yaml.contains("# must equal the file name"), yaml);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("validate"), out::toString);
    }

    @Test
    void run_neverOverwritesAndRefusesBadIds(@TempDir Path indexData) throws Exception {
        assertEquals(0, run("sre-lead", "SRE Lead", indexData.toString()));
        Path file = indexData.resolve("guides/sre-lead.yml");
        Files.writeString(file, Files.readString(file).replace("Replace: two or three", "Runs reliability."));

        assertEquals(1, run("sre-lead", "SRE Lead", indexData.toString()));
        assertTrue(Files.readString(file).contains("Runs reliability."));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists"), err::toString);

        assertEquals(2, run("SRE_Lead", "SRE Lead", indexData.toString()));
        assertEquals(2, run("sre-lead"));
    }
}
