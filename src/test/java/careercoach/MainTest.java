package careercoach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Plain log lines for a person trying the bot locally; JSON wherever Slack is connected. */
class MainTest {

    @AfterEach
    void clear() {
        System.clearProperty("LOG_FORMAT");
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
}
