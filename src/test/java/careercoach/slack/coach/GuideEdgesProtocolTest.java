package careercoach.slack.coach;

import careercoach.Stores;
import careercoach.coach.Plan;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.slack.SharedActions;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guides that the validator accepts but that lack parts the conversations use: no skill areas, no next steps,
 * skill areas that name no step. The bot says so instead of promising a DM, and never saves an empty plan.
 */
class GuideEdgesProtocolTest {
    private static final String USER = "U1";
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final Path NO_SKILL_AREAS = Path.of("src/test/resources/edge-guides/no-skill-areas");
    private static final Path NO_NEXT_STEPS = Path.of("src/test/resources/edge-guides/no-next-steps");
    private static final Path TOP_SKILLS_ONLY = Path.of("src/test/resources/edge-guides/top-skills-only");
    private static final Path PATH_HEADING_REPEATED = Path.of("src/test/resources/edge-guides/path-heading-repeated");

    private static SlackTestKit start(Path indexData) throws Exception {
        return SlackTestKit.start(Map.of("INDEX_DATA", indexData.toString()), Clock.systemUTC());
    }

    private static void assertNoConversationStarted(SlackTestKit kit) throws InterruptedException {
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(kit.slack().calls("conversations.open").isEmpty(), kit.slack().botCalls().toString());
        assertTrue(kit.stores().conversations().open(TEAM, USER).isEmpty());
    }

    @Test
    void check_onAGuideWithoutSkillAreas_saysSoInTheAckAndStartsNothing() throws Exception {
        try (SlackTestKit kit = start(NO_SKILL_AREAS)) {
            HttpResponse<String> ack = kit.command(USER, "C1", "check");

            assertTrue(ack.body().contains("has no skill areas to check"), ack.body());
            assertFalse(ack.body().contains("direct messages"), ack.body());
            assertNoConversationStarted(kit);
            assertTrue(kit.slack().calls("chat.postMessage").isEmpty());
        }
    }

    @Test
    void checkMySkillsInTheDm_onAGuideWithoutSkillAreas_answersPlainly() throws Exception {
        try (SlackTestKit kit = start(NO_SKILL_AREAS)) {
            kit.event(kit.newEventId(), kit.directMessage(USER, "check my skills"), 0);

            FakeSlackApi.Call answer = kit.slack().await("chat.postMessage", 1).get(0);
            assertEquals(USER, answer.param("channel"));
            assertTrue(answer.param("text").contains("has no skill areas to check"), answer.param("text"));
            assertNoConversationStarted(kit);
        }
    }

    @Test
    void startButtonsAndHome_onAGuideWithoutSkillAreas_offerNoCheck() throws Exception {
        try (SlackTestKit kit = start(NO_SKILL_AREAS)) {
            String help = kit.command(USER, "C1", "help").body();
            assertFalse(help.contains("\"SKILL_CHECK\""), help);
            assertTrue(help.contains("\"STEPS_WALK\""), help);

            String home = kit.openHome(USER).toString();
            assertFalse(home.contains("Start a check"), home);
            assertTrue(home.contains("no skill areas to check"), home);

            // A button from an older message, or the Home of a guide that changed since.
            kit.blockAction(USER, "C1", CoachRenderer.START_ACTION, "SKILL_CHECK");
            String note = kit.slack().await("chat.postEphemeral", 1).get(0).param("text");
            assertTrue(note.contains("has no skill areas to check"), note);
            assertNoConversationStarted(kit);

            // "Check toward it" on the same guide, shown before it lost its skill areas: said so, not left silent.
            kit.blockAction(USER, "C1", SharedActions.CHECK_TOWARD + "_0", "site-reliability-lead");
            String toward = kit.slack().await("chat.postEphemeral", 2).get(1).param("text");
            assertTrue(toward.contains("has no skill areas to check"), toward);
            assertNoConversationStarted(kit);
        }
    }

