package careercoach.slack.paths;

import careercoach.coach.Conversation;
import careercoach.coach.Plan;
import careercoach.slack.SharedActions;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /career check <role>}: the check runs over the target role's guide in the DM, ends in a plan that names the
 * role, is saved apart from the own-role plan, and {@code /career progress} shows it apart.
 */
class TargetCheckProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static JsonNode lastMessage(String dm, int expected) {
        return kit.lastMessageIn(dm, expected);
    }

    @Test
    void checkTowardARole_leftHalfDone_isUnderWayOnAppHome_andContinueOffersItBack() throws Exception {
        String user = "U7HOME";
        String dm = "D" + user;
        kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "PRACTISED");

        JsonNode home = kit.openHome(user);

        String text = home.toString();
        assertTrue(text.contains("Your skill check toward *Engineering Manager (Platform Team)* is under way, at"
                + " question 2 of 6"), text);
        assertFalse(text.contains("You haven't run a skill check yet"), text);
        JsonNode blocks = home.path("blocks");
        List<JsonNode> toward = Buttons.startingWith(blocks, SharedActions.CHECK_TOWARD);
        assertTrue(toward.stream().anyMatch(b -> b.path("text").path("text").asText().equals("Continue")
                && b.path("value").asText().equals(TwoRoleIndexData.MANAGER)), text);

        JsonNode continued = toward.stream().filter(b -> b.path("text").path("text").asText().equals("Continue"))
                .findFirst().orElseThrow();
        kit.blockAction(user, null, continued.path("action_id").asText(), TwoRoleIndexData.MANAGER);
        String offer = lastMessage(dm, 3).toString();
        assertTrue(offer.contains("Resume at question 2"), offer);
    }

    @Test
    void checkTowardARole_thenChoosingThatRole_continueOnAppHomeStillOffersThatCheckBack() throws Exception {
        String user = "U7CHOSE";
        String dm = "D" + user;
        kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "PRACTISED");
        kit.command(user, "C1", "role " + TwoRoleIndexData.MANAGER);

        JsonNode home = kit.openHome(user);
        assertTrue(home.toString().contains("Your skill check toward *Engineering Manager (Platform Team)* is under"
                + " way, at question 2 of 6"), home.toString());
        JsonNode continued = Buttons.startingWith(home.path("blocks"), SharedActions.CHECK_TOWARD).stream()
                .filter(b -> b.path("text").path("text").asText().equals("Continue")).findFirst().orElseThrow();
        kit.blockAction(user, null, continued.path("action_id").asText(), continued.path("value").asText());

        String offer = lastMessage(dm, 3).toString();
        assertTrue(offer.contains("Resume at question 2"), offer);
    }

    @Test
    void checkTowardARole_typedAgainWithinMoments_saysItAlreadyStarted() throws Exception {
        String user = "U7AGAIN";
        kit.startCheck(user, "check engineering manager");

        HttpResponse<String> again = kit.command(user, "C1", "check engineering manager");

        assertTrue(again.body().contains("Your skill check toward *Engineering Manager (Platform Team)* has already"
                + " started, in our direct messages"), again.body());
        assertFalse(again.body().contains("I've started"), again.body());
    }

    @Test
    void checkTowardARole_runsTheTargetGuidesCheckAndEndsInAPlanSavedApart() throws Exception {
        String user = "U1";
        String dm = "D" + user;
        HttpResponse<String> ack = kit.command(user, "C1", "check engineering manager");

        assertTrue(ack.body().contains("toward *Engineering Manager (Platform Team)*"), ack.body());
        // No check of the own role was ever finished, so nothing can be pre-marked from one.
        assertFalse(ack.body().contains("pre-marked with what you rated"), ack.body());
        JsonNode message = lastMessage(dm, 1);
        assertTrue(message.toString().contains("toward *Engineering Manager (Platform Team)* · 1 of 6"),
                message.toString());
        assertTrue(message.toString().contains("Letting go of writing code"), message.toString());
        String conversationId = Buttons.value(message, "coach_answer_NEW_TO_IT").split("\\|")[0];
        Conversation stored = kit.stores().conversations().find(conversationId).orElseThrow();
        assertEquals(TwoRoleIndexData.MANAGER, stored.targetGuideId());
        message = kit.answerInTurn(user, message, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT",
                "PRACTISED");

        String result = message.toString();
        assertTrue(result.contains("Your check toward Engineering Manager (Platform Team)"), result);
        kit.press(user, dm, message, "coach_save_plan");
        String confirmation = kit.slack().await("chat.postEphemeral", 1).get(0).param("text");
        assertTrue(confirmation.contains("Saved your plan"), confirmation);
        Plan saved = kit.stores().savedPlans().latestToward(TEAM, user, TwoRoleIndexData.MANAGER).orElseThrow();
        assertEquals(TwoRoleIndexData.MANAGER, saved.targetGuideId());
        assertTrue(saved.entries().stream().anyMatch(e -> e.ref().startsWith("development-suggestions/")
                || e.ref().startsWith("next-steps/")), saved.toString());
        assertTrue(kit.stores().savedPlans().latest(TEAM, user).isEmpty(), "the own-role plan is kept apart");

        String progress = kit.command(user, "C1", "progress").body();
        assertTrue(progress.contains("You have not finished a skill check yet"), progress);
        assertTrue(progress.contains("Toward other roles"), progress);
        assertTrue(progress.contains("Engineering Manager (Platform Team)"), progress);
        assertTrue(progress.contains("Plan saved toward it"), progress);
    }

    @Test
    void backInACheckTowardARole_showsTheAnswerGivenThereNotAPreMarkFromTheOwnCheck() throws Exception {
        String user = "U3";
        String dm = "D" + user;
        JsonNode message = kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "PRACTISED");

        kit.press(user, dm, message, "coach_back");

        String back = lastMessage(dm, 3).toString();
        assertTrue(back.contains("1 of 6"), back);
        assertFalse(back.contains("own role's check"), "no check of the own role was ever run: " + back);
        assertTrue(back.contains("Your answer: *practised it*"), back);
    }

    @Test
    void progressTowardARole_countsOneStrengthInTheSingular() throws Exception {
        String user = "U4";
        kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "COULD_TEACH", "NEW_TO_IT",
                "NEW_TO_IT", "NEW_TO_IT", "NEW_TO_IT", "NEW_TO_IT");

        String progress = kit.command(user, "C1", "progress").body();

        assertTrue(progress.contains("1 strength, 5 gaps"), progress);
    }

    @Test
    void runTheCheckAgain_atTheEndOfACheckTowardARole_runsTheCheckTowardThatRoleAgain() throws Exception {
        String user = "U5";
        String dm = "D" + user;
        JsonNode message = kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "PRACTISED",
                "PRACTISED", "PRACTISED", "PRACTISED", "PRACTISED", "PRACTISED");
        assertTrue(message.toString().contains("Your check toward Engineering Manager (Platform Team)"),
                message.toString());

        kit.press(user, dm, message, "coach_start");

        String again = lastMessage(dm, 8).toString();
        assertTrue(again.contains("toward *Engineering Manager (Platform Team)* · 1 of 6"), again);
    }

    @Test
    void checkMySkillsTowardARole_inTheDm_runsTheCheckTowardThatRole() throws Exception {
        String user = "U6";
        kit.event(kit.newEventId(), kit.directMessage(user, "Check my skills toward an engineering manager"), 0);

        String first = lastMessage("D" + user, 1).toString();
        assertTrue(first.contains("toward *Engineering Manager (Platform Team)* · 1 of 6"), first);
        Conversation stored = kit.stores().conversations().find(Buttons.value(lastMessage("D" + user, 1),
                "coach_answer_NEW_TO_IT").split("\\|")[0]).orElseThrow();
        assertEquals(TwoRoleIndexData.MANAGER, stored.targetGuideId());
    }

    @Test
    void checkMySkillsTowardARoleNoGuideHas_inTheDm_offersTheClosestRolesToCheckToward() throws Exception {
        String user = "U8";
        kit.event(kit.newEventId(), kit.directMessage(user, "check my skills for frontend manager"), 0);

        JsonNode offer = lastMessage("D" + user, 1);
        assertTrue(offer.toString().contains("There is no guide for *frontend manager* yet"), offer.toString());
        List<JsonNode> choices = Buttons.startingWith(offer, SharedActions.CHECK_TOWARD);
        assertEquals(TwoRoleIndexData.MANAGER, choices.get(0).path("value").asText(), offer.toString());
    }

    @Test
    void checkMySkillsForSomethingThatIsNoRole_inTheDm_isAnsweredAsAQuestion() throws Exception {
        String user = "U7";
        kit.event(kit.newEventId(), kit.directMessage(user, "check my skills for system design"), 0);

        List<FakeSlackApi.Call> posted = kit.slack().await("chat.postMessage", 1);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));
        String all = kit.slack().calls("chat.postMessage").toString();
        assertFalse(all.contains("Skill check"), all);
        assertTrue(posted.get(0).allText().contains("You asked"), posted.get(0).allText());
    }

    @Test
    void finishedCheckTowardARole_sendsTheChartOfThatCheck_namingTheRole() throws Exception {
        String user = "U9";
        kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "COULD_TEACH", "COULD_TEACH",
                "COULD_TEACH", "COULD_TEACH", "COULD_TEACH", "COULD_TEACH");

        FakeSlackApi.Call getUrl = kit.slack().await("files.getUploadURLExternal", 1).get(0);
        FakeSlackApi.Call complete = kit.slack().await("files.completeUploadExternal", 1).get(0);
        String alt = getUrl.param("alt_txt");
        assertTrue(alt.contains("Letting go of writing code"), "the skills of the role checked toward: " + alt);
        assertTrue(complete.param("initial_comment").contains("Engineering Manager (Platform Team)"),
                complete.param("initial_comment"));
    }

    @Test
    void checkTowardAnUnknownRole_answersWithTheClosestRolesAndTheirButtonStartsIt() throws Exception {
        String user = "U2";
        HttpResponse<String> ack = kit.command(user, "C1", "check enginering managr for robots");

        JsonNode blocks = JSON.readTree(ack.body()).path("blocks");
        assertTrue(blocks.toString().contains("No single guide matches _enginering managr for robots_. The closest roles:"),
                blocks.toString());
        List<JsonNode> choices = Buttons.startingWith(blocks, SharedActions.CHECK_TOWARD);
        assertEquals(TwoRoleIndexData.MANAGER, choices.get(0).path("value").asText(), blocks.toString());

        kit.blockAction(user, "C1", choices.get(0).path("action_id").asText(), choices.get(0).path("value").asText());

        JsonNode message = lastMessage("D" + user, 1);
        assertTrue(message.toString().contains("toward *Engineering Manager (Platform Team)*"), message.toString());
    }

    @Test
    void checkWithAPerson_saysItIsForRoles_andPointsToTheChecklist() throws Exception {
        HttpResponse<String> ack = kit.command("U8", "C1", "check <@U0999|alice>");

        assertEquals(200, ack.statusCode());
        String body = ack.body();
        assertTrue(body.contains("roles, not people"), body);
        assertTrue(body.contains("/career checklist @person"), body);
        assertFalse(body.contains("U0999"), body);
    }
}
