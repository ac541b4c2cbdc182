package careercoach.guide;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multi-guide question corpus stays true to its guides: the fixture guides load beside the shipped guide as the
 * server would load them, every expected answer names a guide and section that exist, and the tuning and held-out
 * files are exactly the per-kind files split in half (so a renamed section or a hand edit of one half is caught
 * here, before any search figure is computed from stale expectations).
 */
class MultiGuideCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/search/multi-guide");
    private static final String SHIPPED_GUIDE = "backend-engineering-lead-microservices";
    private static final Set<String> FIXTURE_GUIDES = Set.of("data-engineering-lead",
            "mobile-engineering-lead-ios-android", "staff-engineer-platform", "qa-test-automation-lead",
            "engineering-manager-platform-team");
    private static final String KIND = "# kind: ";

    @TempDir
    static Path indexData;
    private static GuideLibrary library;

    @BeforeAll
    static void loadShippedAndFixtureGuidesSideBySide() throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.copy(Path.of("index-data/guides", SHIPPED_GUIDE + ".yml"), guides.resolve(SHIPPED_GUIDE + ".yml"));
        try (Stream<Path> files = Files.list(CORPUS.resolve("guides"))) {
            for (Path file : files.toList()) {
                Files.copy(file, guides.resolve(file.getFileName()));
            }
        }
        library = new GuideLoader().load(indexData);
    }

    @Test
    void load_fixturesBesideShippedGuide_loadsSixGuides() {
        List<String> ids = library.guides().stream().map(Guide::id).toList();

        assertEquals(6, ids.size(), ids.toString());
        assertTrue(ids.contains(SHIPPED_GUIDE));
        assertTrue(ids.containsAll(FIXTURE_GUIDES), ids.toString());
    }

    @Test
    void expectations_everyFile_nameGuidesAndSectionsThatExist() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : corpusFiles()) {
            for (Row row : rows(file)) {
                for (String expected : row.expected()) {
                    String[] ref = expected.split(":", -1);
                    boolean known = ref.length == 2
                            && library.find(ref[0]).flatMap(guide -> guide.section(ref[1])).isPresent();
                    if (!known) {
                        unknown.add(file.getFileName() + ":" + row.lineNumber() + ": " + expected);
                    }
                }
            }
        }

        assertEquals(List.of(), unknown);
    }

    @Test
    void split_tuningAndHeldOut_areThePerKindFilesCutInHalf() throws IOException {
        for (String what : List.of("questions", "dialogues")) {
            Map<String, List<String>> tuning = byKind(CORPUS.resolve("tuning-" + what + ".tsv"));
            Map<String, List<String>> heldOut = byKind(CORPUS.resolve("heldout-" + what + ".tsv"));
            Map<String, List<String>> source = new TreeMap<>();
            for (Path file : kindFiles(what.equals("dialogues"))) {
                assertTrue(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).startsWith(KIND),
                        file.getFileName() + " starts with its \"# kind:\" line");
                source.putAll(byKind(file));
            }

            assertEquals(source.keySet(), new TreeSet<>(tuning.keySet()), what);
            assertEquals(source.keySet(), new TreeSet<>(heldOut.keySet()), what);
            source.forEach((kind, rows) -> {
                assertEquals(rows.size() / 2, tuning.get(kind).size(), what + " " + kind + ": tuning is half");
                List<String> both = new ArrayList<>(tuning.get(kind));
                both.addAll(heldOut.get(kind));
                List<String> missing = new ArrayList<>(rows);
                both.forEach(missing::remove);
                // Counts only: a failure must not print held-out questions.
                assertTrue(missing.isEmpty(), what + " " + kind + ": " + missing.size()
                        + " of its rows are not in the halves (re-run bench/split-multi-guide.py)");
                assertEquals(rows.size(), both.size(), what + " " + kind + ": the halves hold other rows");
            });
        }
    }

    @Test
    void rows_everyFile_haveTheColumnsOfTheirFormatAndNoRowTwice() throws IOException {
        Map<String, Path> seen = new HashMap<>();
        for (Path file : concat(kindFiles(false), kindFiles(true))) {
            int columns = isDialogues(file) ? 3 : 2;
            for (Row row : rows(file)) {
                assertEquals(columns, row.columns(), file.getFileName() + ":" + row.lineNumber());
                Path first = seen.putIfAbsent(row.line().substring(0, row.line().lastIndexOf('\t')), file);
                assertNull(first, "asked twice: " + file.getFileName() + ":" + row.lineNumber());
            }
        }
    }

    private record Row(String line, int lineNumber, int columns, List<String> expected) {
    }

    private static List<Row> rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String expected = columns[columns.length - 1];
            rows.add(new Row(line, i + 1, columns.length,
                    expected.equals("-") ? List.of() : List.of(expected.split(","))));
        }
        return rows;
    }

    /** The rows under each {@code # kind:} line; a per-kind file must start with one. */
    private static Map<String, List<String>> byKind(Path file) throws IOException {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        String kind = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(KIND)) {
                kind = line.substring(KIND.length());
                kinds.put(kind, new ArrayList<>());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                assertTrue(kind != null, file.getFileName() + ": a row before any \"# kind:\" line");
                kinds.get(kind).add(line);
            }
        }
        return kinds;
    }

    private static List<Path> corpusFiles() throws IOException {
        List<Path> files = concat(kindFiles(false), kindFiles(true));
        for (String name : List.of("tuning-questions.tsv", "heldout-questions.tsv", "tuning-dialogues.tsv",
                "heldout-dialogues.tsv")) {
            files.add(CORPUS.resolve(name));
        }
        return files;
    }

    private static List<Path> kindFiles(boolean dialogues) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("by-kind"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tsv"))
                    .filter(f -> isDialogues(f) == dialogues)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isDialogues(Path file) {
        return file.getFileName().toString().startsWith("dialogues-");
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
