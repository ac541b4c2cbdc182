package careercoach.slack.workflow;

import careercoach.slack.Golden;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillCheckInviteGoldenTest {
    private final SkillCheckInvite invite = new SkillCheckInvite();

    @Test
    void invite_withMessage_quotesItAboveTheStartButton() throws Exception {
        Golden.assertMatches("workflow-skill-check-invite", invite.blocks("Before our check-in\n<b>next week</b>",
                "Backend Engineering Lead", "Fx0001"));
    }

    @Test
    void invite_withoutMessage_isTheRequestAndTheButton() {
        assertEquals(2, invite.blocks(" ", "Backend Engineering Lead", "Fx0001").size());
    }

    @Test
    void started_replacesTheButton() throws Exception {
        Golden.assertMatches("workflow-skill-check-started", invite.started());
    }
}
