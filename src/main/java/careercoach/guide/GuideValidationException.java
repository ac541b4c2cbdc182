package careercoach.guide;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link GuideLoader#load} when the guide content has problems; carries every one of them. */
public final class GuideValidationException extends RuntimeException {
    private final List<GuideProblem> problems;

    public GuideValidationException(List<GuideProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in guides:\n"
                + problems.stream().map(GuideProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<GuideProblem> problems() {
        return problems;
    }
}
