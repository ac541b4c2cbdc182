package careercoach.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The logging configuration, in code: one JSON object a line on standard error ({@code LOG_FORMAT=text} for a
 * short human-readable line), root level {@code LOG_LEVEL} (INFO), and the libraries' start-up chatter at WARN.
 * Logback finds it through {@code META-INF/services} before it looks for an XML file; reading and interpreting XML
 * was a good part of a second of every start. Request-scoped fields (request_id, surface, listener, team_id,
 * user_id, channel_id) come from the MDC; outcome, status and duration_ms are key-value pairs of the request's last
 * line. Message text is never logged.
 * <p>
 * With {@code -Dlogback.configurationFile=...} (the build sets it for the tests' quiet configuration) logback reads
 * that file instead, as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** Loggers quieter than the root: start-up chatter, and lines that would quote whole payloads. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "org.flywaydb", Level.WARN,
            // "H2 newer than Flyway has been verified with" at every migration: known, not an operator's concern.
            "org.flywaydb.core.internal.database.base.Database", Level.ERROR,
            "com.zaxxer.hikari", Level.WARN,
            // Bolt logs the whole body of a payload it does not recognise, and a code sample for events nobody
            // listens to; the adapter logs one line of its own for both.
            "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
            "com.slack.api.bolt.App", Level.ERROR,
            // Logs a stack trace when auth.test fails; the start-up check reports an unreachable Slack in one line.
            "com.slack.api.methods.impl.TeamIdCache", Level.OFF,
            "com.slack.api", Level.WARN);
    static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} %mdc{request_id:-} %msg %kvp%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, LogConfigurator::setting);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures {@code context} from these settings ({@code LOG_FORMAT}, {@code LOG_LEVEL}). */
    public static void configure(LoggerContext context, UnaryOperator<String> settings) {
        boolean text = "text".equalsIgnoreCase(String.valueOf(settings.apply("LOG_FORMAT")).strip());
        Encoder<ILoggingEvent> encoder;
        if (text) {
            PatternLayoutEncoder pattern = new PatternLayoutEncoder();
            pattern.setPattern(TEXT_PATTERN);
            encoder = pattern;
        } else {
            JsonEncoder json = new JsonEncoder();
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithArguments(false);
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            encoder = json;
        }
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(text ? "text" : "json");
        // Standard error: standard output belongs to the commands, such as search with its JSON option.
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String level = settings.apply("LOG_LEVEL");
        root.setLevel(Level.toLevel(level == null ? null : level.strip().toUpperCase(Locale.ROOT), Level.INFO));
        root.addAppender(appender);
    }

    /** A system property (as Main sets LOG_FORMAT for people), else the environment variable. */
    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }
}
