package careercoach.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixtures under {@code broken-guides/guides} mark each planted problem on its own line with
 * {@code # expect: message fragment} (several separated by {@code |}); every mark must be reported at exactly that
 * file and line, and nothing else may be reported.
 */
class BrokenGuidesTest {
    private static final String MARK = "# expect: ";

    private record Expected(String fileName, int line, String fragment) {
        boolean matches(GuideProblem problem) {
            return problem.file().getFileName().toString().equals(fileName) && problem.line() == line
                    && problem.message().contains(fragment);
        }
    }

    @Test
    void load_brokenFixtures_reportsEveryPlantedProblemAtItsFileAndLine() throws Exception {
        Path indexData = resource("/broken-guides");
        List<Expected> expected = expectations(indexData.resolve("guides"));

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        List<Expected> missing = expected.stream()
                .filter(x -> e.problems().stream().noneMatch(x::matches)).toList();
        List<GuideProblem> unexpected = e.problems().stream()
                .filter(p -> expected.stream().noneMatch(x -> x.matches(p))).toList();
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                () -> "not reported: " + missing + "\nreported but not expected: " + unexpected
                        + "\nall reported:\n" + e.getMessage());
        assertEquals(expected.size(), e.problems().size(), e::getMessage);
    }

    @Test
    void load_brokenFixtures_coversEveryKindOfProblem() throws Exception {
        List<String> fragments = expectations(resource("/broken-guides").resolve("guides")).stream()
                .map(Expected::fragment).toList();
        for (String kind : List.of("YAML syntax error", "unknown field", "appears twice", "has no id",
                "has no title", "not lowercase kebab-case", "duplicate guide id", "duplicate section id",
                "duplicate id", "unknown kind", "is empty", "has neither name nor text", "has no item",
                "has no section", "section-id/item-id", "differs from its file name")) {
            assertTrue(fragments.stream().anyMatch(f -> f.contains(kind)), () -> "no fixture plants: " + kind);
        }
    }

    @Test
    void problem_toString_isFileColonLineColonMessage() {
        assertEquals("guides/a.yml:12: guide has no title",
                new GuideProblem(Path.of("guides", "a.yml"), 12, "guide has no title").toString());
        assertEquals("guides: no guides", new GuideProblem(Path.of("guides"), 0, "no guides").toString());
    }

    @Test
    void load_missingGuidesDirectory_reportsTheDirectory(@TempDir Path indexData) {
        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        assertEquals(indexData.resolve("guides"), e.problems().get(0).file());
        assertTrue(e.problems().get(0).message().contains("no such directory"));
    }

    @Test
    void load_emptyFileAndYamlSuffix_areBothReported(@TempDir Path indexData) throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("empty.yml"), "# nothing yet\n");
        Files.writeString(guides.resolve("other.yaml"), "id: other\n");

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        assertEquals(List.of(
                        guides.resolve("empty.yml") + ": empty file: a guide needs id, title and sections",
                        guides.resolve("other.yaml") + ": guide files must end in .yml; this file is not read"),
                e.problems().stream().map(GuideProblem::toString).toList());
    }

    static Stream<Arguments> commonYamlMistakes() {
        return Stream.of(
                Arguments.of("id: colon\ntitle: Colon\nsections:\n  - id: overview\n    title: Goal: lead a team\n",
                        "quote it"),
                Arguments.of("id: indent\ntitle: Indent\nsections:\n  - id: overview\n    title: Overview\n"
                        + "     text: Too far\n", "indented too far"),
                Arguments.of("id: tab\ntitle: Tab\nsections:\n\t- id: overview\n", "not tabs"),
                Arguments.of("id: quote\ntitle: \"Unterminated\nsections: []\n", "check its quotes"),
                Arguments.of("id: lists\ntitle: Lists\nsections:\n  - id: overview\n    title: Overview\n"
                        + "  text: misplaced\n    - id: x\n", "check the indentation"));
    }

    @ParameterizedTest
    @MethodSource("commonYamlMistakes")
    void load_commonYamlMistake_explainedInPlainWords(String yaml, String hint, @TempDir Path indexData)
            throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve(yaml.substring(4, yaml.indexOf('\n')) + ".yml"), yaml);

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("YAML syntax error"), message);
        assertTrue(message.contains(hint), message);
    }

    @Test
    void load_unterminatedQuote_pointsAtTheEndAndNamesWhereTheQuoteStarted(@TempDir Path indexData)
            throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("quote.yml"), "id: quote\ntitle: \"Unterminated\nsections: []\n");

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        GuideProblem problem = e.problems().get(0);
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(problem.message().startsWith("YAML syntax error"), problem::toString);
        assertTrue(problem.message().contains("started at line 2"), problem::toString);
    }

    @Test
    void load_alias_isReportedInsteadOfReadAsItsName(@TempDir Path indexData) throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("alias.yml"), "id: alias\ntitle: &t Alias\nsubtitle: *t\n");

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        assertEquals(List.of(guides.resolve("alias.yml") + ":3: aliases (*t) are not supported: write the value out"),
                e.problems().stream().map(GuideProblem::toString).toList());
    }

    @Test
    void load_wrongShapes_areReportedNotThrown(@TempDir Path indexData) throws IOException {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        Files.writeString(guides.resolve("shapes.yml"), """
                id: shapes
                title: [not, text]
                sections:
                  - id: overview
                    title: Overview
                    items: not a list
                    text: Fine.
                  - just a string
                """);

        GuideValidationException e = assertThrows(GuideValidationException.class,
                () -> new GuideLoader().load(indexData));

        assertEquals(List.of("2: 'title' must be text, not a list", "2: guide has no title",
                        "6: 'items' must be a list", "8: a section must be a mapping with id and title"),
                e.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
    }

    /** Whatever an author's edit breaks, the loader reports problems; it never fails with another exception. */
    @Test
    void load_shippedGuideWithAnyLineRemovedOrShifted_loadsOrReportsProblems(@TempDir Path indexData)
            throws IOException {
        String name = "backend-engineering-lead-microservices.yml";
        List<String> lines = Files.readAllLines(Path.of("index-data", "guides", name));
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        for (int i = 0; i < lines.size(); i++) {
            for (List<String> edited : List.of(without(lines, i), shifted(lines, i))) {
                Files.write(guides.resolve(name), edited);
                try {
                    new GuideLoader().load(indexData);
                } catch (GuideValidationException e) {
                    assertTrue(e.problems().stream().allMatch(p -> p.line() > 0), e::getMessage);
                }
            }
        }
    }

    private static List<String> without(List<String> lines, int index) {
        List<String> edited = new ArrayList<>(lines);
        edited.remove(index);
        return edited;
    }

    private static List<String> shifted(List<String> lines, int index) {
        List<String> edited = new ArrayList<>(lines);
        edited.set(index, " " + lines.get(index));
        return edited;
    }

    private static List<Expected> expectations(Path guidesDir) throws IOException {
        List<Expected> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(guidesDir)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    int mark = lines.get(i).indexOf(MARK);
                    if (mark >= 0) {
                        for (String fragment : lines.get(i).substring(mark + MARK.length()).split("\\|")) {
                            expected.add(new Expected(file.getFileName().toString(), i + 1, fragment.strip()));
                        }
                    }
                }
            }
        }
        return expected;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BrokenGuidesTest.class.getResource(name), name).toURI());
    }
}
