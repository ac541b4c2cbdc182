package careercoach.guide;

import java.nio.file.Path;
import java.util.List;

/**
 * A guide marked {@code draft: true} (as {@code new-guide} writes its skeleton): checked like every guide but never
 * served, so no one is offered it before its author is done. {@code placeholders} are the texts still to replace,
 * each at its line.
 */
public record GuideDraft(Path file, Guide guide, List<GuideProblem> placeholders) {

    public GuideDraft {
        placeholders = List.copyOf(placeholders);
    }
}
