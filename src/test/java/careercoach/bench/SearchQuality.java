package careercoach.bench;

import careercoach.guide.GuideLibrary;
import careercoach.search.Answer;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;
import careercoach.search.LabelledQuestions;
import careercoach.search.Synonyms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Search quality on a question set, by kind. {@code --cross-validate N} scores the shipped tuning set honestly:
 * the confidence is trained without the fifth of the set being scored, N times; the folds take every Nth question,
 * or, with {@code --shuffle SEED}, every Nth of the questions shuffled with that seed (another split of the same set,
 * to tell a change from the luck of one split). Otherwise the set is scored with the shipped training. Run with
 * {@code bench/quality.sh}. With {@code --guides DIR}, the set is scored over the shipped guides and those of DIR
 * side by side ({@link MultiGuideQuality}; {@code --leave-one-guide-out} too).
 */
public final class SearchQuality {

    record Row(String kind, LabelledQuestions.Labelled question) {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--guides")) {
            MultiGuideQuality.main(args);
            return;
        }
        Path indexData = Path.of("index-data");
        boolean verbose = List.of(args).contains("-v");
        GuideSearch.Fusion fusion = List.of(args).contains("--rrf") ? GuideSearch.Fusion.RECIPROCAL_RANK
                : GuideSearch.Fusion.NORMALISED_SCORES;
        GuideSearch.Settings base = GuideSearch.Settings.defaults(Optional.of(Path.of(
                System.getProperty("java.io.tmpdir"), "career-coach-embeddings"))).withFusion(fusion);
        GuideLibrary library = KindsByMeaning.loader(base.cacheDirectory()).load(indexData);
        if (List.of(args).contains("--threshold")) {
            base = new GuideSearch.Settings(base.cacheDirectory(), base.examples(), base.fusion(),
                    Double.parseDouble(args[List.of(args).indexOf("--threshold") + 1]));
        }
        int folds = List.of(args).contains("--cross-validate")
                ? Integer.parseInt(args[List.of(args).indexOf("--cross-validate") + 1]) : 0;
        Path file = Path.of(args[args.length - 1]);
        List<Row> rows = rows(file);
        List<Row> folded = new ArrayList<>(rows);
        if (List.of(args).contains("--shuffle")) {
            Collections.shuffle(folded, new Random(Long.parseLong(args[List.of(args).indexOf("--shuffle") + 1])));
        }
        Map<String, int[]> byKind = new LinkedHashMap<>();
        rows.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new int[2])); // kinds in the file's order
        int[] total = new int[5]; // in scope, right@1, right@3, out of scope, rejected
        if (folds == 0) {
            try (GuideSearch search = new GuideSearch(library, Synonyms.load(indexData), base)) {
                rows.forEach(r -> score(search, r, byKind, total, verbose));
            }
        } else {
            List<LabelledQuestions.Labelled> shipped = LabelledQuestions.shipped().questions();
            for (int f = 0; f < folds; f++) {
                List<Row> scored = new ArrayList<>();
                for (int i = 0; i < folded.size(); i++) {
                    if (i % folds == f) {
                        scored.add(folded.get(i));
                    }
                }
                List<LabelledQuestions.Labelled> training = shipped.stream()
                        .filter(q -> scored.stream().noneMatch(r -> r.question().question().equals(q.question())))
                        .toList();
                GuideSearch.Settings settings = base.withExamples(
                        new LabelledQuestions(LabelledQuestions.SHIPPED_GUIDE, training));
                try (GuideSearch search = new GuideSearch(library, Synonyms.load(indexData), settings)) {
                    scored.forEach(r -> score(search, r, byKind, total, verbose));
                }
            }
        }
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> kinds.append(k).append(' ').append(v[0]).append('/').append(v[1]).append(", "));
        System.out.println("by kind (right first, or rejected when out of scope / asked): " + kinds);
        System.out.printf("recall@1=%.3f recall@3=%.3f out-of-scope rejected=%.3f (%d in scope, %d out of scope)%s%n",
                (double) total[1] / total[0], (double) total[2] / total[0], (double) total[4] / total[3], total[0],
                total[3], folds > 0 ? " cross-validated, " + folds + " folds" : "");
    }

    private static void score(GuideSearch search, Row row, Map<String, int[]> byKind, int[] total, boolean verbose) {
        Answer answer = search.search(row.question().question(), Optional.empty(), 3);
        int[] kind = byKind.computeIfAbsent(row.kind(), k -> new int[2]);
        kind[1]++;
        if (!row.question().inScope()) {
            total[3]++;
            if (!answer.answered()) {
                total[4]++;
                kind[0]++;
            } else if (verbose) {
                System.out.println("  answered out-of-scope: " + row.question().question() + " -> "
                        + answer.best().orElseThrow().sectionId());
            }
            return;
        }
        total[0]++;
        List<String> got = answer.answered() ? answer.hits().stream().map(h -> h.sectionId()).toList() : List.of();
        boolean first = !got.isEmpty() && row.question().sections().contains(got.get(0));
        boolean top3 = got.stream().limit(3).anyMatch(row.question().sections()::contains);
        total[1] += first ? 1 : 0;
        total[2] += top3 ? 1 : 0;
        kind[0] += first ? 1 : 0;
        if (verbose && !first) {
            System.out.println("  miss@1 [" + row.kind() + "]: " + row.question().question() + " want "
                    + row.question().sections() + " got " + (answer.answered() ? got : "not answered "
                    + answer.hits().stream().map(h -> h.sectionId()).limit(1).toList()));
        }
    }

    private static List<Row> rows(Path file) throws Exception {
        List<Row> rows = new ArrayList<>();
        String kind = "all";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# kind:")) {
                kind = line.substring("# kind:".length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(new Row(kind, LabelledQuestions.parse(line).get(0)));
        }
        return rows;
    }
}
