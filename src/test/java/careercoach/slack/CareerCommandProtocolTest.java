package careercoach.slack;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.slack.ask.AnswerRenderer;
import careercoach.slack.guide.GuideFeature;
import careercoach.slack.guide.SectionRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /career} through the front door: signed commands, acks and what the bot sends afterwards. */
class CareerCommandProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();
    private static Guide guide;

    @BeforeAll
    static void loadGuide() throws Exception {
        guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skills", "responsibilities", "gaps", "steps", "path", "salary", "companies", "SKILLS"})
    void sectionSubcommand_answersEphemerallyWithTheGuideSection(String subcommand) throws Exception {
        String sectionId = GuideFeature.SECTION_COMMANDS.get(subcommand.toLowerCase());

        JsonNode body = ack(kit.command("U1", "C1", subcommand));

        assertEquals("ephemeral", body.get("response_type").asText());
        JsonNode blocks = body.get("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals(guide.section(sectionId).orElseThrow().title(), blocks.get(0).at("/text/text").asText());
        assertTrue(blocks.toString().contains(guide.title()), "names the guide");
        String firstItem = guide.section(sectionId).orElseThrow().allItems().get(0).label();
        assertTrue(blocks.toString().contains(Mrkdwn.escape(firstItem).substring(0, Math.min(20, firstItem.length()))), "shows guide content");
        assertTrue(blocks.toString().contains(SectionRenderer.SHARE_ACTION), "offers sharing");
        assertTrue(blocks.size() <= Mrkdwn.MAX_MESSAGE_BLOCKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "help", "  HELP ", "frobnicate"})
    void help_listsEverySubcommandOfferedToThePerson(String text) throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", text));

        assertEquals("ephemeral", body.get("response_type").asText());
        for (Subcommand subcommand : kit.app().bot().commands().subcommandsFor(FakeSlackApi.TEAM_ID, "U1", guide)) {
            assertTrue(body.toString().contains("/career " + Mrkdwn.escape(subcommand.usage())), subcommand.name());
        }
        assertFalse(body.toString().contains("/career report"), "for guide authors only");
    }

    @Test
    void help_unknownWord_saysSoAndHowToAsk() throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", "frobnicate"));

        assertTrue(body.toString().contains("I don't know `/career frobnicate`"), body.toString());
    }

    @Test
    void role_withoutGuide_listsTheGuides() throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", "role"));

        assertEquals("ephemeral", body.get("response_type").asText());
        assertTrue(body.toString().contains(guide.title()));
    }

    @Test
    void role_listsEachGuideByItsTitle_notItsIdAsText() throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", "role"));

        String shown = body.path("blocks").findValues("text").toString();
        assertTrue(shown.contains(guide.title()), shown);
        assertFalse(shown.contains(guide.id()), shown);
    }

    @Test
    void role_withGuideId_remembersTheChoice() throws Exception {
        JsonNode body = ack(kit.command("U7", "C1", "role " + guide.id()));

        assertTrue(body.get("text").asText().contains(guide.title()));
        assertEquals(Optional.of(guide.id()), kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U7"));
    }

    @Test
    void role_unknownGuide_listsTheGuidesWithoutChoosing() throws Exception {
        JsonNode body = ack(kit.command("U8", "C1", "role astronaut"));

        assertTrue(body.toString().contains("No single guide matches"));
        assertEquals(Optional.empty(), kit.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U8"));
    }

    @Test
    void ask_answersThroughResponseUrlAfterTheAck() throws Exception {
        HttpResponse<String> response = kit.command("U1", "C1", "ask what skills does a lead need?");

        assertEquals(200, response.statusCode());
        FakeSlackApi.Call answer = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", answer.param("response_type"));
        assertTrue(answer.allText().contains("You asked"), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask", " ASK  "})
    void ask_withoutAQuestion_answersWithOneLineOfUsage(String text) throws Exception {
        JsonNode body = ack(kit.command("U1", "C1", text));

        assertEquals("ephemeral", body.get("response_type").asText());
        String shown = body.path("text").asText();
        assertTrue(shown.contains("/career ask"), body.toString());
        assertFalse(shown.contains("\n"), "one line: " + shown);
        assertTrue(body.path("blocks").isMissingNode() || body.path("blocks").isEmpty(), "not the help: " + body);
    }

    @Test
    void freeText_isAQuestion() throws Exception {
        kit.command("U1", "C1", "how do I become a lead");

        FakeSlackApi.Call answer = kit.slack().await("response_url", 1).get(0);
        assertTrue(answer.allText().contains("how do I become a lead"), answer.toString());
    }

    @Test
    void ask_escapesTheEchoedQuestion() throws Exception {
        kit.command("U1", "C1", "ask <!channel> & <https://evil.example|click> me?");

        FakeSlackApi.Call answer = kit.slack().await("response_url", 1).get(0);
        String sent = answer.allText();
        assertFalse(sent.contains("<!channel>"), sent);
        assertFalse(sent.contains("<https://evil.example"), sent);
        assertTrue(sent.contains("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;"), sent);
    }

    @Test
    void shareButton_postsTheSectionVisiblyInTheChannel() throws Exception {
        kit.blockAction("U1", "C42", SectionRenderer.SHARE_ACTION, guide.id() + "|top-skills");

        FakeSlackApi.Call post = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("C42", post.param("channel"));
        assertTrue(post.allText().contains("Shared by <@U1>"), post.allText());
        assertFalse(post.allText().contains(SectionRenderer.SHARE_ACTION), "no share button on the shared copy");
    }

    @Test
    void shareButton_pressedTwice_postsTheSectionOnce() throws Exception {
        kit.pressTwice("U1", "C46", SectionRenderer.SHARE_ACTION, guide.id() + "|top-skills");

        assertEquals(1, kit.settledCalls("chat.postMessage", 1).size());
        assertTrue(kit.slack().await(c -> c.method().equals("response_url")
                && "You shared this here already.".equals(c.param("text")), 1).size() == 1, "the second press is told");
    }

    @Test
    void shareButton_botNotInChannel_tellsTheUserHowToFixIt() throws Exception {
        kit.slack().errorNext("chat.postMessage", "not_in_channel");

        kit.blockAction("U1", "C43", SectionRenderer.SHARE_ACTION, guide.id() + "|top-skills");

        FakeSlackApi.Call message = kit.slack().await("response_url", 1).get(0);
        assertEquals("ephemeral", message.param("response_type"));
        assertEquals(ShareRefusals.NOT_IN_CHANNEL, message.param("text"), "as for every share: " + message);
    }

    @Test
    void shareButton_rateLimited_retriesAfterTheWaitSlackAsks() throws Exception {
        kit.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "1"),
                "{\"ok\":false,\"error\":\"ratelimited\"}");

        kit.blockAction("U1", "C44", SectionRenderer.SHARE_ACTION, guide.id() + "|next-steps");

        List<FakeSlackApi.Call> posts = kit.slack().await("chat.postMessage", 2);
        assertEquals("C44", posts.get(1).param("channel"));
        assertTrue(kit.slack().calls("response_url").isEmpty(), "no error shown after a successful retry");
    }

    @Test
    void shareButton_serverErrors_areRetriedThenReported() throws Exception {
        for (int i = 0; i < 4; i++) {
            kit.slack().failNext("chat.postMessage", 503, Map.of(), "{\"ok\":false}");
        }

        kit.blockAction("U1", "C45", SectionRenderer.SHARE_ACTION, guide.id() + "|next-steps");

        FakeSlackApi.Call message = kit.slack().await("response_url", 1).get(0);
        assertEquals(4, kit.slack().calls("chat.postMessage").size());
        assertTrue(message.param("text").contains("Sharing failed"), message.toString());
    }

    @Test
    void showSectionButton_fromAppHome_sendsTheSectionByDirectMessage() throws Exception {
        kit.blockAction("U9", null, SectionRenderer.SHOW_ACTION + "_home_top-skills", guide.id() + "|top-skills");

        FakeSlackApi.Call post = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals("U9", post.param("channel"));
    }

    /**
     * The buttons that only show something, each with who presses it where and what it sends: pressed twice in a
     * row, each shows it once. In a value, {@code {guide}} stands for the guide's id.
     */
    static Stream<Arguments> buttonsThatShow() {
        return Stream.of(
                Arguments.of("show section", "U1", "C47", SectionRenderer.SHOW_ACTION, "{guide}|top-skills",
                        "response_url"),
                Arguments.of("show section from App Home, by DM", "U10", null,
                        SectionRenderer.SHOW_ACTION + "_home_top-skills", "{guide}|top-skills", "chat.postMessage"),
                Arguments.of("show more", "U1", "C49", SectionRenderer.MORE_ACTION, "{guide}|top-skills|3",
                        "response_url"),
                Arguments.of("did you mean", "U1", "C50", AnswerRenderer.DID_YOU_MEAN_ACTION,
                        "what skills does a lead need?", "response_url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buttonsThatShow")
    void buttonThatShows_pressedTwice_showsItOnce(String button, String userId, String channelId, String actionId,
                                                  String value, String method) throws Exception {
        kit.pressTwice(userId, channelId, actionId, value.replace("{guide}", guide.id()));

        List<FakeSlackApi.Call> sent = kit.settledCalls(method, 1);
        assertEquals(1, sent.size(), sent.toString());
    }

    @Test
    void showSectionButton_otherSectionOfTheSameMessage_isShownToo() throws Exception {
        kit.blockAction("U1", "C48", SectionRenderer.SHOW_ACTION, guide.id() + "|top-skills");
        kit.blockAction("U1", "C48", SectionRenderer.SHOW_ACTION, guide.id() + "|next-steps");

        assertEquals(2, kit.settledCalls("response_url", 2).size());
    }
}
