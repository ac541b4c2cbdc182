package careercoach.slack.report;

import careercoach.content.AskedQuestion;
import careercoach.content.Outcome;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One deployment, many workspaces: {@code /career report} counts every workspace's questions (the guides are
 * shared), but shows an author the text of the questions asked in their own workspace only, and says so.
 */
class ReportAcrossWorkspacesProtocolTest {
    private static final Workspace ONE = Workspace.team("T0ONE");
    private static final Workspace TWO = Workspace.team("T0TWO");
    private static final String AUTHOR_ONE = "UAUTHORONE";
    private static final String AUTHOR_TWO = "UAUTHORTWO";
    private static final String OUT_OF_SCOPE = "what is the best pizza topping in Naples?";
    private static final String VOTED_DOWN = "what skills does a backend lead need?";
    private static final Map<String, String> ENV = Map.of("RECORD_QUESTIONS", "on",
            "GUIDE_AUTHORS", ONE.teamId() + ":" + AUTHOR_ONE + "," + TWO.teamId() + ":" + AUTHOR_TWO);

    @Test
    void aQuestionOfOneWorkspace_isCountedForTheOther_butItsTextShownOnlyToItsOwnAuthors() throws Exception {
        try (SlackTestKit kit = SlackTestKit.startDistribution(ENV)) {
            kit.install(ONE);
            kit.install(TWO);
            askAndVoteDown(kit, ONE, "UASKER");

            String other = report(kit, TWO, AUTHOR_TWO);

            assertFalse(other.contains("pizza"), "another workspace's question: " + other);
            assertFalse(other.contains(VOTED_DOWN), "another workspace's question voted down: " + other);
            assertTrue(other.contains("*Not answered, or answered with little confidence: 1*"), other);
            assertTrue(other.contains("• 1× asked in other workspaces"), other);
            assertTrue(other.contains("`backend-engineering-lead-microservices / top-skills`: 1 👎"), other);
            assertTrue(other.contains("50% of 2 answered"), "rates count every workspace: " + other);
            assertTrue(other.contains("Question texts are of this workspace only"), other);

            String own = report(kit, ONE, AUTHOR_ONE);

            assertTrue(own.contains("1× _" + OUT_OF_SCOPE + "_"), own);
            assertTrue(own.contains(VOTED_DOWN), "the question voted down: " + own);
            assertFalse(own.contains("other workspaces"), own);
            assertTrue(own.contains("Question texts are of this workspace only"), own);
        }
    }

    @Test
    void aQuestionKeptBeforeItsWorkspaceWas_showsNoTextInAnyWorkspace_butIsCounted() throws Exception {
        try (SlackTestKit kit = SlackTestKit.startDistribution(ENV)) {
            kit.install(ONE);
            kit.stores().questionLog().record(new AskedQuestion("before", "backend-engineering-lead-microservices",
                    Optional.empty(), Outcome.UNANSWERED, Optional.of(OUT_OF_SCOPE), Instant.now().minusSeconds(60)));

            String report = report(kit, ONE, AUTHOR_ONE);

            assertFalse(report.contains("pizza"), report);
            assertTrue(report.contains("*Not answered, or answered with little confidence: 1*"), report);
            assertTrue(report.contains("• 1× asked in other workspaces, or before"), report);
        }
    }

    /** An out-of-scope DM ("I don't have that"), then an answered one voted 👎, in {@code workspace}. */
    private static void askAndVoteDown(SlackTestKit kit, Workspace workspace, String user) throws Exception {
        kit.event(workspace, kit.newEventId(), kit.directMessage(user, OUT_OF_SCOPE), 0);
        String refused = kit.slack().await("chat.postMessage", 1).get(0).allText();
        assertTrue(refused.contains("I don't have that in the career guides"), refused);

        kit.event(workspace, kit.newEventId(), kit.directMessage(user, VOTED_DOWN), 0);
        FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 2).get(1);
        String vote = Buttons.value(answer.blocks(), AnswerRenderer.FEEDBACK_DOWN_ACTION);
        assertTrue(vote.endsWith("|top-skills"), vote);
        kit.blockAction(workspace, user, "D" + user, AnswerRenderer.FEEDBACK_DOWN_ACTION, vote);
        kit.slack().await("response_url", 1);
    }

    private static String report(SlackTestKit kit, Workspace workspace, String author) throws Exception {
        kit.resetSlack();
        HttpResponse<String> ack = kit.command(workspace, author, "C1", "report 30d");
        assertEquals(200, ack.statusCode());
        assertFalse(ack.body().contains("for the guide authors"), ack.body());
        return kit.slack().await("response_url", 1).get(0).allText();
    }
}
