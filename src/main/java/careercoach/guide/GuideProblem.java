package careercoach.guide;

import java.nio.file.Path;

/**
 * One problem found in guide content, at a line of a file (line 0 when it concerns the whole file or directory).
 * Printed as {@code file:line: message}, the form editors and CI logs link to.
 */
public record GuideProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
