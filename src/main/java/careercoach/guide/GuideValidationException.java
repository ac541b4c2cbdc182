package careercoach.guide;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link GuideLoader#load} when the guide content has problems; carries every one of them, and the
 * warnings found on the way so that an author sees those too.
 */
public final class GuideValidationException extends RuntimeException {
    private final List<GuideProblem> problems;
    private final List<GuideProblem> warnings;

    public GuideValidationException(List<GuideProblem> problems) {
        this(problems, List.of());
    }

    public GuideValidationException(List<GuideProblem> problems, List<GuideProblem> warnings) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in guides:\n"
                + problems.stream().map(GuideProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The errors: each one keeps the guides from loading. */
    public List<GuideProblem> problems() {
        return problems;
    }

    public List<GuideProblem> warnings() {
        return warnings;
    }
}
