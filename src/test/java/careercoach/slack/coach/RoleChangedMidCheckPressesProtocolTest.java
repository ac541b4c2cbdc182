package careercoach.slack.coach;

import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A skill check left halfway, another role chosen since, and the offer's "Start one of <role>" pressed twice (a
 * double click): one check of the role now is started, not two.
 */
class RoleChangedMidCheckPressesProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static JsonNode lastMessage(String dm, int expected) {
        List<FakeSlackApi.Call> calls = kit.slack().await(c -> (c.method().equals("chat.postMessage")
                || c.method().equals("chat.update")) && dm.equals(c.param("channel")), expected);
        return calls.get(calls.size() - 1).blocks();
    }

    @Test
    void startOneOfTheRoleNow_pressedTwice_startsOneCheck() throws Exception {
        String user = "U1";
        String dm = "D" + user;
        kit.command(user, "C1", "check");
        kit.press(user, dm, lastMessage(dm, 1), "coach_answer_PRACTISED");
        lastMessage(dm, 2);
        kit.command(user, "C1", "role engineering manager");
        kit.command(user, "C1", "check");
        JsonNode offer = lastMessage(dm, 3);

        kit.pressTwice(user, dm, "coach_restart", Buttons.value(offer, "coach_restart"));

        kit.settledCalls("chat.postMessage", 3);
        long firstQuestions = kit.slack().calls(c -> dm.equals(c.param("channel"))
                && c.allText().contains("1 of")).size();
        assertEquals(2, firstQuestions, "the first check's question, then one of the role now: "
                + kit.slack().calls(c -> dm.equals(c.param("channel"))).stream().map(c -> c.method() + " "
                + c.allText().substring(0, Math.min(150, c.allText().length()))).toList());
    }
}
