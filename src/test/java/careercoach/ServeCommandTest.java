package careercoach;

import careercoach.testkit.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    /** Passwords with characters that java.net.URI refuses or misreads; none may be printed or logged. */
    @ParameterizedTest
    @ValueSource(strings = {
            "postgres://app:s3cr^t/pw@127.0.0.1:1/coach",
            "postgresql://app:s3cr^t/pw@@127.0.0.1:1/coach?sslmode=disable",
            "postgres://app:s3cr^t/pw@bad host/coach",
            "jdbc:postgresql://127.0.0.1:1/coach?user=app&password=s3cr^t/pw"})
    void run_databaseUnreachable_neverPrintsThePassword(String databaseUrl) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (LogCapture logs = LogCapture.open()) {
            status = new ServeCommand(Map.of("DATABASE_URL", databaseUrl, "PORT", "0",
                    "INDEX_DATA", "index-data")::get, new PrintStream(err, true, StandardCharsets.UTF_8))
                    .run(new String[0]);
            assertFalse(logs.allText().contains("s3cr"), logs.allText());
        }

        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, printed);
        assertTrue(printed.startsWith("serve: could not start: "), printed);
        assertFalse(printed.contains("s3cr"), printed);
        assertEquals(1, printed.strip().lines().count(), printed);
    }

    /** What the build runs to make the class-data archive: a whole start, Slack's variables ignored, then a stop. */
    @Test
    void run_stopWhenReady_startsInLocalModeAndStops() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (LogCapture logs = LogCapture.open()) {
            status = new ServeCommand(Map.of("PORT", "0", "INDEX_DATA", "index-data",
                    "DATABASE_URL", "jdbc:h2:mem:stop-when-ready",
                    "SLACK_BOT_TOKEN", "xoxb-never-used", "SLACK_SIGNING_SECRET", "never-used",
                    "SLACK_API_URL", "http://127.0.0.1:1/api/")::get,
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[]{"--stop-when-ready"});
            assertTrue(logs.allText().contains("local mode"), logs.allText());
            assertTrue(logs.allText().contains("stopped"), logs.allText());
        }

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }
}
