package careercoach.failure;

import com.fasterxml.jackson.core.JacksonException;
import com.google.gson.JsonParseException;

import java.time.DateTimeException;
import java.util.List;

/** How a failure in a listener or in work after an ack is told apart and logged: in one line, never the payload. */
public final class Failures {

    private Failures() {
    }

    /** Packages whose code reads payloads: what they throw is about the payload they were given. */
    private static final List<String> PARSERS = List.of("com.google.gson.", "com.fasterxml.jackson.",
            "com.slack.api.util.json.", "java.time.format.");

    /**
     * Whether a failure was raised on the payload itself, by a parser reading it or where a listener reads a field
     * ({@link MalformedPayloadException}, a number or date that does not parse, an argument refused): the sender's
     * fault, not ours. A {@link NullPointerException}, {@link IllegalStateException}, {@link ClassCastException} or
     * {@link IndexOutOfBoundsException} counts only when a parser threw it; thrown by our own code it is our bug.
     */
    public static boolean isMalformedInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedPayloadException || t instanceof IllegalArgumentException
                    || t instanceof DateTimeException || t instanceof JsonParseException
                    || t instanceof JacksonException) {
                return true;
            }
            if ((t instanceof NullPointerException || t instanceof IllegalStateException
                    || t instanceof ClassCastException || t instanceof UnsupportedOperationException
                    || t instanceof IndexOutOfBoundsException) && thrownByParser(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first frame outside the JDK's own collections and language classes is a parser's. */
    private static boolean thrownByParser(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String name = frame.getClassName();
            if (PARSERS.stream().anyMatch(name::startsWith)) {
                return true;
            }
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return false;
            }
        }
        return false;
    }

    /** The exception's class and message and where in our code it happened, on one short line. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("careercoach.")) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                where = " at " + simple + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                break;
            }
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + where;
    }
}
