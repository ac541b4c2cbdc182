package careercoach.slack.coach;

import careercoach.search.LiveGuides;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A guide edited while someone is in the middle of a conversation on it, an item of its questions removed: the
 * conversation goes on with the questions the guide still has, and never shows one it lost.
 */
class GuideEditedMidConversationProtocolTest {
    private static final String GUIDE = "guides/" + ShippedGuideBeside.SHIPPED + ".yml";

    private static JsonNode lastMessage(SlackTestKit kit, String dm, int expected) {
        List<FakeSlackApi.Call> calls = kit.slack().await(c -> (c.method().equals("chat.postMessage")
                || c.method().equals("chat.update")) && dm.equals(c.param("channel")), expected);
        return calls.get(calls.size() - 1).blocks();
    }

    private static void edit(SlackTestKit kit, Path indexData, UnaryOperator<String> change) throws Exception {
        LiveGuides guides = kit.app().guides();
        long attempts = guides.status().attempts();
        Path file = indexData.resolve(GUIDE);
        Files.writeString(file, change.apply(Files.readString(file)));
        if (!guides.awaitAttempts(attempts + 1, Duration.ofSeconds(90)) || guides.status().failure().isPresent()) {
            fail("the edited guide was not loaded: " + guides.status());
        }
    }

    /** Starts a steps walk in {@code user}'s DM and answers "done" to the first four steps; the fifth is shown. */
    private static JsonNode walkToTheFifthStep(SlackTestKit kit, String user, String dm) throws Exception {
        kit.command(user, "C1", "steps walk");
        JsonNode message = lastMessage(kit, dm, 1);
        for (int i = 0; i < 4; i++) {
            kit.press(user, dm, message, "coach_answer_DONE");
            message = lastMessage(kit, dm, i + 2);
        }
        assertTrue(message.toString().contains("Update your resume"), "at the fifth step: " + message);
        return message;
    }

    /**
     * From the {@code shown}-th message on, presses {@code button} as long as the last message still offers it, and
     * returns the first message that does not (the end of the conversation).
     */
    private static String answerWhileAsked(SlackTestKit kit, String user, String dm, int shown, String button)
            throws Exception {
        int n = shown;
        String text = lastMessage(kit, dm, n).toString();
        while (text.contains(button)) {
            kit.press(user, dm, lastMessage(kit, dm, n), button);
            text = lastMessage(kit, dm, ++n).toString();
        }
        return text;
    }

