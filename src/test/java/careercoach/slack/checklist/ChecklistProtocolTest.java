package careercoach.slack.checklist;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ItemSource;
import careercoach.checklist.Places;
import careercoach.coach.Plan;
import careercoach.slack.coach.CoachRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static careercoach.testkit.ShareForm.checklistId;
import static careercoach.testkit.ShareForm.shareMetadata;
import static careercoach.testkit.ShareForm.shareState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checklists through signed Slack requests against the real server and a fake Slack Web API. */
class ChecklistProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "UMANAGER";
    private static final String PERSON = "UPERSON";
    private static final String ONLOOKER = "UONLOOKER";
    private static final String CHANNEL = "CTEAM";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    private static ChecklistRepository store() {
        return kit.stores().checklists();
    }

    /** Shares a checklist of two next steps and one custom item and returns the posted message call. */
    private FakeSlackApi.Call share() throws Exception {
        HttpResponse<String> submitted = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                CHANNEL),
                shareState(PERSON, List.of("next-steps/system-design-case-study", "next-steps/leadership-portfolio"),
                        "Shadow an on-call week", null));
        assertEquals(200, submitted.statusCode());
        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)), "the share's posting and App Homes finished");
        return posted;
    }

    /** Waits for an update of checklist {@code id}'s own message (no other) that shows {@code text}. */
    private static FakeSlackApi.Call awaitUpdateShowing(long id, String text) {
        String ts = store().find(id).orElseThrow().messageTs().orElseThrow();
        return kit.slack().await(c -> c.method().equals("chat.update") && ts.equals(c.param("ts"))
                && c.blocks().toString().contains(text), 1).get(0);
    }



    /** A click on the first group of checkboxes of a message, as Slack sends it: what is ticked after the click. */
    private HttpResponse<String> click(String userId, JsonNode messageBlocks, List<String> selected, String actionTs)
            throws Exception {
        return click(userId, messageBlocks, checklistId(messageBlocks), selected, actionTs, false);
    }

    private HttpResponse<String> click(String userId, JsonNode shownBlocks, long id, List<String> selected,
                                       String actionTs, boolean fromHome) throws Exception {
        return click(userId, shownBlocks, id, selected, actionTs, fromHome, ChecklistIds.itemsBlock(id, 0));
    }

    /** A click on the checkbox of the block {@code blockId}, as Slack sends it. */
    private HttpResponse<String> click(String userId, JsonNode shownBlocks, long id, List<String> selected,
                                       String actionTs, boolean fromHome, String blockId) throws Exception {
        ObjectNode payload = SlackTestKit.interactionFrom("block_actions", userId);
        payload.put("trigger_id", "trigger-" + actionTs);
        if (fromHome) {
            payload.putObject("container").put("type", "view").put("view_id", "VHOME");
            payload.putObject("view").put("id", "VHOME").put("type", "home").set("blocks", shownBlocks);
        } else {
            payload.putObject("channel").put("id", CHANNEL).put("name", "team");
            payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                    .put("channel_id", CHANNEL).put("is_ephemeral", false);
            payload.putObject("message").put("type", "message").put("ts", "1700000000.000100")
                    .set("blocks", shownBlocks);
            payload.put("response_url", kit.slack().responseUrl("click-" + actionTs));
        }
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", ChecklistIds.TICK);
        action.put("block_id", blockId);
        ArrayNode options = action.putArray("selected_options");
        selected.forEach(value -> options.addObject().put("value", value));
        action.put("action_ts", actionTs);
        return kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }

    @Test
    void command_withPersonOpensModalWithNextStepsFromGuide() throws Exception {
        HttpResponse<String> response = kit.command(MANAGER, CHANNEL, "checklist <@" + PERSON + "|pat>");

        assertEquals(200, response.statusCode());
        FakeSlackApi.Call open = kit.slack().await("views.open", 1).get(0);
        JsonNode view = JSON.readTree(open.param("view"));
        assertEquals(PERSON, view.findValue("initial_user").asText());
        assertTrue(open.param("view").contains("next-steps/system-design-case-study"));
        assertTrue(view.path("private_metadata").asText().contains(CHANNEL));
        assertTrue(open.param("trigger_id").startsWith("trigger-"));
    }

    @Test
    void viewSubmission_storesThenPostsCheckboxesWithProgress() throws Exception {
        FakeSlackApi.Call posted = share();

        assertEquals(CHANNEL, posted.param("channel"));
        String blocks = posted.blocks().toString();
        assertTrue(blocks.contains("\"type\":\"checkboxes\""), blocks);
        assertTrue(blocks.contains("for <@" + PERSON + ">"), blocks);
        assertTrue(blocks.contains("Shared by <@" + MANAGER + ">"), blocks);
        assertTrue(blocks.contains("0 of 3 done"), blocks);
        Checklist stored = store().find(checklistId(posted.blocks())).orElseThrow();
        assertEquals(List.of("next-steps/system-design-case-study", "next-steps/leadership-portfolio", ""),
                stored.items().stream().map(i -> i.ref()).toList());
        assertEquals("Shadow an on-call week", stored.items().get(2).text());
    }

    @Test
    void viewSubmission_messageHoldsEachChosenStepsWholeTextOnceAndTicksFromItsSection() throws Exception {
        FakeSlackApi.Call posted = share();
        Checklist stored = store().find(checklistId(posted.blocks())).orElseThrow();
        String blocks = posted.blocks().toString();

        for (var item : stored.items()) {
            String shown = item.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertEquals(1, blocks.split(Pattern.quote(shown), -1).length - 1,
                    "shown whole, once: " + item.text() + " in " + blocks);
        }
        assertTrue(stored.items().get(0).text().length() > 75, "a step longer than a checkbox option holds");
        JsonNode second = posted.blocks().get(2);
        assertEquals("checkboxes", second.path("accessory").path("type").asText());

        HttpResponse<String> click = click(PERSON, posted.blocks(), stored.id(), List.of("2"), "1700000011.000001",
                false, second.path("block_id").asText());

        assertEquals(200, click.statusCode());
        awaitUpdateShowing(stored.id(), "1 of 3 done");
        assertTrue(store().find(stored.id()).orElseThrow().item("2").orElseThrow().done());
    }

    @Test
    void tick_storesThenUpdatesMessageInPlaceNamingWhoTicked() throws Exception {
        JsonNode blocks = share().blocks();
        long id = checklistId(blocks);

        assertEquals(200, click(PERSON, blocks, List.of("1"), "1700000001.000001").statusCode());

        FakeSlackApi.Call update = awaitUpdateShowing(id, "1 of 3 done");
        assertEquals(CHANNEL, update.param("channel"));
        String shown = update.blocks().toString();
        assertTrue(shown.contains("1 of 3 done"), shown);
        assertTrue(shown.contains("· <@" + PERSON + ">"), shown);
        assertTrue(store().find(id).orElseThrow().item("1").orElseThrow().done());
    }

    @Test
    void tick_whileTheShareIsStillPosting_messageEndsShowingTheStoredProgress() throws Exception {
        CountDownLatch permalink = kit.slack().hold("chat.getPermalink");
        kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                shareState(PERSON, List.of("next-steps/system-design-case-study"), "Pair on an incident review", null));
        JsonNode blocks = kit.slack().await("chat.postMessage", 1).get(0).blocks();
        long id = checklistId(blocks);
        kit.slack().await("chat.getPermalink", 1);

        // Posted, but not yet remembered as the checklist's message: the tick has no message to update yet.
        assertEquals(200, click(PERSON, blocks, List.of("1"), "1700000001.000009").statusCode());
        assertEquals("1 of 2 done", store().find(id).orElseThrow().progress().text());
        kit.slack().await(c -> c.method().equals("views.publish") && c.param("view").contains("1 of 2 done"), 2);
        permalink.countDown();

        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        List<FakeSlackApi.Call> updates = kit.slack().calls("chat.update");
        assertFalse(updates.isEmpty(), "the message was brought up to date");
        String last = updates.get(updates.size() - 1).blocks().toString();
        assertTrue(last.contains("1 of 2 done"), last);
    }

    @Test
    void tick_byOnlookerRefusedEphemerallyAndNothingChanges() throws Exception {
        JsonNode blocks = share().blocks();
        long id = checklistId(blocks);

        click(ONLOOKER, blocks, List.of("2"), "1700000002.000001");

        FakeSlackApi.Call refusal = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", refusal.param("response_type"));
        assertEquals("Only <@" + PERSON + "> or <@" + MANAGER + "> can update this checklist.", refusal.param("text"));
        assertEquals("0 of 3 done", store().find(id).orElseThrow().progress().text());
        assertTrue(kit.slack().calls("chat.update").isEmpty());
    }

    @Test
    void tick_deliveredTwiceCountsOnce() throws Exception {
        JsonNode blocks = share().blocks();
        long id = checklistId(blocks);

        click(MANAGER, blocks, List.of("3"), "1700000003.000001");
        click(MANAGER, blocks, List.of("3"), "1700000003.000001");

        awaitUpdateShowing(id, "1 of 3 done");
        assertEquals(1, store().history(id).stream().filter(e -> e.action() == AuditAction.TICK).count());
        assertEquals("1 of 3 done", store().find(id).orElseThrow().progress().text());
    }

    @Test
    void tick_twoUsersOnStaleMessagesBothKept() throws Exception {
        JsonNode blocks = share().blocks();
        long id = checklistId(blocks);

        click(PERSON, blocks, List.of("1"), "1700000004.000001");
        click(MANAGER, blocks, List.of("2"), "1700000004.000002");

        assertEquals("2 of 3 done", store().find(id).orElseThrow().progress().text());
        kit.slack().await(c -> c.method().equals("chat.update") && c.blocks().toString().contains("2 of 3 done"), 1);
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        List<FakeSlackApi.Call> updates = kit.slack().calls("chat.update");
        String last = updates.get(updates.size() - 1).blocks().toString();
        assertTrue(last.contains("2 of 3 done"), last);
        for (String user : List.of(PERSON, MANAGER)) {
            assertTrue(lastHome(user).contains("2 of 3 done"), lastHome(user));
        }
    }

    @Test
    void tick_manyInARowByBothEndInTheLatestStateEverywhere() throws Exception {
        JsonNode blocks = share().blocks();
        long id = checklistId(blocks);
        int homesBefore = kit.slack().calls("views.publish").size();

        // Ticked and unticked in quick turns by both people, as Slack sends clicks on the message they saw.
        click(PERSON, blocks, List.of("1"), "1700000010.000001");
        click(MANAGER, blocks, List.of("1", "2"), "1700000010.000002");
        click(PERSON, blocks, List.of("2"), "1700000010.000003");
        click(MANAGER, blocks, List.of("2", "3"), "1700000010.000004");
        click(PERSON, blocks, List.of("1", "2", "3"), "1700000010.000005");

        assertEquals("3 of 3 done", store().find(id).orElseThrow().progress().text());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        List<FakeSlackApi.Call> updates = kit.slack().calls(c -> c.method().equals("chat.update"));
        String lastMessage = updates.get(updates.size() - 1).blocks().toString();
        assertTrue(lastMessage.contains("3 of 3 done"), lastMessage);
        for (String user : List.of(PERSON, MANAGER)) {
            assertTrue(lastHome(user).contains("3 of 3 done"), lastHome(user));
        }
        // Never more than one publish per person per tick (close ticks share one).
        assertTrue(kit.slack().calls("views.publish").size() - homesBefore <= 10);
    }

    /** The view of the last App Home published for {@code user}. */
    private static String lastHome(String user) {
        List<FakeSlackApi.Call> published = kit.slack().calls(c -> c.method().equals("views.publish")
                && user.equals(c.param("user_id")));
        assertFalse(published.isEmpty(), "a Home was published for " + user);
        return published.get(published.size() - 1).param("view");
    }

    @Test
    void archive_refusedForPersonAndDoneByManager() throws Exception {
        long id = checklistId(share().blocks());

        kit.blockAction(PERSON, CHANNEL, ChecklistIds.ARCHIVE, String.valueOf(id));
        FakeSlackApi.Call refusal = kit.slack().await("response_url", 1).get(0);
        assertEquals("Only <@" + MANAGER + "> can archive this checklist.", refusal.param("text"));
        assertFalse(store().find(id).orElseThrow().archived());

        kit.blockAction(MANAGER, CHANNEL, ChecklistIds.ARCHIVE, String.valueOf(id));
        FakeSlackApi.Call update = awaitUpdateShowing(id, "archived");
        assertTrue(update.blocks().toString().contains("archived"), update.blocks().toString());
        assertFalse(update.blocks().toString().contains("checkboxes"));
        assertTrue(store().find(id).orElseThrow().archived());
    }

    @Test
    void viewSubmission_botNotInChannelSaysHowToFixAndKeepsChecklist() throws Exception {
        kit.slack().errorNext("chat.postMessage", "not_in_channel");

        kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                shareState(PERSON, List.of("next-steps/resume-outcomes"), "", null));

        FakeSlackApi.Call answer = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", answer.param("response_type"));
        assertTrue(answer.blocks().toString().contains("/invite"), answer.blocks().toString());
        assertTrue(answer.blocks().toString().contains(ChecklistIds.REPOST));
        assertTrue(store().involving(FakeSlackApi.TEAM_ID, MANAGER).stream()
                .anyMatch(c -> c.messageTs().isEmpty() && c.items().get(0).ref().equals("next-steps/resume-outcomes")));
    }

    @Test
    void viewSubmission_forSomeoneNotInTheChannel_sharesNothingAndSaysWhyInTheForm() throws Exception {
        String outsider = "UOUTSIDER";
        kit.slack().members(CHANNEL, MANAGER, PERSON);

        HttpResponse<String> response = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                CHANNEL), shareState(outsider, List.of("next-steps/resume-outcomes"), "Where they cannot see it", null));

        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText(), body.toString());
        assertEquals("The person you picked is not in this channel, so they could not see their checklist: add them"
                + " to the channel, or pick a channel they are in.",
                body.path("errors").path(ChecklistIds.PERSON_BLOCK).asText(), body.toString());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(store().naming(FakeSlackApi.TEAM_ID, outsider).isEmpty(), "nothing stored for them");
        assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && c.allText().contains("Where they cannot see it")).isEmpty(), "nothing posted");
    }

    @Test
    void postAgain_pressedTwice_postsTheChecklistOnce() throws Exception {
        kit.slack().errorNext("chat.postMessage", "not_in_channel");
        kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                shareState(PERSON, List.of("next-steps/resume-outcomes"), "Posted again once", null));
        kit.slack().await("response_url", 1);
        long id = store().involving(FakeSlackApi.TEAM_ID, MANAGER).stream()
                .filter(c -> c.messageTs().isEmpty() && c.items().stream().anyMatch(i -> i.text().equals(
                        "Posted again once"))).findFirst().orElseThrow().id();
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));

        kit.pressTwice(MANAGER, CHANNEL, ChecklistIds.REPOST, String.valueOf(id));

        kit.slack().await(c -> c.method().equals("chat.postMessage") && c.allText().contains("Posted again once"), 2);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));
        assertEquals(2, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && c.allText().contains("Posted again once")).size(), "the refused post and one more");
    }

    @Test
    void viewSubmission_withoutItemsAnswersWithFieldError() throws Exception {
        HttpResponse<String> response = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                CHANNEL),
                shareState(PERSON, List.of(), " ", null));

        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText());
        assertTrue(body.path("errors").has(ChecklistIds.CUSTOM_BLOCK));
    }

    @Test
    void viewSubmission_forTheBotItself_isRefusedAndNothingIsStored() throws Exception {
        String bot = FakeSlackApi.BOT_USER_ID;

        HttpResponse<String> response = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                shareState(bot, List.of("next-steps/interview-preparation"), "", null));

        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText(), body.toString());
        assertTrue(body.path("errors").path(ChecklistIds.PERSON_BLOCK).asText().contains("Pick a person"),
                body.toString());
        assertTrue(store().involving(FakeSlackApi.TEAM_ID, bot).isEmpty());
    }

    @Test
    void viewSubmission_itemOfOnlyInvisibleCharacters_isRefusedAndNothingIsStored() throws Exception {
        int before = store().involving(FakeSlackApi.TEAM_ID, PERSON).size();

        HttpResponse<String> response = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                CHANNEL),
                shareState(PERSON, List.of(), "Shadow an on-call week\n\u202E\u200B\u0000\uFEFF", null));

        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText());
        assertTrue(body.path("errors").path(ChecklistIds.CUSTOM_BLOCK).asText().contains("no visible text"),
                body.toString());
        assertEquals(before, store().involving(FakeSlackApi.TEAM_ID, PERSON).size());
    }

    @Test
    void viewSubmission_itemWithControlAndBidiCharacters_isStoredAndShownWithoutThem() throws Exception {
        HttpResponse<String> submitted = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                CHANNEL),
                shareState(PERSON, List.of(), "Pair\u0000 on\u202E a\u200B design & <review>", null));
        assertEquals(200, submitted.statusCode());

        FakeSlackApi.Call posted = kit.slack().await("chat.postMessage", 1).get(0);
        long id = checklistId(posted.blocks());
        assertEquals("Pair on a design & <review>", store().find(id).orElseThrow().items().get(0).text());
        String shown = posted.blocks().toString();
        assertTrue(shown.contains("Pair on a design &amp; &lt;review&gt;"), shown);
        assertFalse(shown.contains("\u202E") || shown.contains("\u200B"), shown);
    }

    @Test
    void command_withoutPersonListsMineAndSharedWithProgress() throws Exception {
        share();

        JsonNode person = JSON.readTree(kit.command(PERSON, CHANNEL, "checklist").body());
        JsonNode manager = JSON.readTree(kit.command(MANAGER, CHANNEL, "checklist").body());

        assertEquals("ephemeral", person.path("response_type").asText());
        assertTrue(person.path("blocks").toString().contains("Checklists for you"));
        assertTrue(manager.path("blocks").toString().contains("Checklists you shared"));
        assertTrue(manager.path("blocks").toString().contains("of 3 done"));
    }

    @Test
    void history_showsWhoDidWhatToManagerAndPersonOnly() throws Exception {
        JsonNode blocks = share().blocks();
        click(PERSON, blocks, List.of("1"), "1700000005.000001");

        String managerView = JSON.readTree(kit.command(MANAGER, CHANNEL, "checklist history").body()).toString();
        String onlookerView = JSON.readTree(kit.command(ONLOOKER, CHANNEL, "checklist history").body()).toString();

        assertTrue(managerView.contains("<@" + PERSON + "> ticked"), managerView);
        // Each line names the checklist by whom it is for, not by a number nobody is shown anywhere else.
        assertTrue(managerView.contains("<@" + MANAGER + "> shared the checklist for <@" + PERSON + ">"),
                managerView);
        assertTrue(managerView.contains("on the checklist for <@" + PERSON + ">"), managerView);
        assertFalse(Pattern.compile("#\\d").matcher(managerView).find(), managerView);
        assertFalse(onlookerView.contains("ticked"));
    }

    @Test
    void appHomeOpened_publishesChecklistsWithinBlockLimit() throws Exception {
        share();
        kit.event(kit.newEventId(), kit.homeOpened(PERSON), 0);

        // Sharing published the Homes too; this is the one the event asked for (the latest for the person).
        List<FakeSlackApi.Call> published = kit.slack().await(c -> c.method().equals("views.publish")
                && PERSON.equals(c.param("user_id")), 2);
        FakeSlackApi.Call publish = published.get(published.size() - 1);
        JsonNode view = JSON.readTree(publish.param("view"));
        assertEquals("home", view.path("type").asText());
        assertTrue(view.toString().contains("Checklists for you"), view.toString());
        assertTrue(view.toString().contains("\"checkboxes\""));
        assertTrue(view.path("blocks").size() <= 100);
    }

    @Test
    void tick_updatesChannelMessageAndBothHomes() throws Exception {
        JsonNode blocks = share().blocks();
        String block = "\"" + ChecklistIds.itemsBlock(checklistId(blocks), 0) + "\"";

        click(PERSON, blocks, List.of("2"), "1700000006.000001");

        awaitUpdateShowing(checklistId(blocks), "1 of 3 done");
        for (String user : List.of(PERSON, MANAGER)) {
            kit.slack().await(c -> c.method().equals("views.publish") && user.equals(c.param("user_id"))
                    && c.param("view").contains(block) && c.param("view").contains("1 of 3 done"), 1);
        }
    }

    @Test
    void tickInHome_updatesChannelMessageAndHome() throws Exception {
        long id = checklistId(share().blocks());
        String block = "\"" + ChecklistIds.itemsBlock(id, 0) + "\"";
        JsonNode home = JSON.readTree(kit.slack().await(c -> c.method().equals("views.publish")
                && PERSON.equals(c.param("user_id")) && c.param("view").contains(block), 1).get(0).param("view"))
                .path("blocks");

        click(PERSON, home, id, List.of("3"), "1700000007.000001", true);

        assertTrue(kit.slack().await(c -> c.method().equals("chat.update") && c.blocks().toString().contains(block),
                1).get(0).blocks().toString().contains("1 of 3 done"));
        JsonNode republished = JSON.readTree(kit.slack().await(c -> c.method().equals("views.publish")
                && PERSON.equals(c.param("user_id")) && c.param("view").contains("1 of 3 done"), 1).get(0)
                .param("view"));
        assertTrue(republished.toString().contains(block));
        assertEquals(Places.APP_HOME, store().history(id).get(1).place());
    }

    @Test
    void forgetMe_removesPersonFromSharedChecklistAndLogsIt() throws Exception {
        String leaver = "ULEAVER";
        kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                shareState(leaver, List.of("next-steps/interview-preparation"), "", null));
        long id = checklistId(kit.slack().await("chat.postMessage", 1).get(0).blocks());

        kit.blockAction(leaver, CHANNEL, CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");

        String reply = kit.slack().await("response_url", 1).get(0).param("text");
        assertTrue(reply.contains("removed you from 1 shared checklist"), reply);
        assertFalse(reply.contains("deleted 1 shared checklist"), "the checklist is kept for the manager: " + reply);
        Checklist after = store().find(id).orElseThrow();
        assertEquals(ChecklistPolicy.FORGOTTEN_USER, after.personId());
        List<AuditEntry> log = store().history(id);
        assertEquals(AuditAction.FORGET, log.get(log.size() - 1).action());
        assertTrue(log.stream().noneMatch(e -> e.actorId().equals(leaver)));
    }

    @Test
    void save_postsPrivateChecklistInDmTickableOnlyByOwner() throws Exception {
        String owner = "UOWNER";
        kit.stores().savedPlans().save(new Plan(FakeSlackApi.TEAM_ID, owner, "backend-engineering-lead-microservices",
                Plan.Source.SKILL_CHECK, Instant.now(), List.of(
                new Plan.Entry("next-steps/architecture-health-check", "Run an architecture health check"),
                new Plan.Entry("development-suggestions/design-docs-and-reviews", "Write design docs"))));

        JsonNode ack = JSON.readTree(kit.command(owner, CHANNEL, "checklist save").body());

        assertEquals("ephemeral", ack.path("response_type").asText());
        FakeSlackApi.Call dm = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && owner.equals(c.param("channel")), 1).get(0);
        JsonNode blocks = dm.blocks();
        assertTrue(blocks.toString().contains("*My checklist*"), blocks.toString());
        long id = checklistId(blocks);
        assertTrue(store().find(id).orElseThrow().isPrivate());

        click(MANAGER, blocks, List.of("1"), "1700000008.000001");
        kit.slack().await("response_url", 1);
        assertEquals("0 of 2 done", store().find(id).orElseThrow().progress().text());
        click(owner, blocks, List.of("1"), "1700000008.000002");
        assertEquals("1 of 2 done", store().find(id).orElseThrow().progress().text());
    }

    @Test
    void save_withoutASavedPlan_namesTheButtonThatSavesOne() throws Exception {
        JsonNode ack = JSON.readTree(kit.command("UNOPLAN", CHANNEL, "checklist save").body());

        String text = ack.path("text").asText();
        assertTrue(text.contains("*Save as my checklist*"), text);
    }

    @Test
    void share_offersThePlanOnlyWhenThePersonSharedItWithTheManager() throws Exception {
        String planner = "UPLANNER";
        Plan plan = new Plan(FakeSlackApi.TEAM_ID, planner, "backend-engineering-lead-microservices",
                Plan.Source.SKILL_CHECK, Instant.now(), List.of(
                new Plan.Entry("development-suggestions/design-docs-and-reviews", "Write design docs")));
        kit.stores().savedPlans().save(plan);
        kit.command(ONLOOKER, CHANNEL, "checklist <@" + planner + ">");
        assertFalse(kit.slack().await("views.open", 1).get(0).param("view").contains(ChecklistIds.PLAN_BLOCK + "_0"));

        kit.stores().savedPlans().share(plan, MANAGER, Instant.now());
        kit.command(MANAGER, CHANNEL, "checklist <@" + planner + ">");
        String view = kit.slack().await("views.open", 2).get(1).param("view");
        assertTrue(view.contains(ChecklistIds.PLAN_BLOCK + "_0") && view.contains("Write design docs"), view);

        ObjectNode state = shareState(planner, List.of(), "", null);
        state.putObject(ChecklistIds.PLAN_BLOCK + "_0").putObject(ChecklistIds.PICK_ACTION).put("type", "checkboxes")
                .putArray("selected_options").addObject().put("value",
                        "development-suggestions/design-docs-and-reviews");
        kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL), state);
        Checklist stored = store().find(checklistId(kit.slack().await("chat.postMessage", 1).get(0).blocks()))
                .orElseThrow();
        assertEquals(List.of(ItemSource.PLAN), stored.items().stream().map(i -> i.source()).toList());
    }
}
