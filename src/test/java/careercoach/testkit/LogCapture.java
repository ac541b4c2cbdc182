package careercoach.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every log event (INFO and up, as configured) while open, for assertions on what the server logs:
 * <pre>
 * try (LogCapture logs = LogCapture.open()) { ...; assertTrue(logs.at(Level.ERROR).isEmpty()); }
 * </pre>
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    public static LogCapture open() {
        LogCapture capture = new LogCapture();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        capture.setContext(root.getLoggerContext());
        capture.start();
        root.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    public List<ILoggingEvent> at(Level level) {
        return events.stream().filter(e -> e.getLevel().equals(level)).toList();
    }

    /** Every formatted message with its throwable's text, one string, for "never contains" assertions. */
    public String allText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events) {
            text.append(event.getLevel()).append(' ').append(event.getFormattedMessage()).append('\n');
            for (var proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                text.append(proxy.getClassName()).append(": ").append(proxy.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
        stop();
    }

    /** Lines at this level or above. */
    public List<ILoggingEvent> atLeast(Level level) {
        return events.stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
    }
}
