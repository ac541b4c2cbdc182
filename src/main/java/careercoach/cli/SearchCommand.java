package careercoach.cli;

import careercoach.guide.GuideLoader;
import careercoach.search.Answer;
import careercoach.search.GuideSearch;
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

/** {@code search [--json] [--limit N] [--guide ID] "question"} and {@code search --json --batch FILE}. */
public final class SearchCommand {
    private static final String USAGE = """
            usage: career-coach search [--json] [--limit N] [--guide ID] "question"
                   career-coach search --json --batch FILE
            INDEX_DATA (default ./index-data) is the guide data directory.""";

    private final PrintStream out;
    private final PrintStream err;
    private final Path indexData;
    private final ObjectMapper json = new ObjectMapper();

    public SearchCommand(PrintStream out, PrintStream err) {
        this(out, err, Path.of(Optional.ofNullable(System.getenv("INDEX_DATA")).orElse("index-data")));
    }

    SearchCommand(PrintStream out, PrintStream err, Path indexData) {
        this.out = out;
        this.err = err;
        this.indexData = indexData;
    }

    private record Options(boolean json, int limit, Optional<String> guide, Optional<Path> batch, String question) {
    }

    public int run(String[] args) {
        Optional<Options> options = parse(args);
        if (options.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Options o = options.get();
        try (GuideSearch search = GuideSearch.forIndexData(new GuideLoader().load(indexData), indexData)) {
            if (o.guide().isPresent() && o.guide().filter(id -> search.hasGuide(id)).isEmpty()) {
                err.println("search: unknown guide " + o.guide().get());
                return 2;
            }
            if (o.batch().isPresent()) {
                for (String line : Files.readAllLines(o.batch().get(), StandardCharsets.UTF_8)) {
                    out.println(toJson(search.search(line, o.guide(), o.limit())));
                }
                return 0;
            }
            Answer answer = search.search(o.question(), o.guide(), o.limit());
            if (o.json()) {
                out.println(toJson(answer));
            } else {
                printText(answer);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("search: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<Options> parse(String[] args) {
        boolean asJson = false;
        int limit = 5;
        Optional<String> guide = Optional.empty();
        Optional<Path> batch = Optional.empty();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "--json" -> asJson = true;
                case "--limit" -> {
                    if (!hasValue) {
                        return Optional.empty();
                    }
                    try {
                        limit = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    if (limit < 1) {
                        return Optional.empty();
                    }
                }
                case "--guide" -> {
                    if (!hasValue) {
                        return Optional.empty();
                    }
                    guide = Optional.of(args[++i]);
                }
                case "--batch" -> {
                    if (!hasValue) {
                        return Optional.empty();
                    }
                    batch = Optional.of(Path.of(args[++i]));
                }
                default -> {
                    if (arg.startsWith("--")) {
                        return Optional.empty();
                    }
                    words.add(arg);
                }
            }
        }
        boolean batchOk = batch.isPresent() && words.isEmpty() && asJson;
        boolean questionOk = batch.isEmpty() && !words.isEmpty();
        if (!batchOk && !questionOk) {
            return Optional.empty();
        }
        return Optional.of(new Options(asJson, limit, guide, batch, String.join(" ", words)));
    }

    private String toJson(Answer answer) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("query", answer.query());
        node.put("answered", answer.answered());
        node.put("suggestion", answer.suggestion().orElse(null));
        if (answer.reason() != null) {
            node.put("reason", answer.reason());
        }
        ArrayNode hits = node.putArray("hits");
        for (Hit hit : answer.hits()) {
            hits.addObject()
                    .put("guide", hit.guideId())
                    .put("section", hit.sectionId())
                    .put("title", hit.title())
                    .put("snippet", hit.snippet())
                    .put("score", hit.score());
        }
        return json.writeValueAsString(node);
    }

    private void printText(Answer answer) {
        answer.suggestion().ifPresent(s -> out.println("Did you mean: " + s));
        if (!answer.answered()) {
            out.println("No confident answer (" + answer.reason() + ").");
        }
        int rank = 1;
        for (Hit hit : answer.hits()) {
            out.printf("%d. %s — %s [%s/%s] %.2f%n", rank++, hit.title(), hit.snippet(), hit.guideId(),
                    hit.sectionId(), hit.score());
        }
    }
}
