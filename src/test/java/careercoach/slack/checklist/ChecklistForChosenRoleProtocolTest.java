package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.slack.workflow.WorkflowFeature;
import careercoach.testkit.ShareForm;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager whose reports head for different roles: a checklist for someone is made of the role they are heading for
 * as far as what they shared with the manager says, from {@code /career checklist @person} and from the Workflow
 * Builder step alike; the role someone chose for themselves and shared nothing of is never shown to the manager (the
 * manager's own guide is offered instead).
 */
class ChecklistForChosenRoleProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = "UMANAGER";
    private static final String CHANNEL = "CTEAM";
    private static final String MANAGER_GUIDE_STEP = "Write a plan for your first 30, 60 and 90 days";
    private static final String BACKEND_GUIDE_STEP = "Pick a target domain";
    private static final String MANAGER_TITLE = "Engineering Manager (Platform Team)";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static JsonNode openedForm(String person) throws Exception {
        return openedForm(MANAGER, person);
    }

    private static JsonNode openedForm(String manager, String person) throws Exception {
        int before = kit.slack().calls("views.open").size();
        assertEquals(200, kit.command(manager, CHANNEL, "checklist <@" + person + "|someone>").statusCode());
        return JSON.readTree(kit.slack().await("views.open", before + 1).get(before).param("view"));
    }

    @Test
    void shareForm_forSomeoneWhoChoseARoleButSharedNothingOfIt_neverShowsItInTheFormChannelOrTeamView()
            throws Exception {
        String person = "UDATA";
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, person, TwoRoleIndexData.MANAGER);

        // A manager of their own: what others were shared in this class is not in their team view.
        String manager = "UMANAGERA";
        JsonNode view = openedForm(manager, person);

        String form = view.toString();
        assertTrue(form.contains("\"dispatch_action\":true"), "a person changed in the form updates it: " + form);
        assertTrue(form.contains("Recommended next steps (Backend Engineering Lead (Microservices))"),
                "the manager's own guide: " + form);
        assertFalse(form.contains(MANAGER_TITLE), form);
        assertFalse(form.contains(MANAGER_GUIDE_STEP), form);
        assertFalse(form.contains(TwoRoleIndexData.MANAGER), form);

        String step = view.findValues("value").stream().map(JsonNode::asText)
                .filter(v -> v.startsWith("next-steps/")).findFirst().orElseThrow();
        kit.slack().members(CHANNEL, person, manager);
        assertEquals(200, kit.viewSubmission(manager, ChecklistIds.SHARE_VIEW, view.path("private_metadata").asText(),
                ShareForm.shareState(person, List.of(step), "", null)).statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));

        List<Checklist> shared = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, person);
        assertEquals(1, shared.size());
        assertFalse(shared.get(0).items().toString().contains(MANAGER_GUIDE_STEP), shared.get(0).items().toString());
        String posted = kit.slack().calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.param("channel"))).toList().toString();
        assertFalse(posted.contains(MANAGER_TITLE), posted);
        assertFalse(posted.contains(MANAGER_GUIDE_STEP), posted);
        String home = kit.openHome(manager).toString();
        assertTrue(home.contains(person), "the team view lists them: " + home);
        assertFalse(home.contains("Heading for *" + MANAGER_TITLE), "not the role they chose alone: " + home);
        assertFalse(home.contains("Heading for"), "nor the manager's own role, which says nothing of theirs: " + home);
    }

    @Test
    void shareForm_forSomeoneWhoSharedAPlanOfTheRoleTheyChose_offersItToThatManagerOnly() throws Exception {
        String person = "USHARER";
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, person, TwoRoleIndexData.MANAGER);
        java.time.Instant now = java.time.Instant.now();
        kit.stores().savedPlans().share(new careercoach.coach.Plan(FakeSlackApi.TEAM_ID, person,
                TwoRoleIndexData.MANAGER, careercoach.coach.Plan.Source.SKILL_CHECK, now,
                List.of(new careercoach.coach.Plan.Entry("custom", "Shadow an on-call week")),
                TwoRoleIndexData.MANAGER), MANAGER, now);

        String form = openedForm(person).toString();
        assertTrue(form.contains("Recommended next steps (" + MANAGER_TITLE + ")"), form);
        assertTrue(form.contains(MANAGER_GUIDE_STEP), form);

        int before = kit.slack().calls("views.open").size();
        assertEquals(200, kit.command("UOTHERMANAGER", CHANNEL, "checklist <@" + person + "|someone>").statusCode());
        String others = kit.slack().await("views.open", before + 1).get(before).param("view");
        assertFalse(others.contains(MANAGER_TITLE), "shared with one manager, not with another: " + others);
        assertFalse(others.contains(MANAGER_GUIDE_STEP), others);
    }

    @Test
    void shareForm_personChangedInTheForm_updatesItInPlaceWithoutTheRoleTheyChoseAlone() throws Exception {
        String picked = "UPICKED";
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, picked, TwoRoleIndexData.MANAGER);
        JsonNode view = openedForm("UNOCHOICE2");
        assertTrue(view.toString().contains(BACKEND_GUIDE_STEP), view.toString());

        ObjectNode payload = SlackTestKit.interactionFrom("block_actions", MANAGER);
        payload.put("trigger_id", "trigger-person");
        payload.putObject("container").put("type", "view").put("view_id", "V1");
        ObjectNode shown = ((ObjectNode) view.deepCopy()).put("id", "V1").put("hash", "1700000000.abc");
        shown.putObject("state").putObject("values").putObject(ChecklistIds.PERSON_BLOCK)
                .putObject(ChecklistIds.PERSON_ACTION).put("type", "users_select")
                .put("selected_user", picked);
        payload.set("view", shown);
        payload.putArray("actions").addObject().put("type", "users_select")
                .put("action_id", ChecklistIds.PERSON_ACTION).put("block_id", ChecklistIds.PERSON_BLOCK)
                .put("selected_user", picked).put("action_ts", "1700000000.000300");
        assertEquals(200, kit.postInteraction(payload).statusCode());

        FakeSlackApi.Call update = kit.slack().await("views.update", 1).get(0);
        assertEquals("V1", update.param("view_id"));
        assertEquals("1700000000.abc", update.param("hash"));
        String updated = update.param("view");
        assertTrue(updated.contains("\"initial_user\":\"" + picked + "\""), updated);
        assertTrue(updated.contains(BACKEND_GUIDE_STEP), updated);
        assertFalse(updated.contains(MANAGER_TITLE), updated);
        assertFalse(updated.contains(MANAGER_GUIDE_STEP), updated);
        assertFalse(updated.contains(TwoRoleIndexData.MANAGER), "nor in what goes with the form: " + updated);
    }

    @Test
    void shareForm_forSomeoneWhoChoseNoRole_offersTheManagersGuide() throws Exception {
        String form = openedForm("UNOCHOICE").toString();

        assertTrue(form.contains("Recommended next steps (Backend Engineering Lead (Microservices))"), form);
        assertTrue(form.contains(BACKEND_GUIDE_STEP), form);
    }

    @Test
    void shareForm_forSomeoneWhoChoseNoRoleButSharedAPlanTowardAnother_offersThatRolesSteps() throws Exception {
        String person = "UPLANNER";
        java.time.Instant now = java.time.Instant.now();
        careercoach.coach.Plan toward = new careercoach.coach.Plan(FakeSlackApi.TEAM_ID, person,
                TwoRoleIndexData.MANAGER, careercoach.coach.Plan.Source.SKILL_CHECK, now,
                List.of(new careercoach.coach.Plan.Entry("next-steps/thirty-sixty-ninety", MANAGER_GUIDE_STEP)),
                TwoRoleIndexData.MANAGER);
        kit.stores().savedPlans().share(toward, MANAGER, now);
        kit.stores().savedPlans().share(toward.toward(TwoRoleIndexData.BACKEND), "UOTHERMANAGER", now);

        String form = openedForm(person).toString();

        assertTrue(form.contains("Recommended next steps (Engineering Manager (Platform Team))"),
                "the role their plan shared with this manager is toward: " + form);
        assertFalse(form.contains(BACKEND_GUIDE_STEP), form);
    }

    @Test
    void workflowStep_forSomeoneWhoChoseARoleButSharedNothingOfIt_sharesTheSharersGuideSteps() throws Exception {
        String person = "UWORKFLOW";
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, person, TwoRoleIndexData.MANAGER);
        kit.slack().members(CHANNEL, person, MANAGER);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "function_executed");
        ObjectNode function = event.putObject("function");
        function.put("id", "Fn0001");
        function.put("callback_id", WorkflowFeature.SHARE_CHECKLIST);
        function.put("title", "Share a next-step checklist");
        function.put("type", "app");
        function.put("app_id", "A0001");
        ObjectNode inputs = event.putObject("inputs");
        inputs.put("person", person);
        inputs.put("channel", CHANNEL);
        inputs.putObject("manager").put("id", MANAGER).put("secret", "c2VjcmV0");
        event.put("function_execution_id", "FxROLE1");
        event.put("workflow_execution_id", "WxROLE1");
        event.put("event_ts", "1700000000.000100");
        event.put("bot_access_token", "xwfp-execution-token");

        assertEquals(200, kit.event(kit.newEventId(), event, 0).statusCode());

        FakeSlackApi.Call completion = kit.slack().await(c -> c.method().startsWith("functions.complete")
                && "FxROLE1".equals(c.param("function_execution_id")), 1).get(0);
        assertEquals("functions.completeSuccess", completion.method(), String.valueOf(completion.param("error")));
        List<Checklist> shared = kit.stores().checklists().naming(FakeSlackApi.TEAM_ID, person);
        assertEquals(1, shared.size());
        String items = shared.get(0).items().toString();
        assertTrue(items.contains(BACKEND_GUIDE_STEP), items);
        assertFalse(items.contains(MANAGER_GUIDE_STEP), items);
        String posted = kit.slack().calls("chat.postMessage").toString();
        assertFalse(posted.contains(MANAGER_TITLE), posted);
    }
}
