package careercoach.slack.install;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.content.AskedQuestion;
import careercoach.install.InstallationEvent;
import careercoach.install.Installations;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaving cleanly: {@code app_uninstalled} and {@code tokens_revoked} delete the workspace's tokens before they are
 * acknowledged; a re-install within {@code UNINSTALL_RETENTION} finds the data again; after it, every row of the
 * team is deleted and the audit says when, without user ids. A token Slack calls dead is never used again.
 */
class InstallLifecycleProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Workspace ACME = Workspace.team("T0ACME");
    private static final String GUIDE = "backend-engineering-lead-microservices";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
    private Stores stores;
    private FakeSlackApi slack;
    private SlackTestKit kit;

    @BeforeEach
    void start() throws Exception {
        stores = Stores.inMemory();
        slack = new FakeSlackApi();
        kit = SlackTestKit.startDistribution(stores, slack, Map.of("UNINSTALL_RETENTION", "30d"), clock,
                DeliveryLimits.DEFAULT);
    }

    @AfterEach
    void stop() throws Exception {
        kit.close();
        slack.close();
        stores.close();
    }

    private Installations installations() {
        return kit.app().installations().orElseThrow();
    }

    private static ObjectNode event(String type) {
        ObjectNode event = JSON.createObjectNode().put("type", type).put("event_ts", "1700000000.000100");
        if (type.equals("tokens_revoked")) {
            ObjectNode tokens = event.putObject("tokens");
            tokens.putArray("oauth");
            tokens.putArray("bot").add(FakeSlackApi.BOT_USER_ID);
        }
        return event;
    }

    private List<InstallationEvent.Kind> audit(String key) {
        return installations().audit().stream().filter(e -> e.key().equals(key)).map(InstallationEvent::kind)
                .toList();
    }

    @Test
    void uninstall_thenReinstallWithinTheRetention_findsTheData_thenAfterTheRetentionEverythingGoes()
            throws Exception {
        assertEquals(200, kit.install(ACME).statusCode());
        kit.command(ACME, "U1", "C1", "role " + GUIDE);
        assertEquals(Optional.of(GUIDE), stores.guideChoices().chosenGuide("T0ACME", "U1"));
        kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "what is the best pizza in Naples?"), 0);
        slack.await("chat.postMessage", 1);
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(Optional.of("T0ACME")), stores.questionLog().askedSince(Instant.EPOCH).stream()
                .map(AskedQuestion::teamKey).toList(), "kept for the authors' report, with its workspace");
        String firstToken = slack.oauth().tokenOf("T0ACME");

        HttpResponse<String> uninstalled = kit.event(ACME, kit.newEventId(), event("app_uninstalled"), 0);

        assertEquals(200, uninstalled.statusCode());
        assertEquals(Optional.empty(), installations().forKey("T0ACME"), "the tokens are gone before the ack");
        kit.resetSlack();
        assertEquals(200, kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "hi"), 0).statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(), slack.calls(), "a removed workspace is not answered");

        clock.advance(Duration.ofDays(20));
        HttpResponse<String> again = kit.install(ACME);

        assertTrue(again.body().contains("installed again"), again.body());
        assertTrue(again.body().contains("still there"), again.body());
        assertEquals(Optional.of(GUIDE), stores.guideChoices().chosenGuide("T0ACME", "U1"), "the data was kept");
        kit.resetSlack();
        kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "hi"), 0);
        String secondToken = slack.oauth().tokenOf("T0ACME");
        assertEquals(secondToken, slack.await("chat.postMessage", 1).get(0).token());
        assertFalse(secondToken.equals(firstToken));

        kit.event(ACME, kit.newEventId(), event("tokens_revoked"), 0);
        assertEquals(Optional.empty(), installations().forKey("T0ACME"));
        clock.advance(Duration.ofDays(29));
        assertEquals(0, kit.app().deleteRemovedInstallationsData(), "still within the retention");
        clock.advance(Duration.ofDays(2));

        assertEquals(1, kit.app().deleteRemovedInstallationsData());

        assertEquals(Optional.empty(), stores.guideChoices().chosenGuide("T0ACME", "U1"));
        assertEquals(List.of(), stores.questionLog().askedSince(Instant.EPOCH), "its questions went too");
        assertEquals(List.of(InstallationEvent.Kind.INSTALLED, InstallationEvent.Kind.REMOVED,
                InstallationEvent.Kind.REINSTALLED, InstallationEvent.Kind.REMOVED,
                InstallationEvent.Kind.DATA_DELETED), audit("T0ACME"));
        assertEquals(List.of("app_uninstalled", "tokens_revoked"), installations().audit().stream()
                .filter(e -> e.kind() == InstallationEvent.Kind.REMOVED).map(InstallationEvent::detail).toList());
        assertTrue(installations().audit().stream().allMatch(e -> e.detail() == null
                || List.of("app_uninstalled", "tokens_revoked").contains(e.detail())), "no user id in the audit");
        assertTrue(kit.install(ACME).body().contains("is installed in"), "after the deletion: a new install");
    }

    @Test
    void tokensRevoked_forUserTokensOnly_keepsTheInstallation() throws Exception {
        kit.install(ACME);
        ObjectNode userTokens = JSON.createObjectNode().put("type", "tokens_revoked");
        userTokens.putObject("tokens").putArray("oauth").add("U1");

        assertEquals(200, kit.event(ACME, kit.newEventId(), userTokens, 0).statusCode());

        assertTrue(installations().forKey("T0ACME").isPresent());
    }

    @Test
    void anUninstallIssuedBeforeTheLatestInstall_changesNothing() throws Exception {
        kit.install(ACME);
        clock.advance(Duration.ofMinutes(-5));
        HttpResponse<String> late = kit.event(ACME, kit.newEventId(), event("app_uninstalled"), 0);
        clock.advance(Duration.ofMinutes(5));

        assertEquals(200, late.statusCode());
        assertTrue(installations().forKey("T0ACME").isPresent(), "a delivery about an earlier install");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_auth", "account_inactive", "token_revoked"})
    void aTokenSlackCallsDead_removesTheInstallation_andIsNeverUsedAgain(String error) throws Exception {
        kit.install(ACME);
        String token = slack.oauth().tokenOf("T0ACME");
        Checklist due = stores.checklists().insert(new NewChecklist("T0ACME", Optional.of("C1"), "U1", "UM",
                Optional.of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1)),
                List.of(NewItem.custom("Ship it"))), new AuditEntry(0, "UM", AuditAction.SHARE, "", clock.instant(),
                "C1"));
        kit.resetSlack();
        slack.oauth().kill(token, error);

        assertEquals(200, kit.event(ACME, kit.newEventId(), kit.homeOpened("U1"), 0).statusCode());

        Await.until("the installation is removed", () -> installations().forKey("T0ACME").isEmpty(),
                Duration.ofSeconds(10));
        assertEquals(error, installations().audit().stream().filter(e -> e.kind() == InstallationEvent.Kind.REMOVED)
                .map(InstallationEvent::detail).findFirst().orElseThrow());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));
        int used = slack.calls(c -> token.equals(c.token())).size();

        kit.event(ACME, kit.newEventId(), kit.homeOpened("U1"), 0);
        assertEquals(0, kit.app().sendDueReminders(), "a job for the workspace does not call Slack either");
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));

        assertEquals(used, slack.calls(c -> token.equals(c.token())).size(), "never tried again");
        assertTrue(stores.checklists().history(due.id()).stream().anyMatch(e -> e.action() == AuditAction.REMIND_FAILED
                && e.detail().equals("not_installed")), "the reminder is given up, not retried every run");
    }

    @Test
    void aRecipientsAccountInactive_isNotTheTokens_andKeepsTheInstallation() throws Exception {
        kit.install(ACME);
        stores.checklists().insert(new NewChecklist("T0ACME", Optional.of("C1"), "UGONE", "UM",
                Optional.of(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1)),
                List.of(NewItem.custom("Ship it"))), new AuditEntry(0, "UM", AuditAction.SHARE, "", clock.instant(),
                "C1"));
        kit.resetSlack();
        slack.deactivateUser("UGONE");

        kit.app().sendDueReminders();

        assertEquals(1, slack.calls("chat.postMessage").size());
        assertEquals(1, slack.calls("auth.test").size(), "the token was checked");
        assertTrue(installations().forKey("T0ACME").isPresent());
    }
}