    @Test
    void check_onAGuideWithTopSkillsButNoSkillGaps_asksTheTopSkillsAsTheLongCheckDoes() throws Exception {
        try (SlackTestKit kit = start(TOP_SKILLS_ONLY)) {
            HttpResponse<String> ack = kit.command(USER, "C1", "check");

            assertFalse(ack.body().contains("no skill areas"), ack.body());
            String first = kit.slack().await("chat.postMessage", 1).get(0).blocks().toString();
            assertTrue(first.contains("Model serving"), first);
            assertEquals(List.of("top-skills/model-serving", "top-skills/cost-governance"),
                    kit.stores().conversations().open(TEAM, USER).get(0).questions());

            // App Home tells the check is under way on the same questions, and how to go on with it.
            String home = kit.openHome(USER).toString();
            assertTrue(home.contains("under way, at question 1 of 2") && home.contains("Continue"), home);
        }
    }

    @Test
    void path_whoseFirstGroupRepeatsTheSectionTitle_saysItOnce() throws Exception {
        try (SlackTestKit kit = start(PATH_HEADING_REPEATED)) {
            JsonNode blocks = new ObjectMapper()
                    .readTree(kit.command(USER, "C1", "path").body()).path("blocks");

            String shown = blocks.toString();
            assertEquals(1, shown.split("Can lead to", -1).length - 1, shown);
            assertTrue(shown.contains("Head of Platform"), shown);
            assertTrue(shown.contains("*Lateral moves*"), shown);
        }
    }

    @Test
    void stepsWalk_onAGuideWithoutNextSteps_saysSoInTheAck() throws Exception {
        try (SlackTestKit kit = start(NO_NEXT_STEPS)) {
            HttpResponse<String> ack = kit.command(USER, "C1", "steps walk");

            assertTrue(ack.body().contains("lists no next steps"), ack.body());
            assertNoConversationStarted(kit);
        }
    }

    @DatabaseTest
    void skillCheck_whoseGapsNameNoStep_offersNoSaveOrShareAndKeepsTheSavedPlan(TestDatabase db) throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()),
                Map.of("INDEX_DATA", NO_NEXT_STEPS.toString()))) {
            Plan earlier = new Plan(TEAM, USER, "data-platform-lead", Plan.Source.SKILL_CHECK,
                    Instant.parse("2026-01-05T10:00:00Z"), List.of(new Plan.Entry("custom", "Pair with the DBA team")));
            kit.stores().savedPlans().save(earlier);

            kit.command(USER, "C1", "check");
            JsonNode message = kit.slack().await("chat.postMessage", 1).get(0).blocks();
            for (int i = 0; i < 2; i++) {
                String value = message.findValues("elements").stream().flatMap(e -> java.util.stream.StreamSupport
                                .stream(e.spliterator(), false))
                        .filter(e -> "coach_answer_NEW_TO_IT".equals(e.path("action_id").asText()))
                        .findFirst().orElseThrow().path("value").asText();
                kit.blockAction(USER, "DU1", "coach_answer_NEW_TO_IT", value);
                message = kit.slack().await("chat.update", i + 1).get(i).blocks();
            }

            String result = message.toString();
            assertTrue(result.contains("Top gaps"), result);
            assertTrue(result.contains("names no step for this yet"), result);
            assertFalse(result.contains(CoachRenderer.SAVE_PLAN_ACTION), result);
            assertFalse(result.contains(CoachRenderer.SHARE_BLOCK), result);

            // A Save click on this result all the same (an old client, a forged payload): a plain answer, no 500.
            String finished = kit.stores().conversations().finishedChecks(TEAM, USER, 1).get(0).id();
            assertEquals(200, kit.blockAction(USER, "DU1", CoachRenderer.SAVE_PLAN_ACTION, finished).statusCode());
            assertEquals(CoachRenderer.NO_STEPS, kit.slack().await("chat.postEphemeral", 1).get(0).param("text"));
            assertEquals(earlier, kit.stores().savedPlans().latest(TEAM, USER).orElseThrow());
            assertTrue(kit.stores().checklists().involving(TEAM, USER).isEmpty());
        }
    }
}
