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
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone who finished a skill check and then chose another role's guide: their progress and their App Home say
 * which role that check was for, rather than showing it under the guide they read now as if it were its own.
 */
class CheckOfAnotherGuideProtocolTest {
    private static final String OTHER_ROLE_NOTE = "For *Backend Engineering Lead (Microservices)*, not your guide now";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static JsonNode lastDmMessage(String dm, int expected) {
        List<FakeSlackApi.Call> calls = kit.slack().await(c -> (c.method().equals("chat.postMessage")
                || c.method().equals("chat.update")) && dm.equals(c.param("channel")), expected);
        return calls.get(calls.size() - 1).blocks();
    }

    /** Runs the default guide's skill check to its end, every skill rated "some exposure". */
    private static void finishACheck(String user) throws Exception {
        String dm = "D" + user;
        kit.command(user, "C1", "check");
        JsonNode message = lastDmMessage(dm, 1);
        for (int answered = 1; Buttons.find(message, "coach_answer_SOME_EXPOSURE").isPresent(); answered++) {
            kit.blockAction(user, dm, "coach_answer_SOME_EXPOSURE",
                    Buttons.value(message, "coach_answer_SOME_EXPOSURE"));
            message = lastDmMessage(dm, answered + 1);
        }
        assertTrue(message.toString().contains("skill check result"), message.toString());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
    }

    private static String home(String user) throws Exception {
        return kit.openHome(user).toString();
    }

    @Test
    void afterChoosingAnotherRole_progressAndHomeNameTheRoleOfTheCheck() throws Exception {
        String user = "UMOVED";
        finishACheck(user);
        kit.command(user, "C1", "role " + TwoRoleIndexData.MANAGER);

        String progress = kit.command(user, "C1", "progress").body();
        assertTrue(progress.contains(OTHER_ROLE_NOTE), progress);
        String home = home(user);
        assertTrue(home.contains(OTHER_ROLE_NOTE), home);
    }

    @Test
    void checkOfTheGuideReadNow_isShownWithoutANote() throws Exception {
        String user = "USTAYED";
        finishACheck(user);

        String progress = kit.command(user, "C1", "progress").body();
        assertTrue(progress.contains("Latest check"), progress);
        assertFalse(progress.contains("not your guide now"), progress);
        assertFalse(home(user).contains("not your guide now"));
    }
}
