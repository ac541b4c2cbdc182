package careercoach.failure;

/** A database operation failed; carries what was being done so the edge can log it and answer politely. */
public final class StoreException extends RuntimeException {

    public StoreException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
