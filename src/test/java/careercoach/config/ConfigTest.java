package careercoach.config;

import careercoach.install.TokenKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static final String KEY = TokenKeys.newKey();

    private static Map<String, String> distribution(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_CLIENT_ID", "1234.5678",
                "SLACK_CLIENT_SECRET", "client-secret-value", "SLACK_SIGNING_SECRET", "s3cret",
                "TOKEN_ENCRYPTION_KEY", KEY));
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] == null) {
                env.remove(more[i]);
            } else {
                env.put(more[i], more[i + 1]);
            }
        }
        return env;
    }

    /** The start stops with one line naming {@code variable}, and quoting no secret. */
    private static void refused(Map<String, String> env, String variable) {
        ConfigException e = assertThrows(ConfigException.class, () -> from(env));

        assertTrue(e.getMessage().startsWith(variable + " "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        for (String secret : List.of("client-secret-value", "s3cret", KEY, "xoxb-1", "xapp-1")) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
    }

    @Test
    void from_clientIdSecretSigningSecretAndKey_isDistributionMode() {
        Config config = from(distribution());

        assertEquals(Config.Mode.DISTRIBUTION, config.mode());
        Distribution distribution = config.distribution().orElseThrow();
        assertEquals("1234.5678", distribution.clientId());
        assertEquals(Duration.ofDays(30), distribution.uninstallRetention());
        assertEquals(Optional.empty(), distribution.redirectUri());
        assertEquals(Optional.empty(), config.botToken());
    }

    @Test
    void from_distributionSettings_areRead() {
        Config config = from(distribution("UNINSTALL_RETENTION", "7d",
                "SLACK_REDIRECT_URI", "https://coach.example.com/slack/oauth_redirect"));

        assertEquals(Duration.ofDays(7), config.distribution().orElseThrow().uninstallRetention());
        assertEquals("https://coach.example.com/slack/oauth_redirect",
                config.distribution().orElseThrow().redirectUri().orElseThrow().toString());
        assertEquals(Duration.ZERO, from(distribution("UNINSTALL_RETENTION", "0")).distribution().orElseThrow()
                .uninstallRetention());
        assertEquals(Duration.ofHours(12), from(distribution("UNINSTALL_RETENTION", "PT12H")).distribution()
                .orElseThrow().uninstallRetention());
    }

    @Test
    void from_singleWorkspaceAndLocal_ignoreTheDistributionVariables() {
        Map<String, String> single = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret",
                "TOKEN_ENCRYPTION_KEY", "not a key", "UNINSTALL_RETENTION", "never");

        assertEquals(Config.Mode.HTTP, from(single).mode());
        assertEquals(Optional.empty(), from(single).distribution());
        assertEquals(Config.Mode.LOCAL, from(Map.of("TOKEN_ENCRYPTION_KEY", KEY)).mode());
    }

    @Test
    void from_wrongDistributionCombinations_eachNamesItsVariable() {
        refused(distribution("SLACK_CLIENT_SECRET", null), "SLACK_CLIENT_SECRET");
        refused(distribution("SLACK_CLIENT_ID", null), "SLACK_CLIENT_ID");
        refused(distribution("SLACK_BOT_TOKEN", "xoxb-1"), "SLACK_BOT_TOKEN");
        refused(distribution("SLACK_APP_TOKEN", "xapp-1"), "SLACK_APP_TOKEN");
        refused(distribution("SLACK_SIGNING_SECRET", null), "SLACK_SIGNING_SECRET");
        refused(distribution("TOKEN_ENCRYPTION_KEY", null), "TOKEN_ENCRYPTION_KEY");
        refused(distribution("TOKEN_ENCRYPTION_KEY", "too-short"), "TOKEN_ENCRYPTION_KEY");
        refused(distribution("TOKEN_ENCRYPTION_KEY", KEY + ",!!"), "TOKEN_ENCRYPTION_KEY");
        refused(distribution("UNINSTALL_RETENTION", "a month"), "UNINSTALL_RETENTION");
        refused(distribution("UNINSTALL_RETENTION", "-5d"), "UNINSTALL_RETENTION");
        refused(distribution("SLACK_REDIRECT_URI", "https://coach.example.com/callback"), "SLACK_REDIRECT_URI");
        refused(distribution("SLACK_REDIRECT_URI", "not a url"), "SLACK_REDIRECT_URI");
        refused(distribution("SLACK_CLIENT_SECRET", "has space"), "SLACK_CLIENT_SECRET");
    }

    @Test
    void toStringAndRedact_distribution_showNoSecret() {
        Config config = from(distribution());

        String text = config.toString();
        assertTrue(text.contains("1234.5678"), text);
        assertFalse(text.contains("client-secret-value") || text.contains("s3cret") || text.contains(KEY), text);
        assertFalse(config.redact("oauth failed for client-secret-value").contains("client-secret-value"));
    }

    @Test
    void guideAuthors_bareAndWorkspaceQualifiedIds_areRead() {
        Config config = from(Map.of("GUIDE_AUTHORS", "U012AB3CD, T0123ABCD:U045EF6GH,E0ORG1:W0ORGUSER"));

        assertEquals(java.util.Set.of("U012AB3CD", "T0123ABCD:U045EF6GH", "E0ORG1:W0ORGUSER"),
                config.guideAuthors());
    }

    @Test
    void guideAuthors_oneWorkspace_matchesBareIdsAndIdsQualifiedByItsTeam() {
        Config config = from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret",
                "GUIDE_AUTHORS", "U012AB3CD T0123ABCD:U045EF6GH"));

        assertTrue(config.isGuideAuthor("T0123ABCD", "U012AB3CD"));
        assertTrue(config.isGuideAuthor("T0123ABCD", "U045EF6GH"));
        assertFalse(config.isGuideAuthor("T0OTHER", "U045EF6GH"));
        assertFalse(config.isGuideAuthor("T0123ABCD", "U0NOBODY"));
        assertEquals(Optional.empty(), config.guideAuthorsWarning());
    }

    @Test
    void guideAuthors_distribution_matchesOnlyIdsQualifiedByTheRequestsWorkspace_andWarnsOfBareOnes() {
        Config config = from(distribution("GUIDE_AUTHORS", "U012AB3CD,T0123ABCD:U045EF6GH,E0ORG1:W0ORGUSER"));

        assertTrue(config.isGuideAuthor("T0123ABCD", "U045EF6GH"));
        assertTrue(config.isGuideAuthor("E0ORG1", "W0ORGUSER"));
        assertFalse(config.isGuideAuthor("T0OTHER", "U045EF6GH"), "the same user id in another workspace");
        assertFalse(config.isGuideAuthor("T0123ABCD", "U012AB3CD"), "a bare id names no workspace");
        String warning = config.guideAuthorsWarning().orElseThrow();
        assertTrue(warning.contains("GUIDE_AUTHORS") && warning.contains("T0123ABCD:U045EF6GH"), warning);
        for (String secret : List.of("client-secret-value", "s3cret", KEY)) {
            assertFalse(warning.contains(secret), warning);
        }
        assertEquals(Optional.empty(), from(distribution("GUIDE_AUTHORS", "T0123ABCD:U045EF6GH"))
                .guideAuthorsWarning());
    }

    @Test
    void guideAuthors_malformedEntries_areRefusedNamingTheEntry() {
        for (String bad : List.of("alice", "T0123ABCD:", ":U045EF6GH", "U045EF6GH:T0123ABCD", "C0123:U045EF6GH",
                "T0123ABCD:U045EF6GH:U1", "t0123abcd:u045ef6gh")) {
            ConfigException e = assertThrows(ConfigException.class, () -> from(Map.of("GUIDE_AUTHORS", bad)));

            assertTrue(e.getMessage().startsWith("GUIDE_AUTHORS "), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("T0123ABCD:U045EF6GH"), e.getMessage());
        }
    }
}
