package careercoach.slack.coach;

import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.testkit.Buttons;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A skill check left halfway, then another role chosen: {@code /career check} offers the one left back naming the
 * role it asks about, so it is not taken for a check of the role chosen since, and its other button says it starts
 * one of that role; pressed twice (a double click), that button starts one check of the role now, not two.
 */
class RoleChangedMidCheckProtocolTest {
    private static final String BACKEND_TITLE = "Backend Engineering Lead (Microservices)";
    private static final String MANAGER_TITLE = "Engineering Manager (Platform Team)";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static JsonNode lastMessage(String dm, int expected) {
        return kit.lastMessageIn(dm, expected);
    }

    /** {@code user} starts a skill check of the role first chosen and answers its first question, then stops. */
    private static void checkLeftHalfway(String user, String dm) throws Exception {
        kit.command(user, "C1", "check");
        kit.press(user, dm, lastMessage(dm, 1), "coach_answer_PRACTISED");
        lastMessage(dm, 2);
    }

    @Test
    void checkLeftHalfway_roleChangedSince_offerNamesTheRoleItAsksAbout() throws Exception {
        String user = "U1";
        String dm = "D" + user;
        checkLeftHalfway(user, dm);
        kit.command(user, "C1", "role engineering manager");

        HttpResponse<String> ack = kit.command(user, "C1", "check");

        assertTrue(ack.body().contains(BACKEND_TITLE), "the ack names the role of the check left: " + ack.body());
        String offer = lastMessage(dm, 3).toString();
        assertTrue(offer.contains(BACKEND_TITLE), "the offer names the role of the check left: " + offer);
        assertTrue(offer.contains(MANAGER_TITLE), "and the role a new one would be of: " + offer);
        assertFalse(offer.contains("\"Start again\""), "starting anew is of another role, not again: " + offer);

        kit.press(user, dm, lastMessage(dm, 3), "coach_restart");
        String started = lastMessage(dm, 4).toString();
        assertTrue(started.contains("1 of") && started.contains(MANAGER_TITLE), "a check of the role now: " + started);
    }

    @Test
    void checkLeftHalfway_sameRole_offerReadsAsBefore() throws Exception {
        String user = "U2";
        String dm = "D" + user;
        checkLeftHalfway(user, dm);

        HttpResponse<String> ack = kit.command(user, "C1", "check");

        assertFalse(ack.body().contains(BACKEND_TITLE), ack.body());
        String offer = lastMessage(dm, 3).toString();
        assertTrue(offer.contains("\"Start again\""), offer);
        assertFalse(offer.contains(BACKEND_TITLE), offer);
    }

    @Test
    void startOneOfTheRoleNow_pressedTwice_startsOneCheck() throws Exception {
        String user = "U3";
        String dm = "D" + user;
        checkLeftHalfway(user, dm);
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
