package careercoach.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {

    private static Config from(Map<String, String> env) {
        return Config.from(env::get);
    }

    @Test
    void from_nothingSet_isLocalModeWithDefaults() {
        Config config = from(Map.of());

        assertEquals(Config.Mode.LOCAL, config.mode());
        assertEquals(3000, config.port());
        assertEquals("https://slack.com/api/", config.slackApiUrl().toString());
        assertEquals("index-data", config.indexData().toString());
    }

    @Test
    void from_tokenAndSecret_isHttpMode() {
        Config config = from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret"));

        assertEquals(Config.Mode.HTTP, config.mode());
    }

    @Test
    void from_appToken_isSocketMode() {
        Config config = from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

        assertEquals(Config.Mode.SOCKET, config.mode());
    }

    @Test
    void host_localModeListensOnLoopbackOnly_otherModesEverywhere() {
        assertEquals("127.0.0.1", from(Map.of()).host());
        assertEquals("0.0.0.0", from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret")).host());
        assertEquals("0.0.0.0", from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")).host());
    }

    @Test
    void from_malformedPort_namesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("PORT", "eighty")));

        assertTrue(e.getMessage().startsWith("PORT "), e.getMessage());
    }

    @Test
    void from_badTokenPrefix_namesTheVariableWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> from(Map.of("SLACK_BOT_TOKEN", "xoxp-secret-value", "SLACK_SIGNING_SECRET", "s")));

        assertTrue(e.getMessage().startsWith("SLACK_BOT_TOKEN "), e.getMessage());
        assertFalse(e.getMessage().contains("secret-value"));
    }

    @Test
    void from_badApiUrl_namesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("SLACK_API_URL", "ftp://x")));

        assertTrue(e.getMessage().startsWith("SLACK_API_URL "), e.getMessage());
    }

    @Test
    void from_apiUrlWithoutSlash_getsOne() {
        assertEquals("http://127.0.0.1:9/api/", from(Map.of("SLACK_API_URL", "http://127.0.0.1:9/api"))
                .slackApiUrl().toString());
    }

    @Test
    void from_tokenWithoutSecret_namesTheMissingVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("SLACK_BOT_TOKEN", "xoxb-1")));

        assertTrue(e.getMessage().startsWith("SLACK_SIGNING_SECRET "), e.getMessage());
    }

    @Test
    void toString_redactsSecrets() {
        Config config = from(Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET", "sign-secret",
                "SLACK_APP_TOKEN", "xapp-hidden", "DATABASE_URL", "jdbc:postgresql://db/x?password=pw"));

        String text = config.toString();
        assertFalse(text.contains("very-secret"));
        assertFalse(text.contains("sign-secret"));
        assertFalse(text.contains("hidden"));
        assertFalse(text.contains("pw"));
    }

    @Test
    void toString_postgresUrlWithPassword_hidesTheCredentials() {
        String text = from(Map.of("DATABASE_URL", "postgres://app:hunter2@db.example.com:5432/coach")).toString();

        assertFalse(text.contains("hunter2"), text);
        assertTrue(text.contains("db.example.com"), text);
    }

    @Test
    void toStringAndRedact_passwordWithCaretAndSlash_neverShowIt() {
        String url = "postgres://app:s3cr^t/pw@db.example.com:5432/coach";
        Config config = from(Map.of("DATABASE_URL", url));

        assertFalse(config.toString().contains("s3cr"), config.toString());
        String message = config.redact("Illegal character in authority at index 20: " + url
                + " (password s3cr^t/pw, encoded s3cr%5Et%2Fpw)");
        assertFalse(message.contains("s3cr^t"), message);
    }

    @Test
    void from_metricsPort_isReadAndMustDifferFromPort() {
        assertEquals(9100, from(Map.of("PORT", "3000", "METRICS_PORT", "9100")).metricsPort().orElseThrow());
        ConfigException e = assertThrows(ConfigException.class,
                () -> from(Map.of("PORT", "3000", "METRICS_PORT", "3000")));

        assertTrue(e.getMessage().startsWith("METRICS_PORT "), e.getMessage());
    }
}
