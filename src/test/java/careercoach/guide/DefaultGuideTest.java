package careercoach.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultGuideTest {

    private static Path twoGuides(Path dir) throws Exception {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        String shipped = Files.readString(Path.of("index-data/guides/backend-engineering-lead-microservices.yml"));
        Files.writeString(guides.resolve("backend-engineering-lead-microservices.yml"), shipped);
        Files.writeString(guides.resolve("a-frontend-lead.yml"), shipped
                .replace("id: backend-engineering-lead-microservices", "id: a-frontend-lead")
                .replace("title: Backend Engineering Lead (Microservices)", "title: Frontend Lead"));
        return dir;
    }

    @Test
    void load_withoutDefaultGuideFileTakesTheFirstByFileName(@TempDir Path dir) throws Exception {
        GuideLibrary library = new GuideLoader().load(twoGuides(dir));
        assertEquals("a-frontend-lead", library.defaultGuide().id());
    }

    @Test
    void load_defaultGuideFileChoosesTheDefault(@TempDir Path dir) throws Exception {
        Files.writeString(twoGuides(dir).resolve("default-guide"), "backend-engineering-lead-microservices\n");
        GuideLibrary library = new GuideLoader().load(dir);
        assertEquals("backend-engineering-lead-microservices", library.defaultGuide().id());
        assertTrue(library.hasConfiguredDefault());
    }

    @Test
    void load_unknownDefaultGuideIsAProblemWithItsFile(@TempDir Path dir) throws Exception {
        Files.writeString(twoGuides(dir).resolve("default-guide"), "no-such-guide");
        GuideValidationException e = assertThrows(GuideValidationException.class, () -> new GuideLoader().load(dir));
        assertTrue(e.problems().get(0).toString().contains("default-guide:1: no guide with id 'no-such-guide'"),
                e.problems().toString());
    }

    @Test
    void load_defaultGuideSettingWinsOverTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(twoGuides(dir).resolve("default-guide"), "backend-engineering-lead-microservices\n");
        GuideLibrary library = new GuideLoader(java.util.Optional.of("a-frontend-lead")).load(dir);
        assertEquals("a-frontend-lead", library.defaultGuide().id());
    }

    @Test
    void load_unknownDefaultGuideSettingNamesTheVariableAndTheIds(@TempDir Path dir) throws Exception {
        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader(java.util.Optional.of("nope")).load(twoGuides(dir)));
        assertTrue(e.problems().get(0).toString().contains("DEFAULT_GUIDE: no guide with id 'nope': set DEFAULT_GUIDE"
                + " to one of [a-frontend-lead, backend-engineering-lead-microservices]"), e.problems().toString());
    }
}
