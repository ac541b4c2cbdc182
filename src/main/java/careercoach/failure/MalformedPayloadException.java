package careercoach.failure;

/**
 * A signed payload lacks a field the listener needs, or has one of the wrong type or an impossible value: the
 * sender's fault, not ours. Thrown where a payload is read, never for a fault of our own.
 */
public final class MalformedPayloadException extends RuntimeException {
    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
