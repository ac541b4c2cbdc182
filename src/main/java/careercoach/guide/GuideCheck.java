package careercoach.guide;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an index-data directory holds: the guides to serve, the drafts not served, the default guide, and every
 * problem and warning found in the files, and the kind each section whose id is not a kind was given ({@code kinds}:
 * notes, neither problems nor warnings).
 */
public record GuideCheck(Path guidesDir, List<Guide> guides, List<GuideDraft> drafts, Optional<String> defaultGuide,
                         List<GuideProblem> problems, List<GuideProblem> warnings, List<GuideProblem> kinds) {

    public GuideCheck {
        guides = List.copyOf(guides);
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        kinds = List.copyOf(kinds);
    }

    /** The problems that keep a server from serving these guides: those in the files, or nothing to serve. */
    public List<GuideProblem> problemsToServe() {
        if (!problems.isEmpty() || !guides.isEmpty()) {
            return problems;
        }
        return List.of(new GuideProblem(guidesDir, 0, drafts.isEmpty() ? "no guides: add at least one <guide-id>.yml"
                : "no guide to serve: every guide is a draft; delete the line 'draft: true' from a guide once no \""
                + GuideFileReader.PLACEHOLDER + " …\" text is left in it"));
    }
}
