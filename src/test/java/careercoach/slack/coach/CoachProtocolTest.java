package careercoach.slack.coach;

import careercoach.Stores;
import careercoach.coach.Conversation;
import careercoach.coach.Plan;
import careercoach.store.Database;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guided conversations through signed Slack requests, on an H2 file database as in production. */
class CoachProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "U1";
    private static final String DM = "D" + USER;
    private static final String TEAM = FakeSlackApi.TEAM_ID;

    @TempDir
    Path dataDir;
    private String url;
    private Database database;
    private SlackTestKit kit;

    @BeforeEach
    void start() throws Exception {
        url = "jdbc:h2:file:" + dataDir.resolve("career-coach").toAbsolutePath() + Database.H2_SETTINGS;
        database = Database.open(url);
        kit = SlackTestKit.start(Stores.database(database, Clock.systemUTC()), Map.of());
    }

    @AfterEach
    void stop() {
        kit.close();
        database.close();
    }

    /** The app is killed and started again on the same database. */
    private void restart() throws Exception {
        kit.close();
        database.close();
        database = Database.open(url);
        kit = SlackTestKit.start(Stores.database(database, Clock.systemUTC()), Map.of());
    }

    /**
     * The conversation's latest message as the user sees it: the last post or update in their DM (other than the
     * progress chart, which follows a finished check in a message of its own).
     */
    private JsonNode lastMessage(int expectedMessages) {
        List<FakeSlackApi.Call> calls = kit.slack().await(c -> (c.method().equals("chat.postMessage")
                || c.method().equals("chat.update")) && DM.equals(c.param("channel"))
                && !c.blocks().toString().contains("\"type\":\"image\""), expectedMessages);
        return calls.get(calls.size() - 1).blocks();
    }

    private void click(String actionId, JsonNode message) throws Exception {
        assertEquals(200, kit.blockAction(USER, DM, actionId, Buttons.value(message, actionId)).statusCode());
    }

    /** Answers the first question of the conversation just started with {@code rating}, and waits for the next. */
    private void answerTheFirst(String rating) throws Exception {
        click("coach_answer_" + rating, lastMessage(1));
        lastMessage(2);
    }

    /** Presses the button (App Home, help) that starts a skill check. */
    private void pressStartCheck() throws Exception {
        kit.blockAction(USER, null, CoachRenderer.START_ACTION, "SKILL_CHECK");
    }

    private Conversation stored(JsonNode message, String actionId) {
        String id = Buttons.value(message, actionId).split("\\|")[0];
        return kit.stores().conversations().find(id).orElseThrow();
    }

    @Test
    void check_wholeCheckThroughButtons_endsWithAPlanFromTheGuide() throws Exception {
        HttpResponse<String> ack = kit.command(USER, "C1", "check");

        assertTrue(ack.body().contains("direct messages"), ack.body());
        assertTrue(ack.body().contains("ephemeral"), ack.body());
        assertEquals(USER, kit.slack().await("conversations.open", 1).get(0).param("users"));
        JsonNode message = lastMessage(1);
        assertTrue(message.toString().contains("1 of 6"), message.toString());
        String[] ratings = {"NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT", "PRACTISED"};
        for (int i = 0; i < ratings.length; i++) {
            click("coach_answer_" + ratings[i], message);
            message = lastMessage(i + 2);
            if (i + 1 < ratings.length) {
                assertTrue(message.toString().contains((i + 2) + " of 6"), message.toString());
            }
        }

        String result = message.toString();
        assertEquals(6, kit.slack().calls("chat.update").size());
        assertTrue(result.contains("Strengths"), result);
        assertTrue(result.contains("Breaking a monolith into microservices safely"), result);
        assertTrue(result.contains("Run an architecture “health check”"), result);
        click("coach_save_plan", message);
        String confirmation = kit.slack().await("chat.postEphemeral", 1).get(0).param("text");
        assertTrue(confirmation.contains("Saved your plan as a checklist"), confirmation);
        Plan saved = kit.stores().savedPlans().latest(TEAM, USER).orElseThrow();
        assertTrue(saved.entries().stream().anyMatch(e -> e.ref().startsWith("next-steps/")), saved.toString());
        var checklists = kit.stores().checklists().involving(TEAM, USER);
        assertEquals(1, checklists.size());
        assertTrue(checklists.get(0).isPrivate());
        assertEquals(saved.entries().size(), checklists.get(0).items().size());

        click("coach_save_plan", message);
        String again = kit.slack().await("chat.postEphemeral", 2).get(1).param("text");
        assertTrue(again.contains("already your checklist"), again);
        assertEquals(1, kit.stores().checklists().involving(TEAM, USER).size());
    }

    @Test
    void appHome_whileACheckIsUnderWay_saysSoAndHowToGoOn() throws Exception {
        kit.command(USER, "C1", "check");
        answerTheFirst("PRACTISED");

        kit.event(kit.newEventId(), kit.homeOpened(USER), 0);

        List<FakeSlackApi.Call> published = kit.slack().await(c -> c.method().equals("views.publish")
                && USER.equals(c.param("user_id")), 1);
        String home = published.get(published.size() - 1).param("view");
        assertFalse(home.contains("You haven't run a skill check yet"), home);
        assertTrue(home.contains("Your skill check is under way, at question 2 of 6"), home);
        assertTrue(home.contains("Continue"), home);
    }

    @Test
    void click_doubleClickOrRedelivery_countsOnceAndTheSecondGetsAGentleNote() throws Exception {
        kit.command(USER, "C1", "check");
        JsonNode first = lastMessage(1);

        click("coach_answer_PRACTISED", first);
        click("coach_answer_PRACTISED", first);

        JsonNode note = kit.slack().await("chat.postEphemeral", 1).get(0).blocks();
        String noteText = kit.slack().calls("chat.postEphemeral").get(0).param("text");
        assertTrue(noteText.contains("earlier question"), noteText + note);
        Conversation c = stored(first, "coach_skip");
        assertEquals(1, c.version());
        assertEquals(1, c.step());
        assertEquals(1, kit.slack().calls("chat.update").size());
    }

    @Test
    void click_byAnotherUserWithTheOwnersButtonValue_changesNothingAndShowsNothing() throws Exception {
        kit.command(USER, "C1", "check");
        JsonNode first = lastMessage(1);
        for (int i = 0; i < 5; i++) {
            click("coach_answer_PRACTISED", lastMessage(i + 1));
        }
        JsonNode last = lastMessage(6);
        Conversation before = stored(last, "coach_skip");
        kit.resetSlack();

        String stranger = "UX";
        for (String action : List.of("coach_answer_COULD_TEACH", "coach_stop", "coach_skip", "coach_back")) {
            assertEquals(200, kit.blockAction(stranger, "D" + stranger, action, Buttons.value(last, action))
                    .statusCode());
        }
        assertEquals(200, kit.blockAction(stranger, null, "coach_answer_NEW_TO_IT",
                Buttons.value(first, "coach_answer_NEW_TO_IT")).statusCode());

        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertEquals(List.of(), kit.slack().botCalls());
        Conversation after = stored(last, "coach_skip");
        assertEquals(before, after);
        click("coach_answer_COULD_TEACH", last);
        assertTrue(lastMessage(1).toString().contains("Strengths"));
    }

    @Test
    void click_onAnOldQuestionAfterGoingBack_isStale() throws Exception {
        kit.command(USER, "C1", "check");
        JsonNode q1 = lastMessage(1);
        click("coach_answer_NEW_TO_IT", q1);
        JsonNode q2 = lastMessage(2);
        click("coach_back", q2);
        lastMessage(3);

        click("coach_answer_COULD_TEACH", q1);

        kit.slack().await("chat.postEphemeral", 1);
        Conversation c = stored(q1, "coach_skip");
        assertEquals(0, c.step());
        assertEquals("NEW_TO_IT", c.answer(c.questions().get(0)).orElseThrow());
    }

    @Test
    void click_afterARestartOfTheApp_continuesWhereTheUserWas() throws Exception {
        kit.command(USER, "C1", "check");
        click("coach_answer_NEW_TO_IT", lastMessage(1));
        click("coach_answer_PRACTISED", lastMessage(2));
        JsonNode q3 = lastMessage(3);

        restart();
        click("coach_answer_SOME_EXPOSURE", q3);

        JsonNode q4 = lastMessage(1);
        assertTrue(q4.toString().contains("4 of 6"), q4.toString());
        assertEquals(3, stored(q4, "coach_skip").ratings().size());
    }

    @Test
    void check_again_afterStop_offersToResume() throws Exception {
        kit.command(USER, "C1", "check");
        click("coach_answer_NEW_TO_IT", lastMessage(1));
        click("coach_stop", lastMessage(2));
        assertTrue(lastMessage(3).toString().contains("paused at question 2 of 6"));

        kit.command(USER, "C1", "check");
        JsonNode offer = lastMessage(4);

        assertTrue(offer.toString().contains("Resume at question 2 of 6, or start again?"), offer.toString());
        click("coach_resume", offer);
        assertTrue(lastMessage(5).toString().contains("2 of 6"));
    }

    @Test
    void directMessage_checkMySkills_startsTheCheckInsteadOfAnsweringAQuestion() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage(USER, "Check my skills"), 0);

        JsonNode message = lastMessage(1);

        assertTrue(message.toString().contains("1 of 6"), message.toString());
        assertEquals(1, kit.slack().calls("chat.postMessage").size());
    }

    private String shareBlock(JsonNode result) {
        return result.findParents("block_id").stream().map(b -> b.path("block_id").asText())
                .filter(b -> b.startsWith(CoachRenderer.SHARE_BLOCK)).findFirst().orElseThrow();
    }

    /** Picks the manager under a result, confirms, and returns the DM the manager got. */
    private FakeSlackApi.Call shareWith(JsonNode result, String manager, int sharesBefore) throws Exception {
        selectUser(shareBlock(result), manager);
        FakeSlackApi.Call question = kit.slack().await(c -> c.method().equals("chat.postEphemeral")
                && c.blocks().toString().contains(CoachRenderer.SHARE_SEND_ACTION), sharesBefore + 1).get(sharesBefore);
        assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && ("D" + manager).equals(c.param("channel"))).size() == sharesBefore, "nothing sent before confirming");
        click(CoachRenderer.SHARE_SEND_ACTION, question.blocks());
        return kit.slack().await(c -> c.method().equals("chat.postMessage")
                && ("D" + manager).equals(c.param("channel")), sharesBefore + 1).get(sharesBefore);
    }

    @Test
    void share_withAManager_asksFirstThenSendsThePlanSayingWhoSharedIt() throws Exception {
        kit.command(USER, "C1", "check");
        for (int i = 0; i < 6; i++) {
            click("coach_answer_SOME_EXPOSURE", lastMessage(i + 1));
        }

        FakeSlackApi.Call toManager = shareWith(lastMessage(7), "UMANAGER", 0);

        assertTrue(toManager.allText().contains("<@" + USER + "> shared their plan"), toManager.allText());
        assertTrue(toManager.allText().contains("Run an architecture “health check”"), toManager.allText());
        assertTrue(kit.slack().await("response_url", 1).get(0).param("text").contains("I sent your plan"));
        assertTrue(kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UMANAGER").isPresent());
        assertTrue(kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "USOMEONE").isEmpty());
    }

    @Test
    void share_withTheBotItself_isRefusedBeforeAsking() throws Exception {
        runCheck(1, "SOME_EXPOSURE");

        selectUser(shareBlock(lastMessage(7)), FakeSlackApi.BOT_USER_ID);

        FakeSlackApi.Call note = kit.slack().await("chat.postEphemeral", 1).get(0);
        assertFalse(note.allText().contains(CoachRenderer.SHARE_SEND_ACTION), note.allText());
        assertTrue(note.param("text").contains("Pick a person"), note.param("text"));
    }

    @Test
    void share_withSomeoneSlackCannotDm_isNotRecordedAsSharedAndSaysSo() throws Exception {
        runCheck(1, "SOME_EXPOSURE");
        selectUser(shareBlock(lastMessage(7)), "UGONE");
        FakeSlackApi.Call question = kit.slack().await(c -> c.method().equals("chat.postEphemeral")
                && c.blocks().toString().contains(CoachRenderer.SHARE_SEND_ACTION), 1).get(0);
        // Slack refuses a DM to this person from now on (not only the next conversations.open, which a DM opened
        // by work still running from the check could take first).
        kit.slack().removeUser("UGONE");

        click(CoachRenderer.SHARE_SEND_ACTION, question.blocks());

        String said = kit.slack().await("response_url", 1).get(0).param("text");
        assertTrue(said.contains("Nothing was shared"), said);
        assertFalse(said.contains("try again later"), "it will not work later either: " + said);
        assertTrue(kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UGONE").isEmpty());
        assertTrue(kit.stores().savedPlans().sharesBy(TEAM, USER).isEmpty());
        String progress = kit.command(USER, "C1", "progress").body();
        assertFalse(progress.contains("UGONE"), progress);
    }

    @Test
    void share_sendPressedTwice_sendsThePlanOnce() throws Exception {
        runCheck(1, "SOME_EXPOSURE");
        selectUser(shareBlock(lastMessage(7)), "UMANAGER");
        FakeSlackApi.Call question = kit.slack().await(c -> c.method().equals("chat.postEphemeral")
                && c.blocks().toString().contains(CoachRenderer.SHARE_SEND_ACTION), 1).get(0);

        click(CoachRenderer.SHARE_SEND_ACTION, question.blocks());
        click(CoachRenderer.SHARE_SEND_ACTION, question.blocks());
        kit.slack().await(c -> c.method().equals("chat.postMessage") && "DUMANAGER".equals(c.param("channel")), 1);
        assertTrue(kit.app().awaitIdle(java.time.Duration.ofSeconds(30)));

        assertEquals(1, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && "DUMANAGER".equals(c.param("channel"))).size(), "one DM to the manager");
        assertTrue(kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UMANAGER").isPresent());
    }

    @Test
    void share_thenALaterPlan_theManagerSeesOnlyTheSharedOneUntilRevoked() throws Exception {
        runCheck(1, "NEW_TO_IT");
        shareWith(lastMessage(7), "UMANAGER", 0);
        Plan shared = kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UMANAGER").orElseThrow();

        kit.command(USER, "C1", "steps walk");
        JsonNode message = lastMessage(8);
        for (int i = 0; i < 7; i++) {
            click("coach_answer_NOT_YET", message);
            message = lastMessage(9 + i);
        }
        click("coach_save_plan", message);
        kit.slack().await(c -> c.method().equals("chat.postEphemeral")
                && c.param("text").contains("Saved your plan"), 1);
        assertEquals(Plan.Source.STEPS_WALK, kit.stores().savedPlans().latest(TEAM, USER).orElseThrow().source());

        assertEquals(Optional.of(shared), kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UMANAGER"));
        String progress = JSON.readTree(kit.command(USER, "C1", "progress").body()).toString();
        assertTrue(progress.contains("Shared with <@UMANAGER>"), progress);
        assertTrue(progress.contains(CoachRenderer.UNSHARE_ACTION), progress);

        kit.blockAction(USER, "C1", CoachRenderer.UNSHARE_ACTION, "UMANAGER");
        assertTrue(kit.slack().await(c -> c.method().equals("response_url")
                && c.param("text").contains("stopped sharing"), 1).get(0).param("replace_original").equals("true"));
        assertEquals(Optional.empty(), kit.stores().savedPlans().latestVisibleTo(TEAM, USER, "UMANAGER"));
        assertFalse(kit.command(USER, "C1", "progress").body().contains("Shared with"));
    }

    @Test
    void stopSharing_takesThePlanOffTheManagersAppHomeAtOnce() throws Exception {
        runCheck(1, "SOME_EXPOSURE");
        shareWith(lastMessage(7), "UBOSS", 0);
        JsonNode before = homeOf("UBOSS");
        assertTrue(before.toString().contains("<@" + USER + ">"), "the team view shows the shared plan: " + before);
        int published = kit.slack().calls(c -> c.method().equals("views.publish")
                && "UBOSS".equals(c.param("user_id"))).size();

        kit.blockAction(USER, "C1", CoachRenderer.UNSHARE_ACTION, "UBOSS");

        List<FakeSlackApi.Call> publishes = kit.slack().await(c -> c.method().equals("views.publish")
                && "UBOSS".equals(c.param("user_id")), published + 1);
        String after = publishes.get(publishes.size() - 1).param("view");
        assertFalse(after.contains("<@" + USER + ">"), after);
    }

    private JsonNode homeOf(String userId) throws Exception {
        return kit.openHome(userId);
    }

    @Test
    void progress_afterTwoChecks_showsWhatChanged() throws Exception {
        runCheck(1, "NEW_TO_IT");
        runCheck(8, "PRACTISED");

        HttpResponse<String> ack = kit.command(USER, "C1", "progress");

        assertTrue(ack.body().contains("Your progress"), ack.body());
        assertTrue(ack.body().contains("new to it → practised it"), ack.body());
    }

    @Test
    void forgetMe_asksFirstNamingTheChecklistsAndConversationsItChanges() throws Exception {
        String ask = kit.command(USER, "C1", "forget-me").body();

        assertTrue(ask.contains("private checklists"), ask);
        assertTrue(ask.contains("a former member"), ask);
        assertTrue(ask.contains("conversations"), ask);
    }

    @Test
    void forgetMe_afterConfirmation_deletesAndSaysWhat() throws Exception {
        runCheck(1, "NEW_TO_IT");
        click("coach_save_plan", lastMessage(7));
        kit.slack().await("chat.postEphemeral", 1);

        HttpResponse<String> ack = kit.command(USER, "C1", "forget-me");
        assertTrue(ack.body().contains(CoachRenderer.FORGET_CONFIRM_ACTION), ack.body());
        kit.blockAction(USER, "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");

        String reply = kit.slack().await("response_url", 1).get(0).param("text");
        assertTrue(reply.contains("1 skill check result,"), reply);
        assertTrue(reply.contains("1 saved plan"), reply);
        assertTrue(kit.stores().savedPlans().latest(TEAM, USER).isEmpty());
        assertTrue(kit.command(USER, "C1", "progress").body().contains("not finished a skill check yet"));
    }

    @Test
    void forgetMe_confirmedTwice_neverSaysNothingWasStored() throws Exception {
        runCheck(1, "NEW_TO_IT");
        kit.command(USER, "C1", "forget-me");

        kit.pressTwice(USER, "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");

        List<FakeSlackApi.Call> replies = kit.slack().await("response_url", 2);
        assertTrue(replies.stream().anyMatch(r -> r.param("text").contains("1 skill check result")),
                replies.toString());
        assertTrue(replies.stream().noneMatch(r -> r.param("text").contains("had nothing stored")),
                "the second press must not say there never was anything: " + replies);
    }

    /** The DM posts of conversations (not the progress chart), once the executor had time to send a late one. */
    private List<FakeSlackApi.Call> dmPostsSettled(int expected) throws InterruptedException {
        kit.slack().await(c -> c.method().equals("chat.postMessage") && DM.equals(c.param("channel")), expected);
        Thread.sleep(500);
        return kit.slack().calls(c -> c.method().equals("chat.postMessage") && DM.equals(c.param("channel")));
    }

    @Test
    void start_pressedTwiceQuickly_keepsOneConversationAndPostsQuestionOneOnce() throws Exception {
        pressStartCheck();
        JsonNode first = lastMessage(1);
        pressStartCheck();

        List<FakeSlackApi.Call> posts = dmPostsSettled(1);
        assertEquals(1, posts.size(), posts.toString());
        List<Conversation> open = kit.stores().conversations().open(TEAM, USER);
        assertEquals(1, open.size(), open.toString());
        assertEquals(stored(first, "coach_skip").id(), open.get(0).id());
        // The first message's buttons still work.
        click("coach_answer_PRACTISED", first);
        assertTrue(lastMessage(2).toString().contains("2 of 6"), lastMessage(2).toString());
    }

    @Test
    void stepsWalk_startPressedTwiceQuickly_postsTheFirstStepOnce() throws Exception {
        kit.blockAction(USER, "C1", CoachRenderer.START_ACTION, "STEPS_WALK");
        lastMessage(1);
        kit.blockAction(USER, "C1", CoachRenderer.START_ACTION, "STEPS_WALK");

        assertEquals(1, dmPostsSettled(1).size());
        assertEquals(1, kit.stores().conversations().open(TEAM, USER).size());
    }

    @Test
    void start_afterAnAnswer_offersToResume() throws Exception {
        pressStartCheck();
        answerTheFirst("PRACTISED");
        pressStartCheck();

        List<FakeSlackApi.Call> posts = dmPostsSettled(2);
        assertEquals(2, posts.size(), posts.toString());
        assertTrue(posts.get(1).blocks().toString().contains(CoachRenderer.RESTART_ACTION), posts.toString());
    }

    @Test
    void checkCommand_withACheckLeftHalfway_saysItOffersToResumeRatherThanThatItStartedOne() throws Exception {
        kit.command(USER, "C1", "check");
        answerTheFirst("PRACTISED");

        String ack = kit.command(USER, "C1", "check").body();

        assertFalse(ack.contains("started"), ack);
        assertTrue(ack.contains("in progress"), ack);
        assertTrue(ack.contains("question 2 of 6"), ack);
        assertTrue(dmPostsSettled(2).get(1).blocks().toString().contains(CoachRenderer.RESTART_ACTION));
    }

    @Test
    void stepsWalkCommand_withAWalkLeftHalfway_saysItOffersToResume() throws Exception {
        kit.command(USER, "C1", "steps walk");
        answerTheFirst("DONE");

        String ack = kit.command(USER, "C1", "steps walk").body();

        assertFalse(ack.contains("started"), ack);
        assertTrue(ack.contains("next steps walk* in progress"), ack);
    }

    @Test
    void walkButton_afterForgetMe_saysHowToStartAWalkAgain() throws Exception {
        kit.command(USER, "C1", "steps walk");
        JsonNode message = lastMessage(1);
        kit.blockAction(USER, "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");
        kit.slack().await("response_url", 1);

        click("coach_answer_DONE", message);

        String note = kit.slack().await("chat.postEphemeral", 1).get(0).param("text");
        assertTrue(note.contains("no longer exists"), note);
        assertTrue(note.contains("`/career steps walk`"), note);
    }

    @Test
    void progressNamingSomeoneElse_saysItShowsOnlyYourOwn() throws Exception {
        String ack = kit.command(USER, "C1", "progress <@UREPORT|ravi>").body();

        assertTrue(ack.contains("only your own"), ack);
        assertTrue(ack.contains("App Home"), ack);
        assertTrue(ack.contains("You have not finished a skill check yet"), ack);
    }

    /** A double click on "Start again" is one press: one fresh check, its first question posted once. */
    @Test
    void restart_pressedTwiceQuickly_startsAfreshOnce() throws Exception {
        pressStartCheck();
        answerTheFirst("PRACTISED");
        pressStartCheck();
        dmPostsSettled(2);

        kit.pressTwice(USER, DM, CoachRenderer.RESTART_ACTION, "SKILL_CHECK");

        List<FakeSlackApi.Call> posts = dmPostsSettled(3);
        assertEquals(3, posts.size(), "the first question, the offer to resume, one fresh first question: " + posts);
        assertEquals(1, kit.stores().conversations().open(TEAM, USER).size());
        String note = kit.slack().await("chat.postEphemeral", 1).get(0).param("text");
        assertEquals(CoachRenderer.ALREADY_STARTED_AGAIN, note);
        // The fresh check's buttons work.
        click("coach_answer_PRACTISED", posts.get(2).blocks());
        assertTrue(lastMessage(5).toString().contains("2 of 6"), lastMessage(5).toString());
    }

    @Test
    void restart_rightAfterStart_startsAfresh() throws Exception {
        pressStartCheck();
        JsonNode first = lastMessage(1);
        String firstId = stored(first, "coach_skip").id();
        kit.blockAction(USER, DM, CoachRenderer.RESTART_ACTION, "SKILL_CHECK");

        List<FakeSlackApi.Call> posts = dmPostsSettled(2);
        assertEquals(2, posts.size(), posts.toString());
        assertTrue(posts.get(1).blocks().toString().contains("1 of 6"), posts.toString());
        List<Conversation> open = kit.stores().conversations().open(TEAM, USER);
        assertEquals(1, open.size(), open.toString());
        assertFalse(open.get(0).id().equals(firstId));
    }

    @Test
    void stepsWalk_fromTheStepsButton_endsWithWhatRemainsAndSavesIt() throws Exception {
        HttpResponse<String> steps = kit.command(USER, "C1", "steps");
        assertTrue(steps.body().contains(CoachRenderer.START_ACTION), steps.body());
        kit.blockAction(USER, "C1", CoachRenderer.START_ACTION, "STEPS_WALK");
        JsonNode message = lastMessage(1);
        assertTrue(message.toString().contains("Next steps walk* · 1 of 7"), message.toString());

        String[] statuses = {"DONE", "IN_PROGRESS", "NOT_YET", "NOT_RELEVANT", "DONE", "NOT_YET", "NOT_YET"};
        for (int i = 0; i < statuses.length; i++) {
            click("coach_answer_" + statuses[i], message);
            message = lastMessage(i + 2);
        }

        assertTrue(message.toString().contains("What remains"), message.toString());
        click("coach_save_plan", message);
        kit.slack().await("chat.postEphemeral", 1);
        Plan plan = kit.stores().savedPlans().latest(TEAM, USER).orElseThrow();
        assertEquals(Plan.Source.STEPS_WALK, plan.source());
        assertEquals(4, plan.entries().size());
    }

    @Test
    void stepsWalk_command_startsTheWalkInTheDm() throws Exception {
        HttpResponse<String> ack = kit.command(USER, "C1", "steps walk");

        assertTrue(ack.body().contains("next steps walk"), ack.body());
        assertTrue(lastMessage(1).toString().contains("1 of 7"));
    }

    @Test
    void help_offersToStartACheck() throws Exception {
        HttpResponse<String> help = kit.command(USER, "C1", "help");

        assertTrue(help.body().contains("Check my skills"), help.body());
        assertTrue(help.body().contains("/career check"), help.body());
    }

    private void runCheck(int firstMessage, String rating) throws Exception {
        kit.command(USER, "C1", "check");
        for (int i = 0; i < 6; i++) {
            click("coach_answer_" + rating, lastMessage(firstMessage + i));
        }
        lastMessage(firstMessage + 6);
    }

    private void selectUser(String blockId, String selected) throws Exception {
        ObjectNode payload = SlackTestKit.interactionFrom("block_actions", USER);
        payload.put("trigger_id", "trigger-share");
        payload.putObject("channel").put("id", DM).put("name", "directmessage");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", DM);
        payload.put("response_url", kit.slack().responseUrl("share"));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", CoachRenderer.SHARE_ACTION);
        action.put("block_id", blockId);
        action.put("type", "users_select");
        action.put("selected_user", selected);
        action.put("action_ts", "1700000001.000001");
        kit.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", Map.of());
    }
}
