package careercoach.bench;

import careercoach.guide.GuideLibrary;
import careercoach.search.Answer;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;
import careercoach.search.Hit;
import careercoach.search.LabelledQuestions;
import careercoach.search.Synonyms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Search quality over several guides side by side (the shipped guides and a folder of more), nobody's guide chosen:
 * per kind of question, the right guide and section first (recall@1), in the top three (recall@3), the right guide
 * first (guide@1), and for questions no guide answers, how many are refused. Expected answers are
 * {@code guide-id:section-id}; {@code -} means no answer.
 *
 * <p>Leave-one-guide-out measures a guide no labelled question was written for: for each guide, the confidence is
 * trained without the labelled questions written for it (the shipped sets but their section-kind and out-of-scope
 * questions, when it is the shipped guide), and the questions expecting that guide are scored; questions no guide
 * answers are scored in every run. The multi-guide questions themselves are never training rows.
 */
public final class MultiGuideQuality {

    /** One question of a multi-guide set: its kind and its acceptable answers, best first. */
    public record Row(String kind, String question, List<String> expected) {
        public boolean inScope() {
            return !expected.isEmpty();
        }

        public Set<String> guides() {
            Set<String> guides = new LinkedHashSet<>();
            expected.forEach(e -> guides.add(e.substring(0, e.indexOf(':'))));
            return guides;
        }
    }

    /** Counts of one kind of question. */
    public static final class Tally {
        public int asked;
        public int first;
        public int top3;
        public int guideFirst;
        public int rejected;
        /** Whether this kind's questions are to be refused. */
        public boolean toRefuse;

        void add(Tally other) {
            asked += other.asked;
            first += other.first;
            top3 += other.top3;
            guideFirst += other.guideFirst;
            rejected += other.rejected;
            toRefuse |= other.toRefuse;
        }
    }

    /** The figures of one run: counts by kind, in the file's order, and the whole. */
    public record Figures(Map<String, Tally> byKind, Tally inScope, Tally outOfScope) {
        public double recallAt1() {
            return ratio(inScope.first, inScope.asked);
        }

        public double recallAt3() {
            return ratio(inScope.top3, inScope.asked);
        }

        public double guideAt1() {
            return ratio(inScope.guideFirst, inScope.asked);
        }

        public double rejected() {
            return ratio(outOfScope.rejected, outOfScope.asked);
        }

        public void print(PrintStream out, String title) {
            out.println(title);
            out.printf("%-16s %8s %8s %8s %10s%n", "kind", "r@1", "r@3", "guide@1", "rejected");
            byKind.forEach((kind, t) -> {
                if (t.toRefuse) {
                    out.printf("%-16s %8s %8s %8s %10s%n", kind, "", "", "", t.rejected + "/" + t.asked);
                } else {
                    out.printf("%-16s %8s %8s %8s %10s%n", kind, t.first + "/" + t.asked, t.top3 + "/" + t.asked,
                            t.guideFirst + "/" + t.asked, "");
                }
            });
            out.printf("%-16s %8.3f %8.3f %8.3f %10.3f   (%d in scope, %d to refuse)%n", "all", recallAt1(),
                    recallAt3(), guideAt1(), rejected(), inScope.asked, outOfScope.asked);
        }
    }

