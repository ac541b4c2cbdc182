package careercoach.slack.ask;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.slack.Mrkdwn;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions answered from the shipped guide through the real search: DMs, mentions and /career ask. */
class AnswerProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();
    private static Guide guide;

    @BeforeAll
    static void loadGuide() throws Exception {
        guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
    }

    @Test
    void directMessage_guideQuestion_getsTheBestSectionWithGuideAndFeedback() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U20", "what skills does a backend lead need?"), 0);

        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        String sent = reply.allText();
        assertTrue(sent.contains("From *" + Mrkdwn.escape(guide.title()) + "*"), sent);
        assertTrue(sent.contains(AnswerRenderer.FEEDBACK_UP_ACTION), sent);
        assertTrue(sent.contains(AnswerRenderer.FEEDBACK_DOWN_ACTION), sent);
        assertTrue(guide.sections().stream().anyMatch(s -> sent.contains("*" + Mrkdwn.escape(s.title()) + "*")),
                "names a guide section: " + sent);
    }

    @Test
    void directMessage_textSlackAlreadyEscaped_isEscapedOnceWhenEchoed() throws Exception {
        // As Slack delivers "how does a lead grow <!channel> & stay calm": its three entities already escaped.
        kit.event(kit.newEventId(), kit.directMessage("U22",
                "how does a lead grow &lt;!channel&gt; &amp; stay calm"), 0);

        String sent = kit.slack().await("chat.postMessage", 1).get(0).blocks().toString();
        assertTrue(sent.contains("grow &lt;!channel&gt; &amp; stay calm"), sent);
        assertFalse(sent.contains("&amp;lt;") || sent.contains("&amp;amp;"), sent);
    }

    @Test
    void directMessage_pastedAtLength_isSaidToBeTooLong_notAnsweredFromItsFirstLines() throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<String> words = List.of("salary", "lead", "team", "skills", "career", "weather", "garden", "kafka",
                "growth", "river", "promotion", "window", "interview", "yellow", "engineer", "music", "budget");
        String pasted = java.util.stream.IntStream.range(0, 4000)
                .mapToObj(i -> words.get(random.nextInt(words.size()))).collect(Collectors.joining(" "));
        kit.event(kit.newEventId(), kit.directMessage("U25", pasted), 0);
        kit.event(kit.newEventId(), kit.directMessage("U25", "lead ".repeat(1000)), 0);

        for (FakeSlackApi.Call reply : kit.slack().await("chat.postMessage", 2)) {
            String sent = reply.allText();
            assertTrue(sent.contains("That is too long for me to answer well: I read questions of up to 500"
                    + " characters"), sent);
            assertFalse(sent.contains(AnswerRenderer.FEEDBACK_UP_ACTION), sent);
            assertFalse(sent.contains("From *"), sent);
        }
    }

    @Test
    void directMessage_formattingCharacters_areEchoedAsTyped_notAsFormatting() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U26", "how does a *backend* lead grow _fast_"), 0);

        String sent = kit.slack().await("chat.postMessage", 1).get(0).blocks().toString();
        assertTrue(sent.contains("You asked: _how does a \u2217backend\u2217 lead grow \u02CDfast\u02CD_")
                || sent.contains("You asked: _how does a ∗backend∗ lead grow ˍfastˍ_"), sent);
    }

    @Test
    void directMessage_invisibleCharacters_areNotEchoed() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U23", "how does a lead\u202E grow\u200B\u0000 fast"), 0);

        String sent = kit.slack().await("chat.postMessage", 1).get(0).blocks().toString();
        assertTrue(sent.contains("how does a lead grow fast"), sent);
    }

    @Test
    void directMessage_outOfScope_saysHonestlyAndOffersWhatItCanDo() throws Exception {
        String sent = kit.firstReplyTo("U21", "what is the best pizza topping in Naples?");

        assertTrue(sent.contains("I don't have that in the career guides"), sent);
        assertTrue(sent.contains("/career skills"), sent);
        assertFalse(sent.contains(AnswerRenderer.FEEDBACK_UP_ACTION), sent);
    }

    @Test
    void directMessage_thanks_getsAShortReplyNotARefusal() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U24", "Thanks!"), 0);
        kit.event(kit.newEventId(), kit.directMessage("U24", "ok thank you"), 0);

        for (FakeSlackApi.Call reply : kit.slack().await("chat.postMessage", 2)) {
            String sent = reply.allText();
            assertTrue(sent.contains("Glad to help"), sent);
            assertFalse(sent.contains("I don't have that"), sent);
            assertFalse(sent.contains("/career skills"), sent);
        }
    }

    @Test
    void mention_guideQuestion_isAnsweredInTheThread() throws Exception {
        ObjectNode mention = kit.mention("U22", "C30", "what are the recommended next steps?");

        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(mention.get("ts").asText(), reply.param("thread_ts"));
        assertTrue(reply.allText().contains("From *" + Mrkdwn.escape(guide.title()) + "*"), reply.allText());
    }

    @Test
    void ask_guideQuestion_answersPrivately() throws Exception {
        kit.command("U23", "C31", "ask what salary can I expect?");

        FakeSlackApi.Call reply = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", reply.param("response_type"));
        assertTrue(reply.allText().contains("From *" + Mrkdwn.escape(guide.title()) + "*"), reply.allText());
    }

    @Test
    void directMessage_typo_offersDidYouMeanAndStillAnswers() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U33", "sallary"), 0);
        FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);

        String text = reply.allText();
        assertTrue(text.contains("Did you mean _salary_"), text);
        assertTrue(text.contains("Salary &amp; Demand") || text.contains("Salary & Demand"), text);
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
