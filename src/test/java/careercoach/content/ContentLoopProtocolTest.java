package careercoach.content;

import careercoach.search.LiveGuides;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.LiveIndexData;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static careercoach.testkit.LiveIndexData.awaitReload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop for guide authors through the front door: questions the bot could not answer and 👎 votes show up in
 * {@code /career report}; guides edited on disk are served without a restart, and a broken edit is refused.
 */
class ContentLoopProtocolTest {
    private static final String AUTHOR = "UAUTHOR1";
    private static final String GUIDE_FILE = "backend-engineering-lead-microservices.yml";
    private static final String OUT_OF_SCOPE = "what is the best pizza topping in Naples?";

    @Test
    void report_withQuestionText_showsTheUnansweredQuestionAndTheThumbsDownSection() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Map.of("RECORD_QUESTIONS", "on", "GUIDE_AUTHORS", AUTHOR),
                Clock.systemUTC())) {
            askAndVoteDown(kit);

            String report = report(kit, AUTHOR);

            assertTrue(report.contains("question text recorded"), report);
            assertTrue(report.contains("1× _" + OUT_OF_SCOPE + "_"), report);
            assertFalse(report.contains("without their text"), report);
            assertTrue(report.contains("Sections with the most 👎"), report);
            assertTrue(report.contains("`backend-engineering-lead-microservices / top-skills`: 1 👎"), report);
            assertTrue(report.contains("what skills does a backend lead need?"), "the question voted down: " + report);
            assertTrue(report.contains("50% of 2 answered"), report);
        }
    }

    @Test
    void report_withoutQuestionText_countsBySectionAndShowsNoQuestion() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Map.of("GUIDE_AUTHORS", AUTHOR), Clock.systemUTC())) {
            askAndVoteDown(kit);

            String report = report(kit, AUTHOR);

            assertTrue(report.contains("question text not recorded"), report);
            assertFalse(report.contains("pizza"), report);
            assertFalse(report.contains("what skills does"), report);
            assertTrue(report.contains("*Not answered, or answered with little confidence: 1*"), report);
            assertTrue(report.contains("• 1× without their text"), "counted, though not shown: " + report);
            assertTrue(report.contains("1 unanswered, 0 low confidence"), report);
            assertTrue(report.contains("`backend-engineering-lead-microservices / top-skills`: 1 👎"), report);
            assertFalse(report.contains("U30"), "no user id in the report: " + report);
        }
    }

    @Test
    void questionRoutedToAnotherGuide_isCreditedToTheGuideSearched_notTheAskersChoice(@TempDir Path indexData)
            throws Exception {
        Path guides = Files.createDirectories(indexData.resolve("guides"));
        for (String guide : new String[] {"data-engineering-lead", "mobile-engineering-lead-ios-android"}) {
            Files.copy(Path.of("src/test/resources/search/multi-guide/guides", guide + ".yml"),
                    guides.resolve(guide + ".yml"));
        }
        try (SlackTestKit kit = SlackTestKit.start(Map.of("INDEX_DATA", indexData.toString()), Clock.systemUTC())) {
            kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "U40", "data-engineering-lead");
            kit.event(kit.newEventId(), kit.directMessage("U40",
                    "what are the top skills of a mobile engineering lead?"), 0);
            kit.slack().await("chat.postMessage", 1);
            kit.app().awaitIdle(Duration.ofSeconds(10));

            var asked = kit.stores().questionLog().askedSince(java.time.Instant.EPOCH);
            assertEquals(1, asked.size(), asked.toString());
            assertEquals("mobile-engineering-lead-ios-android", asked.get(0).guideId(), asked.toString());
        }
    }

    @Test
    void report_afterRecordingWasSwitchedOff_showsNoTextKeptBefore() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Map.of("GUIDE_AUTHORS", AUTHOR), Clock.systemUTC())) {
            // Kept while recording was on (before a restart, or by an instance that still records).
            kit.stores().questionLog().record(new AskedQuestion("before", "backend-engineering-lead-microservices",
                    java.util.Optional.empty(), Outcome.UNANSWERED, java.util.Optional.of(OUT_OF_SCOPE),
                    java.time.Instant.now()));

            String report = report(kit, AUTHOR);

            assertFalse(report.contains("pizza"), report);
            assertFalse(report.contains("question text recorded"), report);
            assertTrue(report.contains("1 unanswered"), report);
        }
    }

    @Test
    void report_forSomeoneNotAnAuthor_isRefusedAndNotOfferedInHelp() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Map.of("GUIDE_AUTHORS", AUTHOR), Clock.systemUTC())) {
            HttpResponse<String> refused = kit.command("U31", "C1", "report");
            assertTrue(refused.body().contains("for the guide authors"), refused.body());

            assertFalse(kit.command("U31", "C1", "help").body().contains("/career report"));
            assertTrue(kit.command(AUTHOR, "C1", "help").body().contains("/career report"));
        }
    }

    @Test
    void guideEditedOnDisk_isServedWithoutRestart_andABrokenEditKeepsItServing(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);
        Path guideFile = indexData.resolve("guides").resolve(GUIDE_FILE);
        try (SlackTestKit kit = SlackTestKit.start(Map.of("INDEX_DATA", indexData.toString(),
                "GUIDE_AUTHORS", AUTHOR), Clock.systemUTC())) {
            LiveGuides guides = kit.app().guides();
            assertTrue(kit.command("U40", "C1", "skills").body().contains("Top Skills for Success"));

            replace(guideFile, "title: Top Skills for Success", "title: Skills That Make a Lead");
            awaitReload(guides, s -> s.loaded() >= 1);

            assertTrue(kit.command("U40", "C1", "skills").body().contains("Skills That Make a Lead"));
            String answer = kit.firstReplyTo("U40", "what skills does a backend lead need?");
            assertTrue(answer.contains("*Skills That Make a Lead*"), answer);

            replace(guideFile, "  - id: top-skills\n", "  - id: top-skills\n   title: [broken\n");
            awaitReload(guides, s -> s.failure().isPresent());

            assertTrue(kit.command("U40", "C1", "skills").body().contains("Skills That Make a Lead"),
                    "the guides loaded before keep serving");
            String problem = guides.status().failure().orElseThrow().problems().get(0);
            assertTrue(problem.matches(".*" + GUIDE_FILE.replace(".", "\\.") + ":\\d+: .*"), problem);
            String report = report(kit, AUTHOR);
            assertTrue(report.contains("The guides on disk have problems"), report);
            assertTrue(report.contains(GUIDE_FILE + ":"), report);
        }
    }

    /** An out-of-scope DM ("I don't have that"), then an answered one voted 👎. */
    private static void askAndVoteDown(SlackTestKit kit) throws Exception {
        String refused = kit.firstReplyTo("U30", OUT_OF_SCOPE);
        assertTrue(refused.contains("I don't have that in the career guides"), refused);

        kit.event(kit.newEventId(), kit.directMessage("U30", "what skills does a backend lead need?"), 0);
        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        String vote = Buttons.value(answer.blocks(), AnswerRenderer.FEEDBACK_DOWN_ACTION);
        assertTrue(vote.endsWith("|top-skills"), vote);
        kit.blockAction("U30", "DU30", AnswerRenderer.FEEDBACK_DOWN_ACTION, vote);
        kit.slack().await("response_url", 1);
    }

    private static String report(SlackTestKit kit, String userId) throws Exception {
        kit.resetSlack();
        HttpResponse<String> ack = kit.command(userId, "C1", "report 30d");
        assertEquals(200, ack.statusCode());
        return kit.slack().await("response_url", 1).get(0).allText();
    }

    /** Writes the edit next to the file and moves it in, as editors and git do, so no reader sees half a file. */
    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        LiveIndexData.write(file, text.replace(from, to));
    }
}
