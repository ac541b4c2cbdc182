package careercoach.slack.workflow;

import careercoach.coach.Plan;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide a person chose for themselves is theirs: a workflow step that fails because of that guide tells the
 * workflow's author what to do without naming it.
 */
class WorkflowGuidePrivacyProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String MANAGER = "UMANAGER";
    private static final String CHANNEL = "CTEAM";
    private static final String NO_SKILL_AREAS = "site-reliability-lead";
    private static final String NO_NEXT_STEPS = "data-platform-lead";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> ShippedGuideBeside.in(indexData,
            Path.of("src/test/resources/edge-guides/no-skill-areas/guides/" + NO_SKILL_AREAS + ".yml"),
            Path.of("src/test/resources/edge-guides/no-next-steps/guides/" + NO_NEXT_STEPS + ".yml")));

    private static FakeSlackApi.Call run(String step, String executionId, Consumer<ObjectNode> inputs)
            throws Exception {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "function_executed");
        ObjectNode function = event.putObject("function");
        function.put("id", "Fn0001");
        function.put("callback_id", step);
        function.put("title", step);
        function.put("type", "app");
        function.put("app_id", "A0001");
        inputs.accept(event.putObject("inputs"));
        event.put("function_execution_id", executionId);
        event.put("workflow_execution_id", "W" + executionId);
        event.put("event_ts", "1700000000.000100");
        event.put("bot_access_token", "xwfp-execution-token");
        assertEquals(200, kit.event(kit.newEventId(), event, 0).statusCode());
        return kit.slack().await(c -> c.method().startsWith("functions.complete")
                && executionId.equals(c.param("function_execution_id")), 1).get(0);
    }

    @Test
    void skillCheckStep_forSomeoneWhoseChosenGuideHasNoSkillAreas_failsWithoutNamingIt() throws Exception {
        String person = "UREL";
        kit.stores().guideChoices().choose(TEAM, person, NO_SKILL_AREAS);

        FakeSlackApi.Call failed = run(WorkflowFeature.ASK_SKILL_CHECK, "FxPRIV1", inputs -> inputs.put("person",
                person));

        assertEquals("functions.completeError", failed.method());
        String error = failed.param("error");
        assertTrue(error.contains("has no skill areas to check"), error);
        assertFalse(error.contains("Site Reliability Lead"), error);
    }

    @Test
    void shareStep_forSomeoneWhoSharedAPlanOfTheirGuideWithoutNextSteps_failsWithoutNamingIt() throws Exception {
        String person = "UDPL";
        kit.stores().guideChoices().choose(TEAM, person, NO_NEXT_STEPS);
        Instant now = Instant.now();
        kit.stores().savedPlans().share(new Plan(TEAM, person, NO_NEXT_STEPS, Plan.Source.SKILL_CHECK, now,
                List.of(new Plan.Entry("custom", "Pair with the DBA team")), NO_NEXT_STEPS), MANAGER, now);
        kit.slack().members(CHANNEL, person, MANAGER);

        FakeSlackApi.Call failed = run(WorkflowFeature.SHARE_CHECKLIST, "FxPRIV2", inputs -> {
            inputs.put("person", person);
            inputs.put("channel", CHANNEL);
            inputs.putObject("manager").put("id", MANAGER).put("secret", "c2VjcmV0");
        });

        assertEquals("functions.completeError", failed.method());
        String error = failed.param("error");
        assertTrue(error.contains("has no next steps"), error);
        assertFalse(error.contains("Data Platform Lead"), error);
    }
}