    @Test
    void stepsWalk_aStepRemovedFromTheGuideMeanwhile_isPassedOverNotShownByItsId(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(ShippedGuideBeside.in(indexData), Clock.systemUTC())) {
            String user = "U1";
            String dm = "D" + user;
            JsonNode message = walkToTheFifthStep(kit, user, dm);

            edit(kit, indexData, guide -> withoutStep(guide, "interview-preparation", "network-with-leaders"));
            kit.press(user, dm, message, "coach_answer_DONE");

            String shown = lastMessage(kit, dm, 6).toString();
            assertFalse(shown.contains("Interview preparation"), "a step the guide lost is not asked: " + shown);
            assertFalse(shown.contains("Prepare for interviews"), shown);
            assertTrue(shown.contains("Network with platform/infra"), "the next step the guide has: " + shown);

            kit.press(user, dm, lastMessage(kit, dm, 6), "coach_answer_NOT_YET");
            String result = lastMessage(kit, dm, 7).toString();
            assertTrue(result.contains("What remains"), result);
            assertFalse(result.contains("Interview preparation"), "nor kept among what remains to do: " + result);
        }
    }

    @Test
    void stepsWalk_theWholeSectionRemovedMeanwhile_stopsAndSaysSoInsteadOfAPlanOfStepsTheGuideLost(
            @TempDir Path indexData) throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(ShippedGuideBeside.in(indexData), Clock.systemUTC())) {
            String user = "U2";
            String dm = "D" + user;
            kit.command(user, "C1", "steps walk");
            JsonNode message = lastMessage(kit, dm, 1);
            kit.press(user, dm, message, "coach_answer_DONE");
            message = lastMessage(kit, dm, 2);

            edit(kit, indexData, guide -> guide.substring(0, guide.indexOf("  - id: next-steps"))
                    .replaceAll("(?m)^\\s*actions: .*\\R", ""));
            kit.press(user, dm, message, "coach_answer_DONE");

            JsonNode shown = lastMessage(kit, dm, 3);
            String text = shown.toString();
            assertTrue(text.contains("stopped"), "it says the walk stopped: " + text);
            assertTrue(text.contains("`/career steps walk`"), text);
            assertFalse(text.contains("System design case study"), "no step by its id in words: " + text);
            assertFalse(text.contains("coach_save_plan"), "no plan of steps the guide lost: " + text);
        }
    }

    @Test
    void stepsWalk_theStepShownRemovedMeanwhile_itsAnswerIsNotKeptNorShownByItsId(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(ShippedGuideBeside.in(indexData), Clock.systemUTC())) {
            String user = "U3";
            String dm = "D" + user;
            JsonNode message = walkToTheFifthStep(kit, user, dm);

            edit(kit, indexData, guide -> withoutStep(guide, "resume-outcomes", "interview-preparation")
                    .replaceAll("(?m)^\\s*actions: .*\\R", ""));
            kit.press(user, dm, message, "coach_answer_NOT_YET");
            String shown = answerWhileAsked(kit, user, dm, 6, "coach_answer_NOT_YET");
            assertTrue(shown.contains("What remains"), shown);
            assertFalse(shown.contains("Resume outcomes") || shown.contains("resume-outcomes"),
                    "a step the guide lost is not kept among what remains: " + shown);
        }
    }

    @Test
    void skillCheck_theSkillShownRemovedMeanwhileAndSkipped_isNotSaidSkippedByItsId(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(ShippedGuideBeside.in(indexData), Clock.systemUTC())) {
            String user = "U4";
            String dm = "D" + user;
            kit.command(user, "C1", "check");
            kit.press(user, dm, lastMessage(kit, dm, 1), "coach_answer_PRACTISED");
            JsonNode second = lastMessage(kit, dm, 2);
            java.util.regex.Matcher asked = java.util.regex.Pattern.compile("\\*([^*\\n]+)\\*\\\\n")
                    .matcher(second.toString());
            assertTrue(asked.find(), second.toString());
            String label = asked.group(1).replace("\\\"", "\"");
            String words = label.substring(0, Math.min(30, label.length()));

            edit(kit, indexData, guide -> withoutItem(guide, words).replaceAll("(?m)^\\s*actions: .*\\R", ""));
            kit.press(user, dm, second, "coach_skip");
            String shown = answerWhileAsked(kit, user, dm, 3, "coach_answer_PRACTISED");
            assertFalse(shown.contains(words), "a skill the guide lost is not shown: " + shown);
            assertFalse(shown.contains("Skipped:"), "nor said skipped by its id in words: " + shown);
        }
    }

    /** The guide without the step {@code id}: its lines up to those of the step {@code next}. */
    private static String withoutStep(String guide, String id, String next) {
        return guide.replaceFirst("(?s)      - id: " + id + "\\R.*?(?=      - id: " + next + ")", "");
    }

    /** The guide without the item whose lines hold {@code words}: its "- id:" line and the lines indented under it. */
    private static String withoutItem(String guide, String words) {
        List<String> lines = new java.util.ArrayList<>(List.of(guide.split("\\R", -1)));
        int at = 0;
        while (!lines.get(at).contains(words)) {
            at++;
        }
        int start = at;
        while (!lines.get(start).strip().startsWith("- id:")) {
            start--;
        }
        int indent = lines.get(start).indexOf('-');
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isBlank() && lines.get(end).indexOf(lines.get(end).strip()) > indent) {
            end++;
        }
        lines.subList(start, end).clear();
        return String.join("\n", lines);
    }
}
