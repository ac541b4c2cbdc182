package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideCheck;
import careercoach.guide.GuideDraft;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideProblem;
import careercoach.guide.GuideValidationException;
import careercoach.guide.Section;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code validate [DIR]}: checks every guide under an index-data directory (default: {@code INDEX_DATA}, else
 * {@code ./index-data}) and prints each problem as {@code file:line: message}, then each warning as
 * {@code file:line: warning: message}, then a summary that counts them: on stderr when not valid, on stdout when valid
 * ({@code DIR: OK, 19 warnings: 4 guides, ...}), one stream either way so the summary is always read last. Exit 0
 * when valid (warnings or not), 1 when not, 2 on a usage error.
 * A draft (not served) is valid with placeholders left: each is a warning. When valid, each section whose id is not
 * one of the standard kinds is listed first, as {@code file:line: section 'id' is of kind K (declared)} (or
 * "inferred from its title"), so an author sees what commands and labelled questions will take it for. A section
 * whose title and id name no kind is said in one line, a warning: {@code section 'id' is of kind K (read from its
 * content: ...)}, read as the server reads it, or {@code section 'id' is of no kind: ...}, with what to do.
 */
public final class ValidateCommand {
    private static final String USAGE = "usage: java -jar career-coach.jar validate [INDEX_DATA_DIR]";

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> env;

    public ValidateCommand(PrintStream out, PrintStream err) {
        this(out, err, System::getenv);
    }

    /** {@code env} looks up environment variables, so the default directory can be tested. */
    public ValidateCommand(PrintStream out, PrintStream err, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(String[] args) {
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            boolean help = args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"));
            (help ? out : err).println(USAGE);
            return help ? 0 : 2;
        }
        Path indexData = Path.of(args.length == 1 ? args[0] : defaultIndexData());
        try {
            GuideCheck check = new GuideLoader()
                    .readingKinds(KindsByMeaning.reader(GuideSearch.cacheDirectory(env))).check(indexData);
            if (!check.problemsToServe().isEmpty()) {
                return problems(indexData, check.problemsToServe(), check.warnings());
            }
            // One stream, in reading order: what an author must look at first, then the line that counts it.
            check.kinds().forEach(out::println);
            check.warnings().forEach(out::println);
            out.println(summary(indexData, check.guides(), check.drafts(), check.warnings().size()));
            return 0;
        } catch (GuideValidationException e) {
            return problems(indexData, e.problems(), e.warnings());
        } catch (IOException e) {
            err.println(indexData + ": cannot read: " + e.getMessage());
            return 1;
        }
    }

    private String defaultIndexData() {
        String configured = env.apply("INDEX_DATA");
        return configured == null || configured.isBlank() ? "index-data" : configured;
    }

    private int problems(Path indexData, List<GuideProblem> problems, List<GuideProblem> warnings) {
        problems.forEach(err::println);
        warnings.forEach(err::println);
        err.println(plural(problems.size(), "problem")
                + (warnings.isEmpty() ? "" : " and " + plural(warnings.size(), "warning")) + " in " + indexData);
        return 1;
    }

    /** "index-data: OK, 19 warnings: 4 guides, 32 sections, 113 items": the verdict and what it counts first. */
    private static String summary(Path indexData, List<Guide> guides, List<GuideDraft> drafts, int warnings) {
        List<Section> sections = guides.stream().flatMap(g -> g.sections().stream()).toList();
        int items = sections.stream().mapToInt(s -> s.allItems().size()).sum();
        return indexData + ": " + verdict(warnings) + ": "
                + plural(guides.size(), "guide") + ", " + plural(sections.size(), "section")
                + ", " + plural(items, "item") + (drafts.isEmpty() ? "" : ", " + plural(drafts.size(), "draft")
                + " not served (" + String.join(", ", drafts.stream().map(d -> d.guide().id()).toList()) + ")");
    }

    /**
     * The verdict on guides that pass, as every command that validates says it after the warnings: "OK", or
     * "OK, 19 warnings".
     */
    static String verdict(int warnings) {
        return "OK" + (warnings == 0 ? "" : ", " + plural(warnings, "warning"));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