    private MultiGuideQuality() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = List.of(args);
        Path fixtures = Path.of(args[list.indexOf("--guides") + 1]);
        Path file = Path.of(args[args.length - 1]);
        boolean verbose = list.contains("-v");
        Path indexData = combined(Path.of("index-data"), fixtures);
        GuideSearch.Settings base = GuideSearch.Settings.defaults(Optional.of(Path.of(
                System.getProperty("java.io.tmpdir"), "career-coach-embeddings")));
        GuideLibrary library = KindsByMeaning.loader(base.cacheDirectory()).load(indexData);
        List<Row> rows = rows(file);
        if (list.contains("--leave-one-guide-out")) {
            leaveOneGuideOut(library, indexData, base, rows, verbose).print(System.out,
                    "leave-one-guide-out, " + file);
        } else {
            try (GuideSearch search = new GuideSearch(library, Synonyms.load(indexData), base)) {
                score(search, rows, verbose).print(System.out, "all guides, shipped training, " + file);
            }
        }
    }

    /** The index-data of {@code shipped} with the guides of {@code fixtures} added, in a new temporary folder. */
    public static Path combined(Path shipped, Path fixtures) throws IOException {
        Path dir = Files.createTempDirectory("multi-guide");
        Path guides = Files.createDirectories(dir.resolve("guides"));
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path from : List.of(shipped.resolve("guides"), fixtures)) {
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                    Files.copy(f, guides.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    /**
     * For each guide, the confidence trained without the labelled questions written for that guide, scoring the
     * questions that expect it; the questions to refuse are scored in every run.
     */
    public static Figures leaveOneGuideOut(GuideLibrary library, Path indexData, GuideSearch.Settings base,
                                           List<Row> rows, boolean verbose) throws IOException {
        Figures total = new Figures(new LinkedHashMap<>(), new Tally(), new Tally());
        rows.forEach(r -> total.byKind().computeIfAbsent(r.kind(), k -> new Tally()));
        for (var guide : library.guides()) {
            LabelledQuestions examples = base.examples();
            if (guide.id().equals(examples.guideId())) {
                // The shipped sets were written for this guide: keep only those written for no one guide (section
                // kinds, and questions no guide answers).
                examples = new LabelledQuestions(examples.guideId(), LabelledQuestions.forAnyGuide());
            }
            List<Row> scored = rows.stream()
                    .filter(r -> !r.inScope() || r.expected().get(0).startsWith(guide.id() + ":")).toList();
            try (GuideSearch search = new GuideSearch(library, Synonyms.load(indexData),
                    base.withExamples(examples))) {
                Figures f = score(search, scored, verbose);
                f.byKind().forEach((k, t) -> total.byKind().computeIfAbsent(k, x -> new Tally()).add(t));
                total.inScope().add(f.inScope());
                total.outOfScope().add(f.outOfScope());
            }
        }
        return total;
    }

    public static Figures score(GuideSearch search, List<Row> rows, boolean verbose) {
        Figures figures = new Figures(new LinkedHashMap<>(), new Tally(), new Tally());
        for (Row row : rows) {
            Tally kind = figures.byKind().computeIfAbsent(row.kind(), k -> new Tally());
            Answer answer = search.search(row.question(), Optional.empty(), 3);
            kind.asked++;
            if (!row.inScope()) {
                kind.toRefuse = true;
                figures.outOfScope().asked++;
                if (!answer.answered()) {
                    kind.rejected++;
                    figures.outOfScope().rejected++;
                } else if (verbose) {
                    System.out.println("  answered [" + row.kind() + "]: " + row.question() + " -> "
                            + key(answer.best().orElseThrow()));
                }
                continue;
            }
            figures.inScope().asked++;
            List<String> got = answer.answered() ? answer.hits().stream().map(MultiGuideQuality::key).toList()
                    : List.of();
            boolean first = !got.isEmpty() && row.expected().contains(got.get(0));
            boolean top3 = got.stream().limit(3).anyMatch(row.expected()::contains);
            boolean guide = answer.answered() && row.guides().contains(answer.best().orElseThrow().guideId());
            kind.first += first ? 1 : 0;
            kind.top3 += top3 ? 1 : 0;
            kind.guideFirst += guide ? 1 : 0;
            figures.inScope().first += first ? 1 : 0;
            figures.inScope().top3 += top3 ? 1 : 0;
            figures.inScope().guideFirst += guide ? 1 : 0;
            if (verbose && !first) {
                System.out.println("  miss@1 [" + row.kind() + "]: " + row.question() + " want " + row.expected()
                        + " got " + (answer.answered() ? got : "not answered "
                        + answer.hits().stream().map(MultiGuideQuality::key).limit(1).toList()));
            }
        }
        return figures;
    }

    private static String key(Hit hit) {
        return hit.guideId() + ":" + hit.sectionId();
    }

    private static double ratio(int n, int of) {
        return of == 0 ? Double.NaN : (double) n / of;
    }

    /** The rows of a question file ({@code question<TAB>guide:section,...} or {@code -}), by {@code # kind:}. */
    public static List<Row> rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        String kind = "all";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# kind:")) {
                kind = line.substring("# kind:".length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            List<String> expected = parts[1].strip().equals("-") ? List.of()
                    : Stream.of(parts[1].split(",")).map(String::strip).toList();
            rows.add(new Row(kind, parts[0].strip(), expected));
        }
        return rows;
    }
}
