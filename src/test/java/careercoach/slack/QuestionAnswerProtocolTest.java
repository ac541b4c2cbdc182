package careercoach.slack;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions answered from the shipped guide through the real search, as a person in Slack sees them. */
class QuestionAnswerProtocolTest {
    private static SlackTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = SlackTestKit.start();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @BeforeEach
    void reset() {
        kit.slack().reset();
    }

    private FakeSlackApi.Call askInDm(String userId, String question) throws Exception {
        kit.event(kit.newEventId(), kit.directMessage(userId, question), 0);
        return kit.slack().await("chat.postMessage", 1).get(0);
    }

    @Test
    void directMessage_salaryQuestion_answersWithTheSalarySectionAndHighlights() throws Exception {
        FakeSlackApi.Call reply = askInDm("U31", "how much does a backend lead earn?");

        String text = reply.allText();
        assertTrue(text.contains("Salary & Demand") || text.contains("Salary &amp; Demand"), text);
        assertTrue(text.contains("*"), "matched words are in bold: " + text);
        assertTrue(text.contains("Backend Engineering Lead (Microservices)"), "names the guide: " + text);
        assertTrue(reply.blocks().toString().contains("👍"), reply.blocks().toString());
    }

    @Test
    void directMessage_outOfScope_saysItDoesNotKnowAndWhatItCanDo() throws Exception {
        FakeSlackApi.Call reply = askInDm("U32", "what's the weather in Paris tomorrow?");

        String text = reply.allText();
        assertTrue(text.contains("I don't have that in the career guides"), text);
        assertTrue(text.contains("/career skills"), text);
        assertFalse(reply.blocks().toString().contains("👍"), "no section offered as an answer: " + text);
    }

    @Test
    void directMessage_typo_offersDidYouMeanAndStillAnswers() throws Exception {
        FakeSlackApi.Call reply = askInDm("U33", "sallary");

        String text = reply.allText();
        assertTrue(text.contains("Did you mean _salary_"), text);
        assertTrue(text.contains("Salary &amp; Demand") || text.contains("Salary & Demand"), text);
    }

    @Test
    void mention_question_isAnsweredFromTheGuideInTheThread() throws Exception {
        var mention = kit.mention("U34", "C34", "<@UBOT> who is hiring backend leads?");
        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(mention.get("ts").asText(), reply.param("thread_ts"));
        assertTrue(reply.allText().contains("Companies Hiring"), reply.allText());
    }

    @Test
    void askCommand_questionWithMarkup_isEscapedAndAnswered() throws Exception {
        HttpResponse<String> ack = kit.command("U35", "C35", "ask <!channel> what skills do I need?");

        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call answer = kit.slack().await(c -> c.method().startsWith("response_url"), 1).get(0);
        String text = answer.allText();
        assertTrue(text.contains("Top Skills for Success"), text);
        assertFalse(text.contains("<!channel>"), "user text cannot ping the channel: " + text);
    }
}
