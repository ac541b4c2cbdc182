package careercoach.ladder;

/** A ladder that cannot be imported; the message is one line for the person who ran the import. */
public final class LadderImportException extends Exception {
    public LadderImportException(String message) {
        super(message);
    }
}
