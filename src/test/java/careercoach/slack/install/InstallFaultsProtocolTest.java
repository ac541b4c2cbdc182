package careercoach.slack.install;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.install.Installations;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way an install can go wrong gets a page that says what happened (never a stack trace), one log line, and
 * nothing stored: a missing, forged, replayed, expired or other browser's state; a cancelled install; Slack
 * refusing or not answering {@code oauth.v2.access}.
 */
class InstallFaultsProtocolTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static Stores stores;
    private static FakeSlackApi slack;
    private static SlackTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        stores = Stores.inMemory();
        slack = new FakeSlackApi();
        kit = SlackTestKit.startDistribution(stores, slack, Map.of(), CLOCK,
                DeliveryLimits.DEFAULT.withCallTimeout(Duration.ofMillis(800)));
    }

    @AfterAll
    static void stop() throws Exception {
        kit.close();
        slack.close();
        stores.close();
    }

    @BeforeEach
    void reset() throws InterruptedException {
        kit.resetSlack();
    }

    private static Installations installations() {
        return kit.app().installations().orElseThrow();
    }

    private static void assertNothingInstalled(String key) {
        assertEquals(Optional.empty(), installations().forKey(key));
        assertTrue(installations().audit().stream().noneMatch(e -> e.key().equals(key)), "no audit entry");
    }

    private static void assertNoExchange() {
        assertEquals(List.of(), slack.calls("oauth.v2.access"), "Slack was not asked for a token");
    }

    /** The callback was refused (HTTP 400) before Slack was asked for a token: nothing of the workspace is kept. */
    private static void assertRefused(HttpResponse<String> page, String key) {
        assertEquals(400, page.statusCode());
        assertNoExchange();
        assertNothingInstalled(key);
    }

    private static String withState(String url, String state) {
        return url.replaceFirst("state=[^&]*", state == null ? "" : "state=" + state);
    }

    @Test
    void callback_withoutState_isRefused() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TNOSTATE"));
        String callback = slack.oauth().allow(start.authorizeUrl());

        HttpResponse<String> page = kit.browse(withState(callback, null), start.cookie());

        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("no longer valid"), page.body());
        assertTrue(page.body().contains("href=\"/slack/install\""), "offers to start again");
        assertNoExchange();
        assertNothingInstalled("TNOSTATE");
    }

    @Test
    void callback_withAForgedState_isRefused() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TFORGED"));
        String forged = "0d5b7f00-1111-2222-3333-444455556666";
        String callback = withState(slack.oauth().allow(start.authorizeUrl()), forged);

        HttpResponse<String> page = kit.browse(callback, "slack-app-oauth-state=" + forged);

        assertRefused(page, "TFORGED");
    }

    @Test
    void callback_inAnotherBrowser_withoutTheStateCookie_isRefused() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TOTHERBROWSER"));

        HttpResponse<String> page = kit.browse(slack.oauth().allow(start.authorizeUrl()), null);

        assertRefused(page, "TOTHERBROWSER");
    }

    @Test
    void callback_replayed_isRefusedTheSecondTime() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TREPLAY"));
        String callback = slack.oauth().allow(start.authorizeUrl());
        assertEquals(200, kit.browse(callback, start.cookie()).statusCode());
        kit.resetSlack();

        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> again = kit.browse(callback, start.cookie());

            assertEquals(400, again.statusCode());
            assertTrue(logs.allText().contains("refused an install: its state was missing, unknown, expired or used"
                    + " before"), logs.allText());
            assertEquals(List.of(), logs.at(Level.ERROR));
        }
        assertNoExchange();
        assertEquals(1, installations().audit().stream().filter(e -> e.key().equals("TREPLAY")).count());
    }

    @Test
    void callback_afterTheStateExpired_isRefused() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TEXPIRED"));
        String callback = slack.oauth().allow(start.authorizeUrl());
        CLOCK.advance(Duration.ofMinutes(11));

        HttpResponse<String> page = kit.browse(callback, start.cookie());

        assertRefused(page, "TEXPIRED");
    }

    @Test
    void accessDenied_atSlack_saysNothingWasInstalled() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TCANCEL"));

        HttpResponse<String> page = kit.browse(slack.oauth().cancel(start.authorizeUrl()), start.cookie());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You chose not to allow Career Coach, so nothing was installed."),
                page.body());
        assertNoExchange();
        assertNothingInstalled("TCANCEL");
    }

    @Test
    void oauthAccess_refusedBySlack_showsWhy_andStoresNothing() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TREFUSED"));
        slack.errorNext("oauth.v2.access", "invalid_code");

        HttpResponse<String> page = kit.browse(slack.oauth().allow(start.authorizeUrl()), start.cookie());

        assertEquals(502, page.statusCode());
        assertTrue(page.body().contains("Slack refused the installation (invalid_code)"), page.body());
        assertNothingInstalled("TREFUSED");
    }

    @Test
    void oauthAccess_failingWithAServerError_showsARetryPage() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TDOWN"));
        slack.failNext("oauth.v2.access", 503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}");

        HttpResponse<String> page = kit.browse(slack.oauth().allow(start.authorizeUrl()), start.cookie());

        assertEquals(502, page.statusCode());
        assertTrue(page.body().contains("Please try again"), page.body());
        assertFalse(page.body().contains("Exception"), page.body());
        assertNothingInstalled("TDOWN");
    }

    @Test
    void oauthAccess_timingOut_showsARetryPage_andStoresNothing() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(Workspace.team("TSLOW"));
        CountDownLatch gate = slack.hold("oauth.v2.access");
        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> page = kit.browse(slack.oauth().allow(start.authorizeUrl()), start.cookie());

            assertEquals(502, page.statusCode());
            assertTrue(page.body().contains("Slack did not answer in time, so nothing was installed."), page.body());
            assertTrue(logs.allText().contains("oauth.v2.access did not answer (timeout)"), logs.allText());
        } finally {
            gate.countDown();
        }
        assertNothingInstalled("TSLOW");
    }

    @Test
    void aCommandFromAWorkspaceWithNoInstallation_isToldSoInTheAck_andAnEventOrClickIsIgnoredWithOneLine() throws Exception {
        Workspace stranger = Workspace.team("TSTRANGER");
        try (LogCapture logs = LogCapture.open()) {
            HttpResponse<String> event = kit.event(stranger, kit.newEventId(), kit.directMessage("U1", "hi"), 0);

            assertEquals(200, event.statusCode());
            assertEquals("", event.body());
            assertEquals(1, logs.events().stream().filter(e -> e.getFormattedMessage()
                    .equals("ignored a request from a workspace where the app is not installed")).count());
            assertEquals(List.of(), logs.at(Level.ERROR));
        }
        HttpResponse<String> command = kit.command(stranger, "U1", "C1", "skills");

        assertEquals(200, command.statusCode());
        JsonNode ack = new ObjectMapper().readTree(command.body());
        assertTrue(ack.path("text").asText().contains("isn't installed in this workspace"), "in the ack: " + ack);
        assertEquals("ephemeral", ack.path("response_type").asText());
        assertEquals(200, kit.blockAction(stranger, "U1", "C1", "guide_show", "x").statusCode());
        kit.resetSlack();
        assertEquals(List.of(), slack.calls(), "no Web API or response_url call at all");
    }
}
