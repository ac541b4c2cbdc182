package careercoach.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the last reload of the guides went: {@code attempts} counts every reload tried since start;
 * {@code failure} is present while the files on disk are broken (the guides loaded before keep serving).
 */
public record ReloadStatus(long attempts, long loaded, Optional<Failure> failure) {

    /** A reload that was refused, with every problem as {@code file:line: message}. */
    public record Failure(Instant at, List<String> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }
}
