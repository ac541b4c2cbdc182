package careercoach.guide;

import java.nio.file.Path;

/**
 * One problem found in guide content, at a line of a file (line 0 when it concerns the whole file or directory).
 * Printed as {@code file:line: message}, the form editors and CI logs link to; a warning (content that loads, but
 * that an author may want to finish) as {@code file:line: warning: message}, as compilers print theirs.
 */
public record GuideProblem(Path file, int line, String message, boolean warning) {

    /** An error: guides with one do not load. */
    public GuideProblem(Path file, int line, String message) {
        this(file, line, message, false);
    }

    /** A warning: the guides load, and the author learns what is unfinished. */
    public static GuideProblem warning(Path file, int line, String message) {
        return new GuideProblem(file, line, message, true);
    }

    @Override
    public String toString() {
        String text = warning ? "warning: " + message : message;
        return line > 0 ? file + ":" + line + ": " + text : file + ": " + text;
    }
}
