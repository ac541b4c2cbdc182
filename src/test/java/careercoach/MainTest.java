package careercoach;

import careercoach.cli.NewGuideCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain log lines for a person trying the bot locally; JSON wherever Slack is connected; and a command's output that
 * is the command's own words.
 */
class MainTest {

    @AfterEach
    void clear() {
        System.clearProperty("LOG_FORMAT");
        System.clearProperty("LOG_LEVEL");
    }

    @Test
    void readableLogsForPeople_localMode_isText() {
        Main.readableLogsForPeople(Map.of());

        assertEquals("text", System.getProperty("LOG_FORMAT"));
    }

    @Test
    void readableLogsForPeople_anySlackMode_keepsJson() {
        for (String variable : new String[] {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_CLIENT_ID"}) {
            Main.readableLogsForPeople(Map.of(variable, "set"));

            assertNull(System.getProperty("LOG_FORMAT"), variable);
        }
    }

    @Test
    void quietLogsForCommands_anAuthorsCommandLogsWarningsOnly_theServerSearchAndAChosenLevelAreLeftAlone() {
        Main.quietLogsForCommands("serve", Map.of());
        assertNull(System.getProperty("LOG_LEVEL"));
        Main.quietLogsForCommands("search", Map.of());
        assertNull(System.getProperty("LOG_LEVEL"), "search says why a first question takes a while");

        Main.quietLogsForCommands("validate", Map.of("LOG_LEVEL", "debug"));
        assertNull(System.getProperty("LOG_LEVEL"));

        Main.quietLogsForCommands("validate", Map.of());
        assertEquals("WARN", System.getProperty("LOG_LEVEL"));
    }

    @Test
    void import_intoAFolderHoldingADraft_printsTheCommandsWordsAndNoLogLine(@TempDir Path dir) throws Exception {
        Path guides = dir.resolve("index-data/guides");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, new NewGuideCommand(quiet, quiet, name -> null).run(new String[] {"frontend-lead",
                "Frontend Lead", dir.resolve("index-data").toString()}), "a draft beside the imported guide");
        Path ladder = Files.writeString(dir.resolve("ladder.md"), "# Data Lead\n## Responsibilities\n- Own the data\n");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import", ladder.toString())
                .directory(dir.toFile()).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the import ends");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), err);
        assertTrue(Files.exists(guides.resolve("data-lead.yml")), out + err);
        assertEquals("", err);
        assertTrue(out.lines().allMatch(l -> List.of("Imported ", "  ", "Note: ", "validate: ").stream()
                .anyMatch(l::startsWith) || l.contains(": warning: ")), out);
    }
}
