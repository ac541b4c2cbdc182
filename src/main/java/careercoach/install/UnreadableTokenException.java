package careercoach.install;

/** A stored token that cannot be opened: its key is not configured, or it was moved or changed. */
public final class UnreadableTokenException extends RuntimeException {
    public UnreadableTokenException(String why) {
        super(why);
    }
}
