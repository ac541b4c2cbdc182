package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideValidationException;
import careercoach.guide.Section;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code validate [DIR]}: checks every guide under an index-data directory (default: {@code INDEX_DATA}, else
 * {@code ./index-data}) and prints each problem as {@code file:line: message}, then each warning as
 * {@code file:line: warning: message}. Exit 0 when valid (warnings or not), 1 when not, 2 on a usage error.
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
            GuideLibrary library = new GuideLoader().load(indexData);
            library.warnings().forEach(err::println);
            out.println(summary(indexData, library.guides())
                    + (library.warnings().isEmpty() ? "" : ", " + plural(library.warnings().size(), "warning")));
            return 0;
        } catch (GuideValidationException e) {
            e.problems().forEach(err::println);
            e.warnings().forEach(err::println);
            err.println(plural(e.problems().size(), "problem")
                    + (e.warnings().isEmpty() ? "" : " and " + plural(e.warnings().size(), "warning"))
                    + " in " + indexData);
            return 1;
        } catch (IOException e) {
            err.println(indexData + ": cannot read: " + e.getMessage());
            return 1;
        }
    }

    private String defaultIndexData() {
        String configured = env.apply("INDEX_DATA");
        return configured == null || configured.isBlank() ? "index-data" : configured;
    }

    private static String summary(Path indexData, List<Guide> guides) {
        List<Section> sections = guides.stream().flatMap(g -> g.sections().stream()).toList();
        int items = sections.stream().mapToInt(s -> s.allItems().size()).sum();
        return indexData + ": OK: " + plural(guides.size(), "guide") + ", " + plural(sections.size(), "section")
                + ", " + plural(items, "item");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
