package careercoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        return new SearchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), name -> switch (name) {
                    case "INDEX_DATA" -> "index-data";
                    // Passage vectors go to a temporary directory, never into the working tree.
                    case "SEARCH_CACHE" -> System.getProperty("java.io.tmpdir") + "/career-coach-test-embeddings";
                    default -> null;
                }).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_jsonPrintsTheDocumentedShape() throws Exception {
        assertEquals(0, run("--json", "--limit", "2", "salary range"));
        JsonNode answer = json.readTree(stdout());
        assertEquals("salary range", answer.get("query").asText());
        assertTrue(answer.get("answered").asBoolean());
        assertTrue(answer.get("suggestion").isNull());
        JsonNode hit = answer.get("hits").get(0);
        assertEquals("backend-engineering-lead-microservices", hit.get("guide").asText());
        assertEquals("salary-and-demand", hit.get("section").asText());
        assertFalse(hit.get("title").asText().isEmpty());
        assertTrue(hit.get("snippet").isTextual());
        assertTrue(hit.get("score").isNumber());
        assertTrue(answer.get("hits").size() <= 2);
    }

    @Test
    void run_batchPrintsOneLinePerQuestionInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "who is hiring\nwhat's the weather in Paris\n", StandardCharsets.UTF_8);
        assertEquals(0, run("--json", "--batch", file.toString()));
        String[] lines = stdout().split("\n");
        assertEquals(2, lines.length);
        assertEquals("companies-hiring", json.readTree(lines[0]).get("hits").get(0).get("section").asText());
        assertFalse(json.readTree(lines[1]).get("answered").asBoolean());
    }

    @Test
    void run_batchCommentsAndBlankLines_areNotAsked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.tsv");
        Files.writeString(file, "# kind: pay\nsalary range\tsalary-and-demand\n\n   \n  # indented comment\n"
                + "who is hiring\n", StandardCharsets.UTF_8);

        assertEquals(0, run("--json", "--batch", file.toString()));

        String[] lines = stdout().split("\n");
        assertEquals(2, lines.length, stdout());
        assertEquals("salary range", json.readTree(lines[0]).get("query").asText());
        assertEquals("who is hiring", json.readTree(lines[1]).get("query").asText());
    }

    @Test
    void help_saysCommentsAndBlankLinesOfABatchAreNotAsked() {
        assertEquals(0, run("--help"));

        assertTrue(stdout().contains("A line starting with # is a comment"), stdout());
        assertTrue(stdout().contains("blank lines are skipped"), stdout());
    }

    @Test
    void run_batchLineWithATab_asksTheTextBeforeTheTab(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("questions.tsv");
        Files.writeString(file, "who is hiring\tcompanies-hiring\nsalary range\tsalary-and-demand\textra\n",
                StandardCharsets.UTF_8);

        assertEquals(0, run("--json", "--batch", file.toString()));

        String[] lines = stdout().split("\n");
        assertEquals(2, lines.length);
        assertEquals("who is hiring", json.readTree(lines[0]).get("query").asText());
        assertEquals("salary range", json.readTree(lines[1]).get("query").asText());
        assertEquals("companies-hiring", json.readTree(lines[0]).get("hits").get(0).get("section").asText());
    }

    @Test
    void run_help_saysWhatABatchLineIs() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("up to its first tab"), stdout());
    }

    @Test
    void run_roleWithNoGuide_namesTheClosestRolesThatHaveOne(@TempDir Path dir) throws Exception {
        careercoach.slack.paths.TwoRoleIndexData.in(dir);
        SearchCommand search = new SearchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), name -> switch (name) {
                    case "INDEX_DATA" -> dir.toString();
                    case "SEARCH_CACHE" -> System.getProperty("java.io.tmpdir") + "/career-coach-test-embeddings";
                    default -> null;
                });

        assertEquals(0, search.run(new String[] {"I want to become a frontend manager, what should I learn?"}));
        assertTrue(stdout().contains("There is no guide for frontend manager yet. The closest roles with a guide:"
                + " Engineering Manager (Platform Team), Backend Engineering Lead (Microservices)."), stdout());

        out.reset();
        assertEquals(0, search.run(new String[] {"--json", "what does a frontend manager earn"}));
        JsonNode answer = json.readTree(stdout());
        assertEquals("frontend manager", answer.get("missing_role").asText());
        assertEquals("Engineering Manager (Platform Team)", answer.get("closest_guides").get(0).asText());
    }

    @Test
    void run_plainTextForPeople() {
        assertEquals(0, run("sallary"));
        assertTrue(stdout().contains("Did you mean: salary"), stdout());
        assertTrue(stdout().contains("Salary & Demand"), stdout());
    }

    @Test
    void run_guideFilter() throws Exception {
        assertEquals(0, run("--json", "--guide", "backend-engineering-lead-microservices", "salary"));
        assertTrue(json.readTree(stdout()).get("answered").asBoolean());
        assertEquals(2, run("--json", "--guide", "no-such-guide", "salary"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "the guides in index-data are: backend-engineering-lead-microservices"), err::toString);
    }

    @Test
    void run_missingBatchFile_saysSoInWords(@TempDir Path dir) {
        assertEquals(2, run("--json", "--batch", dir.resolve("missing.txt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read the question file")
                && err.toString(StandardCharsets.UTF_8).contains("missing.txt: no such file"), err::toString);
    }

    @Test
    void run_fromAnotherFolder_namesIndexData(@TempDir Path dir) {
        int status = new SearchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                name -> name.equals("INDEX_DATA") ? dir.resolve("index-data").toString() : null).run(new String[] {"salary"});
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("set INDEX_DATA"), err::toString);
    }

    @Test
    void run_badArgumentsExitTwoWithUsage() {
        assertEquals(2, run());
        assertEquals(2, run("--limit", "x", "salary"));
        assertEquals(2, run("--limit", "0", "salary"));
        assertEquals(2, run("--unknown", "salary"));
        assertEquals(2, run("--batch", "file.txt"));
        assertEquals(2, run("--json", "--batch"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
