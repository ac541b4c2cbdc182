package careercoach.slack.checklist;

import careercoach.checklist.AuditAction;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistRepository;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

import static careercoach.testkit.ShareForm.checklistId;
import static careercoach.testkit.ShareForm.shareMetadata;
import static careercoach.testkit.ShareForm.shareState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checklist shared in a channel this workspace shares with another organisation's workspace (Slack Connect), for a
 * person of that other workspace. Slack sends their clicks with {@code team} naming the workspace whose app posted
 * the message (ours) and {@code user.team_id} naming the person's own workspace: they tick as the person they are,
 * and someone else of their workspace is refused as anyone else is.
 */
class ChecklistSharedChannelProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "UMANAGER";
    /** The person, a member of the partner's workspace: Slack's user ids are global, so theirs is theirs alone. */
    private static final String PARTNER_PERSON = "U0PARTNERPAT";
    private static final String PARTNER_ONLOOKER = "U0PARTNERSAM";
    private static final String PARTNER_TEAM = "T0PARTNER";
    private static final String SHARED_CHANNEL = "C0SHARED";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    private static ChecklistRepository store() {
        return kit.stores().checklists();
    }

    /** The manager shares a checklist of two items for the partner's person in the shared channel. */
    private static JsonNode share() throws Exception {
        HttpResponse<String> submitted = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW,
                shareMetadata(kit, SHARED_CHANNEL), shareState(PARTNER_PERSON, List.of(),
                        "Pair on the integration review\nWrite up the rollout plan", null));
        assertEquals(200, submitted.statusCode());
        JsonNode blocks = kit.slack().await("chat.postMessage", 1).get(0).blocks();
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)), "the share's posting and App Homes finished");
        kit.resetSlack();
        return blocks;
    }

    /**
     * A click on the checkbox of item {@code item} by a member of {@code userTeam}, as Slack sends it from a shared
     * channel: {@code team} is the workspace whose app posted the message, {@code user.team_id} the clicker's own.
     */
    private static HttpResponse<String> click(String userId, String userTeam, JsonNode shown, String item,
                                              String actionTs) throws Exception {
        long id = checklistId(shown);
        String blockId = null;
        for (JsonNode block : shown) {
            if (block.path("accessory").path("options").path(0).path("value").asText().equals(item)) {
                blockId = block.path("block_id").asText();
            }
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "partner").put("name", "partner")
                .put("team_id", userTeam);
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", SHARED_CHANNEL).put("is_ephemeral", false);
        payload.put("trigger_id", "trigger-" + actionTs);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "example");
        payload.putNull("enterprise");
        payload.put("is_enterprise_install", false);
        payload.putObject("channel").put("id", SHARED_CHANNEL).put("name", "ext-partner-integration");
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").set("blocks", shown);
        payload.putObject("state").putObject("values");
        payload.put("response_url", kit.slack().responseUrl("click-" + actionTs));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", ChecklistIds.TICK);
        action.put("block_id", blockId != null ? blockId : ChecklistIds.itemsBlock(id, 0));
        ArrayNode options = action.putArray("selected_options");
        options.addObject().put("value", item).putObject("text").put("type", "mrkdwn").put("text", "Done");
        action.put("action_ts", actionTs);
        return kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    @Test
    void thePersonFromThePartnersWorkspace_ticksTheirChecklist() throws Exception {
        JsonNode shown = share();
        long id = checklistId(shown);

        HttpResponse<String> ack = click(PARTNER_PERSON, PARTNER_TEAM, shown, "1", "1700000101.000001");

        assertEquals(200, ack.statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        Checklist ticked = store().find(id).orElseThrow();
        assertEquals("1 of 2 done", ticked.progress().text(), kit.slack().calls().toString());
        assertEquals(PARTNER_PERSON, store().history(id).stream().filter(e -> e.action() == AuditAction.TICK)
                .findFirst().orElseThrow().actorId());
        FakeSlackApi.Call update = kit.slack().await(c -> c.method().equals("chat.update")
                && c.blocks().toString().contains("1 of 2 done"), 1).get(0);
        assertEquals(SHARED_CHANNEL, update.param("channel"));
        assertTrue(kit.slack().calls("response_url").isEmpty(), "no refusal: " + kit.slack().calls("response_url"));
    }

    @Test
    void someoneElseFromThePartnersWorkspace_isRefused() throws Exception {
        JsonNode shown = share();
        long id = checklistId(shown);

        click(PARTNER_ONLOOKER, PARTNER_TEAM, shown, "2", "1700000102.000001");

        FakeSlackApi.Call refusal = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", refusal.param("response_type"));
        assertEquals("Only <@" + PARTNER_PERSON + "> or <@" + MANAGER + "> can update this checklist.",
                refusal.param("text"));
        assertEquals("0 of 2 done", store().find(id).orElseThrow().progress().text());
    }

    @Test
    void aGentleReminderSlackWillNotDeliverToThePartnersPerson_isGivenBack_andTheManagerIsToldWhy() throws Exception {
        share();
        // A bot of this workspace may not open a direct message with a member of another organisation.
        kit.slack().errorNext("chat.postMessage", "channel_not_found");

        assertEquals(200, kit.blockAction(MANAGER, null, ChecklistIds.TEAM_REMIND, PARTNER_PERSON).statusCode());

        FakeSlackApi.Call told = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && MANAGER.equals(c.param("channel")), 1).get(0);
        assertEquals("I couldn't send <@" + PARTNER_PERSON + "> the gentle reminder: Slack would not let me send them"
                + " a direct message (`channel_not_found`). If they are in another organisation's workspace, they can't"
                + " get my direct messages: remind them in the checklist's channel.", told.param("text"));
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        kit.resetSlack();

        // Given back: pressed again, it is tried again (and sent, once Slack takes it).
        kit.blockAction(MANAGER, null, ChecklistIds.TEAM_REMIND, PARTNER_PERSON);
        FakeSlackApi.Call sent = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && PARTNER_PERSON.equals(c.param("channel")), 1).get(0);
        assertTrue(sent.allText().contains("gentle reminder"), sent.allText());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage") && MANAGER.equals(c.param("channel")))
                .isEmpty(), "nothing to tell when it was sent");
    }

    @Test
    void aShareFormOpenedInThePartnersWorkspace_isKeptUnderTheWorkspaceTheAppIsInstalledIn() throws Exception {
        // Slack names the workspace the form was opened in as team, and ours as the view's app_installed_team_id.
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission");
        payload.putObject("team").put("id", PARTNER_TEAM).put("domain", "partner");
        payload.putObject("user").put("id", MANAGER).put("username", "manager").put("name", "manager")
                .put("team_id", FakeSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-share-partner");
        ObjectNode view = payload.putObject("view");
        view.put("id", "V0SHARE");
        view.put("team_id", PARTNER_TEAM);
        view.put("app_installed_team_id", FakeSlackApi.TEAM_ID);
        view.put("type", "modal");
        view.put("callback_id", ChecklistIds.SHARE_VIEW);
        view.put("private_metadata", shareMetadata(kit, SHARED_CHANNEL));
        view.putObject("state").set("values", shareState(PARTNER_PERSON, List.of(), "Demo the integration", null));

        assertEquals(200, kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload),
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of()).statusCode());

        JsonNode shown = kit.slack().await("chat.postMessage", 1).get(0).blocks();
        Checklist stored = store().find(checklistId(shown)).orElseThrow();
        assertEquals(FakeSlackApi.TEAM_ID, stored.teamId());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        click(PARTNER_PERSON, PARTNER_TEAM, shown, "1", "1700000103.000001");
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertEquals("1 of 1 done", store().find(stored.id()).orElseThrow().progress().text());
    }

    /** {@code user_not_visible} stands for any refusal Slack may give that this code does not name. */
    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "user_not_visible"})
    void aDueDateReminderSlackWillNotDeliverToThePartnersPerson_isGivenUpOnce_withSlacksError(String refusal)
            throws Exception {
        Checklist due = StoredChecklists.posted(store(), StoredChecklists.shared(store(), FakeSlackApi.TEAM_ID,
                SHARED_CHANNEL, PARTNER_PERSON, MANAGER, Optional.of(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                Instant.now(), "Send the partner the rollout notes"));
        kit.slack().errorNext("chat.postMessage", refusal);

        assertEquals(0, kit.app().sendDueReminders());

        FakeSlackApi.Call tried = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && PARTNER_PERSON.equals(c.param("channel")), 1).get(0);
        assertEquals(SlackTestKit.BOT_TOKEN, tried.token(), "sent with this workspace's token");
        assertTrue(store().history(due.id()).stream().anyMatch(e -> e.action() == AuditAction.REMIND_FAILED
                && e.detail().contains(refusal)), store().history(due.id()).toString());
        assertEquals(0, kit.app().sendDueReminders(), "given up, not tried again");
        assertEquals(1, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && PARTNER_PERSON.equals(c.param("channel"))).size());
    }
}
