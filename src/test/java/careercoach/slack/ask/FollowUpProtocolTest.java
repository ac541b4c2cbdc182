package careercoach.slack.ask;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short follow-up in a DM or a mention's thread is answered with the question before it. */
class FollowUpProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    private static String firstSectionOf(FakeSlackApi.Call answer) {
        return FakeSlackApi.texts(answer.blocks()).toString();
    }

    @Test
    void directMessage_followUpWithATopic_isAnsweredFromTheSameGuide() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U60", "what are the top skills for a backend lead?"), 0);
        assertTrue(kit.slack().await("chat.postMessage", 1).get(0).allText().contains("Top Skills for Success"));

        kit.event(kit.newEventId(), kit.directMessage("U60", "and what about the pay"), 0);

        String second = kit.slack().await("chat.postMessage", 2).get(1).allText();
        assertTrue(second.contains("Salary &amp; Demand") || second.contains("Salary & Demand"), second);
    }

    @Test
    void directMessage_moreAfterAnAnswer_isTheSameSectionAgain() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U61", "what are the common skill gaps for backend leads?"),
                0);
        assertTrue(kit.slack().await("chat.postMessage", 1).get(0).allText().contains("Common Skill Gaps"));

        kit.event(kit.newEventId(), kit.directMessage("U61", "give me an example"), 0);

        String second = kit.slack().await("chat.postMessage", 2).get(1).allText();
        assertTrue(second.contains("Common Skill Gaps"), second);
        assertTrue(second.contains(AnswerRenderer.FEEDBACK_UP_ACTION), "a follow-up's answer has feedback");
    }

    @Test
    void mentionThread_followUp_isReadWithTheMentionAndAnsweredInTheThread() throws Exception {
        ObjectNode mention = kit.mention("U62", "C62", "what are the common skill gaps for backend leads?");
        kit.event(kit.newEventId(), mention, 0);
        kit.slack().await("chat.postMessage", 1);
        ObjectNode reply = kit.mention("U62", "C62", "how do I close them?");
        reply.put("thread_ts", mention.get("ts").asText());

        kit.event(kit.newEventId(), reply, 0);

        FakeSlackApi.Call second = kit.slack().await("chat.postMessage", 2).get(1);
        assertEquals(mention.get("ts").asText(), second.param("thread_ts"));
        assertTrue(second.allText().contains("Development Suggestions"), second.allText());
    }

    @Test
    void anotherPersonsFollowUp_isNotReadWithSomeoneElsesQuestion() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U63", "what are the top skills for a backend lead?"), 0);
        kit.slack().await("chat.postMessage", 1);

        kit.event(kit.newEventId(), kit.directMessage("U64", "which of those first?"), 0);

        List<FakeSlackApi.Call> answers = kit.slack().await("chat.postMessage", 2);
        assertFalse(firstSectionOf(answers.get(1)).contains("Top Skills for Success")
                && answers.get(1).allText().contains("From *"), answers.get(1).allText());
    }
}
