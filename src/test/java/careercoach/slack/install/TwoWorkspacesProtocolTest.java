package careercoach.slack.install;

import careercoach.checklist.Checklist;
import careercoach.slack.checklist.ChecklistIds;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Two workspaces served by one process, whose user ids and channel ids are the same (Slack does not promise
 * otherwise across organisations): each request and each job uses its own workspace's token, and neither sees,
 * changes or is reminded of the other's data.
 */
class TwoWorkspacesProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Workspace ONE = Workspace.team("T0ONE");
    private static final Workspace TWO = Workspace.team("T0TWO");
    private static final String USER = "U1";
    private static final String MANAGER = "UM";
    private static final String CHANNEL = "C1";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClassDistribution();
    private static String oneToken;
    private static String twoToken;

    @BeforeAll
    static void installBoth() throws Exception {
        kit.install(ONE);
        kit.install(TWO);
        oneToken = kit.slack().oauth().tokenOf("T0ONE");
        twoToken = kit.slack().oauth().tokenOf("T0TWO");
    }

    private static Checklist checklistIn(Workspace workspace, String item, Optional<LocalDate> due) {
        return StoredChecklists.shared(kit.stores().checklists(), workspace.teamId(), CHANNEL, USER, MANAGER, due,
                Instant.now(), item);
    }

    @Test
    void directMessages_areAnsweredWithEachWorkspacesOwnToken() throws Exception {
        kit.event(ONE, kit.newEventId(), kit.directMessage(USER, "what does a lead do"), 0);
        kit.event(TWO, kit.newEventId(), kit.directMessage(USER, "what does a lead do"), 0);

        List<FakeSlackApi.Call> replies = kit.slack().await("chat.postMessage", 2);

        assertEquals(List.of(oneToken, twoToken).stream().sorted().toList(),
                replies.stream().map(FakeSlackApi.Call::token).sorted().toList());
    }

    @Test
    void appHome_showsEachWorkspaceItsOwnChecklists_withItsOwnToken() throws Exception {
        checklistIn(ONE, "Step only in one", Optional.empty());
        checklistIn(TWO, "Step only in two", Optional.empty());

        kit.event(ONE, kit.newEventId(), kit.homeOpened(USER), 0);
        FakeSlackApi.Call oneHome = kit.slack().await("views.publish", 1).get(0);
        kit.resetSlack();
        kit.event(TWO, kit.newEventId(), kit.homeOpened(USER), 0);
        FakeSlackApi.Call twoHome = kit.slack().await("views.publish", 1).get(0);

        assertEquals(oneToken, oneHome.token());
        assertTrue(oneHome.allText().contains("Step only in one"), oneHome.allText());
        assertFalse(oneHome.allText().contains("Step only in two"), oneHome.allText());
        assertEquals(twoToken, twoHome.token());
        assertTrue(twoHome.allText().contains("Step only in two"), twoHome.allText());
        assertFalse(twoHome.allText().contains("Step only in one"), twoHome.allText());
    }

    @Test
    void aClickInOneWorkspace_onTheOthersChecklist_changesNothing() throws Exception {
        Checklist theirs = checklistIn(ONE, "Not yours to tick", Optional.empty());

        HttpResponse<String> ack = tick(TWO, USER, theirs.id());

        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call note = kit.slack().await("response_url", 1).get(0);
        assertTrue(note.allText().contains("This checklist no longer exists."), note.allText());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(), kit.slack().calls(c -> c.method().startsWith("chat.") || c.method().equals(
                "views.publish")), "no message or Home of either workspace changed");
        assertEquals("0 of 1 done", kit.stores().checklists().find(theirs.id()).orElseThrow().progress().text());

        tick(ONE, USER, theirs.id());
        Await.until("ticked in its own workspace", () -> kit.stores().checklists()
                .find(theirs.id()).orElseThrow().progress().text().equals("1 of 1 done"));
        List<FakeSlackApi.Call> homes = kit.slack().await("views.publish", 2);
        assertTrue(homes.stream().allMatch(home -> home.token().equals(oneToken)),
                "the refresh after the tick shows both Homes with the checklist's own workspace's token");
    }

    @Test
    void reminders_goToEachWorkspaceWithItsOwnToken_andOnlyItsOwnChecklist() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        checklistIn(ONE, "Remind me in one", Optional.of(yesterday));
        checklistIn(TWO, "Remind me in two", Optional.of(yesterday));

        assertEquals(2, kit.app().sendDueReminders());

        List<FakeSlackApi.Call> reminders = kit.slack().calls("chat.postMessage");
        FakeSlackApi.Call inOne = reminders.stream().filter(c -> c.token().equals(oneToken)).findFirst().orElseThrow();
        FakeSlackApi.Call inTwo = reminders.stream().filter(c -> c.token().equals(twoToken)).findFirst().orElseThrow();
        assertTrue(inOne.allText().contains("Remind me in one") && !inOne.allText().contains("in two"));
        assertTrue(inTwo.allText().contains("Remind me in two") && !inTwo.allText().contains("in one"));
        assertEquals(USER, inOne.param("channel"));
        assertEquals(USER, inTwo.param("channel"));
        assertTrue(kit.slack().calls("users.info").stream().allMatch(c -> c.token().equals(oneToken)
                || c.token().equals(twoToken)));
    }

    private static HttpResponse<String> tick(Workspace from, String userId, long checklistId) throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", from.teamId());
        payload.putObject("team").put("id", from.teamId()).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-tick");
        payload.putObject("channel").put("id", CHANNEL).put("name", "team");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", CHANNEL).put("is_ephemeral", false);
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").putArray("blocks");
        payload.put("response_url", kit.slack().responseUrl("tick-" + from.teamId()));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", ChecklistIds.TICK);
        action.put("block_id", ChecklistIds.itemsBlock(checklistId, 0));
        action.putArray("selected_options").addObject().put("value", "1");
        action.put("action_ts", Instant.now().getEpochSecond() + "." + from.teamId().hashCode());
        return kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }
}
