package careercoach.search;

import careercoach.guide.GuideLibrary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two-turn dialogues over the multi-guide corpus, scored: the first question is answered alone and becomes the
 * thread's last question; the second message is answered through {@link FollowUps} (or alone, to compare), and is
 * right when its first hit is one of the expected sections (or, expected "-", when it is not answered).
 */
public final class MultiGuideDialogues {
    public static final Path CORPUS = Path.of("src/test/resources/search/multi-guide");
    static final String SHIPPED_GUIDE = "backend-engineering-lead-microservices";

    public record Dialogue(String kind, String first, String second, List<String> expected) {
    }

    /** Right / asked, by kind, in the file's order. */
    public record Score(Map<String, int[]> byKind, List<String> misses) {
        public double rate(String kind) {
            int[] counts = byKind.getOrDefault(kind, new int[2]);
            return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
        }

        public String figures() {
            StringBuilder out = new StringBuilder();
            byKind.forEach((kind, c) -> out.append(String.format("%s %d/%d = %.3f; ", kind, c[0], c[1],
                    (double) c[0] / c[1])));
            return out.toString().strip();
        }
    }

    private MultiGuideDialogues() {
    }

    /**
     * The shipped guide and the corpus's five fixture guides, side by side in {@code indexData}, loaded for a search
     * keeping vectors in {@code cacheDirectory}.
     */
    public static GuideLibrary library(Path indexData, Optional<Path> cacheDirectory) throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.copy(Path.of("index-data/guides", SHIPPED_GUIDE + ".yml"), guides.resolve(SHIPPED_GUIDE + ".yml"));
        try (Stream<Path> files = Files.list(CORPUS.resolve("guides"))) {
            for (Path file : files.toList()) {
                Files.copy(file, guides.resolve(file.getFileName()));
            }
        }
        return KindsByMeaning.loader(cacheDirectory).load(indexData);
    }

    public static List<Dialogue> read(Path file) throws IOException {
        List<Dialogue> rows = new ArrayList<>();
        String kind = "all";
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# kind:")) {
                kind = line.substring("# kind:".length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            rows.add(new Dialogue(kind, cells[0], cells[1], List.of(cells[2].split(","))));
        }
        return rows;
    }

    /**
     * Scores the dialogues.
     *
     * @param withThread true: the second message is read with the first (as in a thread); false: alone
     */
    public static Score score(GuideSearch search, List<Dialogue> dialogues, boolean withThread) {
        FollowUps followUps = new FollowUps(search::search, search::guide);
        Map<String, int[]> byKind = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Dialogue d : dialogues) {
            Answer first = search.search(d.first(), Optional.empty(), 3);
            Optional<LastQuestion> last = first.answered() ? first.best().map(h -> new LastQuestion(d.first(),
                    h.guideId(), h.sectionId(), java.time.Instant.EPOCH)) : Optional.empty();
            Answer second = withThread ? followUps.answer(d.second(), last, Optional.empty(), 3).answer()
                    : search.search(d.second(), Optional.empty(), 3);
            String got = second.answered() ? second.best().map(h -> h.guideId() + ":" + h.sectionId()).orElse("-")
                    : "-";
            boolean right = d.expected().contains(got);
            int[] counts = byKind.computeIfAbsent(d.kind(), k -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
            if (!right) {
                misses.add("[" + d.kind() + "] " + d.first() + " | " + d.second() + " -> " + got + " want "
                        + d.expected() + " (first: " + last.map(l -> l.guideId() + ":" + l.sectionId()).orElse("-")
                        + ")");
            }
        }
        return new Score(byKind, misses);
    }
}
