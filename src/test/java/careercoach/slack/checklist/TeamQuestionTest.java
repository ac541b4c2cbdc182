package careercoach.slack.checklist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamQuestionTest {

    @ParameterizedTest
    @ValueSource(strings = {"how is my team doing?", "How's my team doing", "how are my reports getting on?",
            "Hey, how are my direct reports doing these days?", "how are things with my team", "how's my team",
            "what's the status of my team?", "give me an update on my reports please", "any news on my team?",
            "my team's progress", "my team status", "is my team on track?", "are my reports behind?",
            "who on my team is behind?", "who in my team hasn't started?", "how is my team doing so far?",
            "How’s my whole team going this week?", "can I get a quick summary of my team?"})
    void asks_howTheTeamIsDoing(String text) {
        assertTrue(TeamQuestion.asks(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do I grow my team?", "how is a team lead paid?", "what does my team need from a lead",
            "how are engineering managers evaluated?", "what's left on my checklist?", "how do I build trust with my "
            + "reports", "is my team too big for one lead?", "how is my team doing on-call rotations in a "
            + "microservices setup", "status of the platform team role"})
    void doesNotAsk_aQuestionForTheGuide(String text) {
        assertFalse(TeamQuestion.asks(text), text);
    }
}
