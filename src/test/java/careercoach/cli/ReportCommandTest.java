package careercoach.cli;

import careercoach.content.AskedQuestion;
import careercoach.content.Outcome;
import careercoach.store.Database;
import careercoach.store.JdbcQuestionLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The report run from {@code folder}, with these variables set (and the project's guides). */
    private int run(Path folder, Map<String, String> variables, String... args) {
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                name -> name.equals("INDEX_DATA") ? variables.getOrDefault(name, "index-data") : variables.get(name),
                // Questions about pay mean one thing, every other question another.
                text -> text.contains("pay") ? new float[] {1, 0} : new float[] {0, 1},
                Clock.fixed(NOW, ZoneOffset.UTC), folder).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).toList();
        }
    }

    @Test
    void run_noDatabaseInTheFolder_saysWhereItLookedAndHowToPointAtOne_andCreatesNothing(@TempDir Path folder)
            throws Exception {
        assertEquals(1, run(folder, Map.of()));

        assertEquals("", stdout(), "no report of an empty database");
        String said = stderr().strip();
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains(folder.resolve("data").toAbsolutePath().toString()), said);
        assertTrue(said.contains("DATABASE_URL"), said);
        assertTrue(said.contains("the bot's folder"), said);
        assertEquals(List.of(), files(folder), "no database is created");
    }

    @Test
    void run_configuredDatabaseMissing_saysSo_andCreatesNothing(@TempDir Path folder) throws Exception {
        Path elsewhere = folder.resolve("elsewhere");
        assertEquals(1, run(folder, Map.of("DATABASE_URL", "jdbc:h2:file:" + elsewhere.resolve("career-coach")
                + Database.H2_SETTINGS)));

        String said = stderr().strip();
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.contains(elsewhere.toAbsolutePath().toString()), said);
        assertTrue(said.contains("DATABASE_URL"), said);
        assertEquals(List.of(), files(folder), "no database is created");
    }

    @Test
    void run_databaseInTheFolder_reportsItsQuestions_countingThoseWithoutText(@TempDir Path folder) {
        record(folder, List.of(
                asked("a1", Outcome.UNANSWERED, "how much pay does a lead get?"),
                asked("a2", Outcome.UNANSWERED, "how much pay does a lead get"),
                asked("a3", Outcome.LOW_CONFIDENCE, null),
                asked("a4", Outcome.UNANSWERED, null),
                asked("a5", Outcome.ANSWERED, "what does a lead do")));

        assertEquals(0, run(folder, Map.of("RECORD_QUESTIONS", "on")), stderr());

        String report = stdout();
        assertTrue(report.contains("Questions not answered, or answered with little confidence: 4"), report);
        assertTrue(report.contains("     2  how much pay does a lead get?"), report);
        assertTrue(report.contains("     2  without their text (asked while RECORD_QUESTIONS was off)"), report);
        assertTrue(report.contains("20% of 5"), "the week's figures: " + report);
    }

    @Test
    void run_questionsOfManyWorkspaces_showsEveryOnesText_forTheOperator(@TempDir Path folder) {
        record(folder, List.of(
                inWorkspace(asked("w1", Outcome.UNANSWERED, "how much pay does a lead get?"), "T0ONE"),
                inWorkspace(asked("w2", Outcome.UNANSWERED, "best pizza in Naples?"), "T0TWO"),
                asked("w3", Outcome.UNANSWERED, "kept before workspaces were")));

        assertEquals(0, run(folder, Map.of("RECORD_QUESTIONS", "on")), stderr());

        String report = stdout();
        assertTrue(report.contains("how much pay does a lead get?"), report);
        assertTrue(report.contains("best pizza in Naples?"), report);
        assertTrue(report.contains("kept before workspaces were"), report);
        assertTrue(!report.contains("other workspaces"), report);
    }

    @Test
    void run_guideUnderHeadingsOfNoKind_listsTheKindsTheServerReadsFromTheirContent(@TempDir Path folder) {
        record(folder, List.of(asked("b1", Outcome.UNANSWERED, "how much pay does a lead get?")));

        assertEquals(0, run(folder, Map.of("RECORD_QUESTIONS", "on",
                "INDEX_DATA", "src/test/resources/search/no-kind-headings",
                "SEARCH_CACHE", "target/no-kind-headings-embeddings")), stderr());

        String report = stdout();
        assertTrue(report.contains("data-engineering-lead / money: salary-and-demand (declared or read from its"
                + " content)"), report);
        assertTrue(report.contains("data-engineering-lead / on-the-job: no kind"), report);
    }

    @Test
    void run_json_countsQuestionsNotAnsweredAndThoseWithoutText(@TempDir Path folder) throws Exception {
        record(folder, List.of(
                asked("a1", Outcome.UNANSWERED, "how much pay does a lead get?"),
                asked("a2", Outcome.LOW_CONFIDENCE, null)));

        assertEquals(0, run(folder, Map.of("RECORD_QUESTIONS", "on"), "--json"), stderr());

        JsonNode report = new ObjectMapper().readTree(stdout());
        assertEquals(2, report.path("notAnswered").asInt(), stdout());
        assertEquals(1, report.path("notAnsweredWithoutText").asInt(), stdout());
        assertEquals(1, report.path("unansweredQuestions").size(), stdout());
    }

    @Test
    void run_recordingOff_countsEveryQuestionNotAnsweredAsWithoutText(@TempDir Path folder) {
        record(folder, List.of(
                asked("a1", Outcome.UNANSWERED, "how much pay does a lead get?"),
                asked("a2", Outcome.UNANSWERED, null)));

        assertEquals(0, run(folder, Map.of()), stderr());

        String report = stdout();
        assertTrue(report.contains("Questions not answered, or answered with little confidence: 2"), report);
        assertTrue(report.contains("     2  without their text (RECORD_QUESTIONS is off)"), report);
        assertTrue(!report.contains("how much pay"), report);
    }

    @Test
    void run_withoutTheServersRecordingSetting_saysTheTextIsHiddenByThisCommandsSettingAndHowToSeeIt(
            @TempDir Path folder) {
        // The server records the text (RECORD_QUESTIONS=on there); the author runs report from a shell without it.
        record(folder, List.of(asked("c1", Outcome.UNANSWERED, "how much pay does a lead get?")));

        assertEquals(0, run(folder, Map.of()), stderr());

        String report = stdout();
        assertTrue(!report.contains("how much pay"), report);
        assertTrue(report.contains("RECORD_QUESTIONS is off for this command"), report);
        assertTrue(report.contains("where the server runs with RECORD_QUESTIONS=on, run report with it on too"),
                report);
    }

    /** The server's database in {@code folder}, as the server leaves it: ./data/career-coach. */
    private static void record(Path folder, List<AskedQuestion> questions) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("data/career-coach")
                + Database.H2_SETTINGS)) {
            JdbcQuestionLog log = new JdbcQuestionLog(database);
            questions.forEach(log::record);
        }
    }

    private static AskedQuestion inWorkspace(AskedQuestion q, String teamKey) {
        return new AskedQuestion(q.answerId(), q.guideId(), q.sectionId(), q.outcome(), q.text(), q.askedAt(),
                Optional.of(teamKey));
    }

    private static AskedQuestion asked(String answerId, Outcome outcome, String text) {
        return new AskedQuestion(answerId, "backend-engineering-lead-microservices", Optional.of("overview"), outcome,
                Optional.ofNullable(text), NOW.minusSeconds(3600));
    }
}
