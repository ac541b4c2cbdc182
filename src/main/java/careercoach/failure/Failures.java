package careercoach.failure;

import com.fasterxml.jackson.core.JacksonException;
import com.google.gson.JsonParseException;

import java.time.DateTimeException;

/** How a failure in a listener or in work after an ack is told apart and logged: in one line, never the payload. */
public final class Failures {

    private Failures() {
    }

    /**
     * Exceptions a listener throws when a signed payload lacks a field, has the wrong type or an impossible value:
     * the sender's fault, not ours.
     */
    public static boolean isMalformedInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException || t instanceof IllegalArgumentException
                    || t instanceof IllegalStateException || t instanceof ClassCastException
                    || t instanceof UnsupportedOperationException || t instanceof IndexOutOfBoundsException
                    || t instanceof DateTimeException || t instanceof JsonParseException
                    || t instanceof JacksonException) {
                return true;
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
