package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideValidationException;
import careercoach.search.Answer;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;
import careercoach.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code search [--json] [--limit N] [--guide ID] "question"} and {@code search --json --batch FILE}: asks the
 * guides a question from the shell, as people (plain text) or programs (one JSON object a question) do. A batch line
 * is its text up to the first tab; comments ({@code #} first) and blank lines are not asked. A question about a role no guide covers names the closest roles that have one, as
 * the Slack answer does ({@link Answer#closestGuides()}).
 */
public final class SearchCommand {
    private static final String USAGE = """
            usage: java -jar career-coach.jar search [--json] [--limit N] [--guide ID] "question"
                   java -jar career-coach.jar search --json [--limit N] [--guide ID] --batch FILE
            --batch FILE: one question a line, one JSON object a line answering it, in order. A line with a tab is
            read up to its first tab, so a TSV of question TAB expected answer is asked as it is.
            A line starting with # is a comment and blank lines are skipped: neither is asked nor answered.""";
    /** A batch line is the question up to its first tab: what follows in a TSV (the expected answer) is not asked. */
    private static final char BATCH_COLUMNS = '\t';

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> env;
    private final ObjectMapper json = new ObjectMapper();

    public SearchCommand(PrintStream out, PrintStream err) {
        this(out, err, System::getenv);
    }

    /** {@code env} looks up environment variables ({@code INDEX_DATA}), so tests can set them. */
    public SearchCommand(PrintStream out, PrintStream err, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    private record Options(boolean json, int limit, Optional<String> guide, Optional<Path> batch, String question) {
    }

    public int run(String[] args) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("search: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path indexData = Path.of(Optional.ofNullable(env.apply("INDEX_DATA")).filter(s -> !s.isBlank())
                .orElse("index-data"));
        if (options.batch().isPresent() && !Files.isReadable(options.batch().get())) {
            err.println("search: cannot read the question file " + options.batch().get()
                    + (Files.exists(options.batch().get()) ? "" : ": no such file"));
            return 2;
        }
        Optional<Path> cache = GuideSearch.cacheDirectory(env);
        try (GuideSearch search = GuideSearch.forIndexData(KindsByMeaning.loader(cache).load(indexData), indexData,
                cache)) {
            if (options.guide().isPresent() && search.guide(options.guide().get()).isEmpty()) {
                err.println("search: no guide with id '" + options.guide().get() + "'; the guides in " + indexData
                        + " are: " + guideIds(indexData));
                return 2;
            }
            List<String> questions = options.batch().isPresent()
                    ? Files.readAllLines(options.batch().get(), StandardCharsets.UTF_8).stream()
                            .filter(SearchCommand::isBatchQuestion).map(SearchCommand::batchQuestion).toList()
                    : List.of(options.question());
            for (String question : questions) {
                Answer answer = search.search(question, options.guide(), options.limit());
                if (options.json()) {
                    out.println(json.writeValueAsString(toJson(answer)));
                } else {
                    printForPeople(answer);
                }
            }
            out.flush();
            return 0;
        } catch (GuideValidationException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println("search: " + e.getMessage());
            return 1;
        }
    }

    /** A batch line that asks: not blank, and not a comment ({@code #} first, after any spaces). */
    private static boolean isBatchQuestion(String line) {
        String text = line.strip();
        return !text.isEmpty() && !text.startsWith("#");
    }

    private static String batchQuestion(String line) {
        int tab = line.indexOf(BATCH_COLUMNS);
        return tab < 0 ? line : line.substring(0, tab);
    }

    private static String guideIds(Path indexData) throws IOException {
        return String.join(", ", new GuideLoader().load(indexData).guides().stream().map(Guide::id).toList());
    }

    private static Options parse(String[] args) {
        boolean json = false;
        int limit = 3;
        Optional<String> guide = Optional.empty();
        Optional<Path> batch = Optional.empty();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--limit" -> limit = positive(value(args, ++i, "--limit"));
                case "--guide" -> guide = Optional.of(value(args, ++i, "--guide"));
                case "--batch" -> batch = Optional.of(Path.of(value(args, ++i, "--batch")));
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    words.add(args[i]);
                }
            }
        }
        if (batch.isPresent() == !words.isEmpty()) {
            throw new IllegalArgumentException(batch.isPresent() ? "give either --batch FILE or a question"
                    : "no question");
        }
        if (batch.isPresent() && !json) {
            throw new IllegalArgumentException("--batch needs --json");
        }
        return new Options(json, limit, guide, batch, String.join(" ", words));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 20) {
                throw new IllegalArgumentException("--limit must be 1 to 20");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit must be a number");
        }
    }

    private ObjectNode toJson(Answer answer) {
        ObjectNode node = json.createObjectNode();
        node.put("query", answer.query());
        node.put("answered", answer.answered());
        node.put("suggestion", answer.suggestion().orElse(null));
        node.put("reason", answer.reason().isEmpty() ? null : answer.reason());
        node.put("missing_role", answer.missingRole().orElse(null));
        ArrayNode closest = node.putArray("closest_guides");
        answer.closestGuides().forEach(closest::add);
        ArrayNode hits = node.putArray("hits");
        for (Hit hit : answer.hits()) {
            hits.addObject().put("guide", hit.guideId()).put("section", hit.sectionId()).put("title", hit.title())
                    .put("snippet", hit.snippet()).put("score", Math.round(hit.score() * 1000) / 1000.0);
        }
        return node;
    }

    /** A role no guide covers, with the closest roles that have one, as the search found them (and Slack says). */
    private static String noGuide(Answer answer) {
        List<String> closest = answer.closestGuides();
        return "There is no guide for " + answer.missingRole().orElseThrow() + " yet." + (closest.isEmpty() ? ""
                : (closest.size() == 1 ? " The closest role with a guide: " : " The closest roles with a guide: ")
                + String.join(", ", closest) + ".");
    }

    private void printForPeople(Answer answer) {
        answer.suggestion().ifPresent(s -> out.println("Did you mean: " + s));
        if (answer.missingRole().isPresent()) {
            out.println(noGuide(answer));
            return;
        }
        if (!answer.answered()) {
            out.println("No answer in the guides (" + answer.reason() + ").");
            return;
        }
        int rank = 1;
        for (Hit hit : answer.hits()) {
            out.printf("%d. %s  [%s/%s]  %.2f%n   %s%n", rank++, hit.title(), hit.guideId(), hit.sectionId(),
                    hit.score(), hit.snippet());
        }
    }
}
