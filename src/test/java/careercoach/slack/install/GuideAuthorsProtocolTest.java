package careercoach.slack.install;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guide authors when one process serves many workspaces: an author is named with their workspace, and the same user
 * id in another workspace (Slack does not promise ids differ across organisations) neither gets the report, which
 * shows the question text of the author's workspace, nor sees it offered; a bare id names no workspace, so it
 * matches none.
 */
class GuideAuthorsProtocolTest {
    private static final Workspace ONE = Workspace.team("T0ONE");
    private static final Workspace TWO = Workspace.team("T0TWO");
    private static final String ORG = "E0ORG";
    private static final Workspace IN_ORG = new Workspace("T0ALPHA", "Alpha", ORG, true);
    private static final String AUTHOR = "UAUTHOR1";
    private static final String BARE = "UBARE1";
    private static final String ORG_AUTHOR = "W0ORGAUTHOR";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClassDistribution(() -> Map.of(
            "GUIDE_AUTHORS", "T0ONE:" + AUTHOR + ", " + BARE + ", " + ORG + ":" + ORG_AUTHOR));

    @BeforeAll
    static void installBoth() throws Exception {
        kit.install(ONE);
        kit.install(TWO);
        kit.install(Workspace.org(ORG));
    }

    @Test
    void theAuthorInTheirOwnWorkspace_getsTheReport_andHelpOffersIt() throws Exception {
        HttpResponse<String> ack = kit.command(ONE, AUTHOR, "C1", "report 30d");

        assertEquals(200, ack.statusCode());
        assertFalse(ack.body().contains("for the guide authors"), ack.body());
        FakeSlackApi.Call report = kit.slack().await("response_url", 1).get(0);
        assertTrue(report.allText().contains("answered"), report.allText());
        assertTrue(kit.command(ONE, AUTHOR, "C1", "help").body().contains("/career report"));
    }

    @Test
    void theSameUserIdInTheOtherWorkspace_isRefused_andHelpDoesNotOfferIt() throws Exception {
        HttpResponse<String> ack = kit.command(TWO, AUTHOR, "C1", "report 30d");

        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("for the guide authors"), ack.body());
        assertFalse(kit.command(TWO, AUTHOR, "C1", "help").body().contains("/career report"));
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(), kit.slack().calls("response_url"), "no report sent");
    }

    @Test
    void aBareUserId_matchesNoWorkspace() throws Exception {
        for (Workspace workspace : List.of(ONE, TWO)) {
            HttpResponse<String> ack = kit.command(workspace, BARE, "C1", "report");

            assertTrue(ack.body().contains("for the guide authors"), ack.body());
            assertFalse(kit.command(workspace, BARE, "C1", "help").body().contains("/career report"));
        }
    }

    @Test
    void anAuthorNamedByTheirOrg_getsTheReportInAWorkspaceOfTheOrg() throws Exception {
        HttpResponse<String> ack = kit.command(IN_ORG, ORG_AUTHOR, "C0ALPHA", "report");

        assertFalse(ack.body().contains("for the guide authors"), ack.body());
        kit.slack().await("response_url", 1);
        assertTrue(kit.command(TWO, ORG_AUTHOR, "C1", "report").body().contains("for the guide authors"));
    }

    @Test
    void aBareUserId_isWarnedOfOnceAtTheStart_namingTheFormToUse_andTheStartGoesOn() throws Exception {
        try (LogCapture logs = LogCapture.open();
             SlackTestKit started = SlackTestKit.startDistribution(
                     Map.of("GUIDE_AUTHORS", BARE + ",T0ONE:" + AUTHOR))) {
            List<ILoggingEvent> warnings = logs.at(Level.WARN).stream()
                    .filter(e -> e.getFormattedMessage().contains("GUIDE_AUTHORS")).toList();

            assertEquals(1, warnings.size(), logs.allText());
            assertTrue(warnings.get(0).getFormattedMessage().contains("T0123ABCD:U045EF6GH"), logs.allText());
            assertFalse(logs.allText().contains(SlackTestKit.SIGNING_SECRET), "no secret logged");
            assertFalse(logs.allText().contains(SlackTestKit.TOKEN_ENCRYPTION_KEY), "no secret logged");
        }
        try (LogCapture logs = LogCapture.open();
             SlackTestKit started = SlackTestKit.startDistribution(Map.of("GUIDE_AUTHORS", "T0ONE:" + AUTHOR))) {
            assertFalse(logs.allText().contains("GUIDE_AUTHORS"), logs.allText());
        }
    }
}
