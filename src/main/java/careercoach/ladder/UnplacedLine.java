package careercoach.ladder;

/** A line of the ladder the import did not put in the guide: where it is, what it says, and why. */
public record UnplacedLine(String source, int line, String text, String reason) {

    /** {@code file:line: text (reason)}, the form editors link to. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + text + " (" + reason + ")";
    }
}
