package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.ShareForm;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ticks from a person whose workspace is not the channel's, in distribution mode: in an org-wide install, someone of
 * another workspace of the org; in a channel shared with another organisation (Slack Connect), a member of the
 * partner's workspace, whether or not the app is installed there too. Each click as Slack shapes it: {@code team}
 * the workspace the interaction came from (in an org-wide install it may be null), {@code user.team_id} the person's
 * own, {@code enterprise} the org of an org-wide install.
 */
class ChecklistAcrossWorkspacesProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "E0ORG";
    private static final String ALPHA = "T0ALPHA";
    private static final String BETA = "T0BETA";
    private static final Workspace OURS = Workspace.team("T0OURS");
    private static final Workspace PARTNER = Workspace.team("T0PARTNER");
    private static final String MANAGER = "W0MANAGER";
    private static final String PERSON = "W0PERSON";
    private static final String CHANNEL = "C0SHARED";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClassDistribution();

    @BeforeAll
    static void install() throws Exception {
        kit.install(Workspace.org(ORG));
        kit.install(OURS);
        kit.install(PARTNER);
    }

    private static Checklist checklistUnder(String key, String person) {
        return StoredChecklists.posted(kit.stores().checklists(), StoredChecklists.shared(kit.stores().checklists(),
                key, CHANNEL, person, MANAGER, Optional.empty(), Instant.now(), "Review the rollout plan together"));
    }

    /** A tick of item 1 of {@code checklist} by {@code userId}; {@code shape} sets its team, user and org fields. */
    private static HttpResponse<String> tick(Checklist checklist, String userId, Consumer<ObjectNode> shape)
            throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", userId).put("username", "someone").put("name", "someone");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.putObject("container").put("type", "message").put("message_ts", checklist.messageTs().orElseThrow())
                .put("channel_id", CHANNEL).put("is_ephemeral", false);
        payload.put("trigger_id", "trigger-" + checklist.id() + userId);
        payload.putObject("channel").put("id", CHANNEL).put("name", "shared");
        payload.putObject("message").put("type", "message").put("ts", checklist.messageTs().orElseThrow())
                .putArray("blocks");
        payload.put("response_url", kit.slack().responseUrl("tick-" + checklist.id() + userId));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", ChecklistIds.TICK);
        action.put("block_id", ChecklistIds.itemsBlock(checklist.id(), 0));
        action.putArray("selected_options").addObject().put("value", "1");
        action.put("action_ts", Instant.now().getEpochSecond() + "." + checklist.id());
        shape.accept(payload);
        return kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    /** From a workspace of the org-wide install: {@code team} as given ({@code null}: none), the user of {@code userTeam}. */
    private static Consumer<ObjectNode> fromOrg(String team, String userTeam) {
        return payload -> {
            if (team == null) {
                payload.putNull("team");
            } else {
                payload.putObject("team").put("id", team).put("domain", "alpha").put("enterprise_id", ORG)
                        .put("enterprise_name", "Org");
            }
            ((ObjectNode) payload.get("user")).put("team_id", userTeam);
            payload.putObject("enterprise").put("id", ORG).put("name", "Org");
            payload.put("is_enterprise_install", true);
        };
    }

    /** From a channel of {@code team} shared with another organisation, by a member of {@code userTeam}. */
    private static Consumer<ObjectNode> fromSharedChannel(String team, String userTeam) {
        return payload -> {
            payload.putObject("team").put("id", team).put("domain", "ours");
            ((ObjectNode) payload.get("user")).put("team_id", userTeam);
            payload.putNull("enterprise");
            payload.put("is_enterprise_install", false);
        };
    }

    private static void assertTicked(Checklist checklist) {
        Await.until("ticked", () -> kit.stores().checklists().find(checklist.id()).orElseThrow().progress().text()
                .equals("1 of 1 done"));
    }

    @Test
    void orgWideInstall_thePersonOfAnotherWorkspaceOfTheOrg_ticks() throws Exception {
        Checklist checklist = checklistUnder(ORG, PERSON);

        assertEquals(200, tick(checklist, PERSON, fromOrg(ALPHA, BETA)).statusCode());

        assertTicked(checklist);
        FakeSlackApi.Call update = kit.slack().await("chat.update", 1).get(0);
        assertEquals(kit.slack().oauth().tokenOf(ORG), update.token());
    }

    @Test
    void orgWideInstall_aClickWithoutItsTeam_ticksAsTheOrgsPerson() throws Exception {
        Checklist checklist = checklistUnder(ORG, PERSON);

        assertEquals(200, tick(checklist, PERSON, fromOrg(null, BETA)).statusCode());

        assertTicked(checklist);
        FakeSlackApi.Call update = kit.slack().await("chat.update", 1).get(0);
        assertEquals(kit.slack().oauth().tokenOf(ORG), update.token());
    }

    @Test
    void sharedChannel_thePartnersPerson_ticks_whetherOrNotTheAppIsInstalledInTheirWorkspace() throws Exception {
        Checklist checklist = checklistUnder(OURS.teamId(), "U0PARTNERPAT");

        assertEquals(200, tick(checklist, "U0PARTNERPAT", fromSharedChannel(OURS.teamId(), PARTNER.teamId()))
                .statusCode());
        assertTicked(checklist);
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(kit.slack().calls(c -> c.method().startsWith("chat.")).stream()
                .allMatch(c -> c.token().equals(kit.slack().oauth().tokenOf(OURS.teamId()))));

        Checklist another = checklistUnder(OURS.teamId(), "U0PARTNERLEE");
        tick(another, "U0PARTNERLEE", fromSharedChannel(OURS.teamId(), "T0NOTINSTALLED"));
        assertTicked(another);
    }

    @Test
    void sharedChannel_someoneElseOfThePartners_isRefused() throws Exception {
        Checklist checklist = checklistUnder(OURS.teamId(), "U0PARTNERPAT");

        tick(checklist, "U0PARTNERSAM", fromSharedChannel(OURS.teamId(), PARTNER.teamId()));

        FakeSlackApi.Call refusal = kit.slack().await("response_url", 1).get(0);
        assertEquals("Only <@U0PARTNERPAT> or <@" + MANAGER + "> can update this checklist.", refusal.param("text"));
        assertEquals(List.of(), kit.stores().checklists().find(checklist.id()).orElseThrow().items().stream()
                .filter(i -> i.done()).toList());
    }

    @Test
    void orgWideInstall_aShareFormSubmittedWithoutItsTeam_isKeptUnderTheOrg_andTickable() throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission");
        payload.putNull("team");
        payload.putObject("user").put("id", MANAGER).put("username", "manager").put("name", "manager")
                .put("team_id", ALPHA);
        payload.putObject("enterprise").put("id", ORG).put("name", "Org");
        payload.put("is_enterprise_install", true);
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-share-org");
        ObjectNode view = payload.putObject("view");
        view.put("id", "V0SHARE");
        view.put("type", "modal");
        view.put("callback_id", ChecklistIds.SHARE_VIEW);
        view.put("private_metadata", ShareForm.shareMetadata(kit, CHANNEL));
        view.putObject("state").set("values", ShareForm.shareState(PERSON, List.of(), "Lead the org-wide retro",
                null));

        HttpResponse<String> submitted = kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(
                payload), StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of());

        assertEquals(200, submitted.statusCode(), submitted.body());
        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(kit.slack().oauth().tokenOf(ORG), posted.token());
        Checklist stored = kit.stores().checklists().find(ShareForm.checklistId(posted.blocks())).orElseThrow();
        assertEquals(ORG, stored.teamId());
        Await.until("posted", () -> kit.stores().checklists().find(stored.id()).orElseThrow().messageTs()
                .isPresent());

        tick(kit.stores().checklists().find(stored.id()).orElseThrow(), PERSON, fromOrg(null, BETA));
        assertTicked(stored);
    }
}
