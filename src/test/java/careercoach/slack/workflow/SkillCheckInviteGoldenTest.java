package careercoach.slack.workflow;

import careercoach.slack.Golden;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillCheckInviteGoldenTest {
    private final SkillCheckInvite invite = new SkillCheckInvite();

    @Test
    void invite_withMessage_quotesItAboveTheStartButton() throws Exception {
        Golden.assertMatches("workflow-skill-check-invite", invite.blocks("Before our check-in\n<b>next week</b>",
                "Backend Engineering Lead", "Fx0001", Optional.empty()));
    }

    @Test
    void invite_withoutMessage_isTheRequestAndTheButton() {
        assertEquals(2, invite.blocks(" ", "Backend Engineering Lead", "Fx0001", Optional.empty()).size());
    }

    @Test
    void invite_fromSomeone_namesThemFirst() {
        String text = invite.blocks("", "Backend Engineering Lead", "Fx0001", Optional.of("UDANA1")).get(0).toString();
        assertTrue(text.contains("*<@UDANA1> asked you to run a skill check* against the guide"), text);
    }

    @Test
    void started_replacesTheButton() throws Exception {
        Golden.assertMatches("workflow-skill-check-started", invite.started());
    }
}
