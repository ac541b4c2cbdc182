package careercoach.web;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the server logs: one JSON line per Slack request with ids, surface, listener, outcome, duration; no text. */
class StructuredLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET_WORDS = "zebracorn quokkafish";

    @Test
    void slackRequest_endsInOneJsonLine_withIdsSurfaceListenerOutcomeAndDuration_butNoText() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(); LogCapture logs = LogCapture.open()) {
            assertEquals(200, kit.command("U1", "C1", "ask " + SECRET_WORDS).statusCode());
            kit.slack().await("response_url", 1);

            List<ILoggingEvent> requestLines = logs.events().stream()
                    .filter(e -> e.getLoggerName().equals(SlackEventsHandler.class.getName())).toList();
            assertEquals(1, requestLines.size(), logs.allText());
            JsonNode line = JSON.readTree(encode(requestLines.get(0)));
            assertEquals("INFO", line.path("level").asText());
            JsonNode mdc = line.path("mdc");
            assertTrue(mdc.path("request_id").asText().matches("[0-9a-f]+"), line.toString());
            assertEquals("Command", mdc.path("surface").asText());
            assertEquals("/career", mdc.path("listener").asText());
            assertEquals("T0001", mdc.path("team_id").asText());
            assertEquals("U1", mdc.path("user_id").asText());
            assertEquals("C1", mdc.path("channel_id").asText());
            String pairs = line.path("kvpList").toString();
            assertTrue(pairs.contains("\"outcome\":\"acked\""), pairs);
            assertTrue(pairs.contains("\"status\":\"200\"") || pairs.contains("\"status\":200"), pairs);
            assertTrue(pairs.contains("duration_ms"), pairs);
            assertFalse(logs.allText().contains("zebracorn"), logs.allText());
        }
    }

    @Test
    void unrecognisedPayload_isLoggedWithoutItsBody_andIgnoredSubtypesOnlyAtDebug() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(); LogCapture logs = LogCapture.open()) {
            kit.postSigned("{\"type\":\"surprise\",\"text\":\"" + SECRET_WORDS + "\"}", "application/json", Map.of());
            var botMessage = kit.directMessage("U1", SECRET_WORDS);
            botMessage.put("subtype", "bot_message");
            kit.event(kit.newEventId(), botMessage, 0);

            List<ILoggingEvent> warnings = logs.atLeast(Level.WARN);
            assertEquals(1, warnings.size(), logs.allText());
            assertTrue(warnings.get(0).getFormattedMessage().contains("unrecognised"), logs.allText());
            assertFalse(logs.allText().contains("zebracorn"), logs.allText());
        }
    }

    @Test
    void startUp_isQuiet_andEndsWithWhereItServes() throws Exception {
        try (LogCapture logs = LogCapture.open(); SlackTestKit kit = SlackTestKit.start()) {
            List<ILoggingEvent> lines = logs.events();
            assertTrue(lines.stream().noneMatch(e -> e.getLoggerName().startsWith("org.eclipse.jetty")
                    || e.getLoggerName().startsWith("io.javalin")), logs.allText());
            // The search index is built on its own thread and may report after the server is up; the start
            // itself still ends with the address it serves on.
            List<ILoggingEvent> start = lines.stream()
                    .filter(e -> !e.getThreadName().equals("guide-index")).toList();
            assertTrue(start.get(start.size() - 1).getFormattedMessage().startsWith("serving Slack on http://"),
                    logs.allText());
        }
    }

    @Test
    void slackUnreachableAtStart_saysSoInOneLine_notThatTheTokenIsInvalid() {
        Config config = Config.from(Map.of("SLACK_BOT_TOKEN", SlackTestKit.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestKit.SIGNING_SECRET, "SLACK_API_URL", "http://127.0.0.1:1/api/",
                "PORT", "0", "INDEX_DATA", "index-data")::get);

        IllegalStateException error;
        try (LogCapture logs = LogCapture.open()) {
            error = assertThrows(IllegalStateException.class, () -> new CareerCoachApp(config, Stores.inMemory()));
            assertTrue(logs.events().stream().noneMatch(e -> e.getThrowableProxy() != null), logs.allText());
        }

        assertTrue(error.getMessage().startsWith("cannot reach Slack at http://127.0.0.1:1/api/: "),
                error.getMessage());
        assertFalse(error.getMessage().contains("token is invalid"), error.getMessage());
    }

    @Test
    void shippedConfiguration_parses_andWritesJsonByDefault() throws Exception {
        LoggerContext context = new LoggerContext();
        careercoach.config.LogConfigurator.configure(context, name -> null);

        assertTrue(context.getStatusManager().getCopyOfStatusList().stream()
                        .noneMatch(s -> s.getLevel() >= ch.qos.logback.core.status.Status.WARN),
                context.getStatusManager().getCopyOfStatusList().toString());
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender("json");
        assertTrue(appender instanceof ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> stream
                && stream.getEncoder() instanceof JsonEncoder, String.valueOf(appender));
        assertEquals(Level.INFO, root.getLevel());
        assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty").getLevel());
        assertEquals(Level.OFF, context.getLogger("com.slack.api.methods.impl.TeamIdCache").getLevel());
        context.stop();
    }

    @Test
    void shippedConfiguration_withTextFormatAndALevel_writesShortLinesAtThatLevel() {
        LoggerContext context = new LoggerContext();
        careercoach.config.LogConfigurator.configure(context,
                Map.of("LOG_FORMAT", "text", "LOG_LEVEL", "debug")::get);

        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender("text");
        assertTrue(appender instanceof ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> stream
                && stream.getEncoder() instanceof ch.qos.logback.classic.encoder.PatternLayoutEncoder,
                String.valueOf(appender));
        assertEquals(Level.DEBUG, root.getLevel());
        context.stop();
    }

    private static String encode(ILoggingEvent event) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
