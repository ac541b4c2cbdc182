package careercoach.store;

/** A checklist could not be read or written (database unreachable, constraint broken). */
public final class ChecklistStoreException extends RuntimeException {

    public ChecklistStoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
