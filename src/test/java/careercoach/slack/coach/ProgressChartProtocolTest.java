package careercoach.slack.coach;

import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The progress chart through signed Slack requests: after a finished skill check and with {@code /career progress},
 * uploaded to the person's DM the way Slack asks (upload URL, the bytes, complete into the DM) and shown by an image
 * block that refers to the file, its values in words as alt text; never in a channel; a failed upload leaves the
 * text plan as it is.
 */
class ProgressChartProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String[] RATINGS = {"NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT",
            "PRACTISED"};

    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass();

    private static FakeSlackApi slack() {
        return KIT.slack();
    }

    private static boolean isDm(FakeSlackApi.Call c, String user) {
        return ("D" + user).equals(c.param("channel"));
    }

    private static boolean isChart(FakeSlackApi.Call c) {
        return c.method().equals("files.completeUploadExternal");
    }

    /** Messages of the conversation itself in the DM (not the chart), as the user sees them. */
    private static List<FakeSlackApi.Call> conversationMessages(String user, int count) {
        return slack().await(c -> (c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                && isDm(c, user) && !isChart(c), count);
    }

    /** Runs a whole skill check through its buttons; returns the result message's blocks. */
    private static JsonNode finishCheck(String user, String... ratings) throws Exception {
        int before = conversationMessages(user, 0).size();
        assertEquals(200, KIT.command(user, "C1", "check").statusCode());
        JsonNode message = conversationMessages(user, before + 1).get(before).blocks();
        for (int i = 0; i < ratings.length; i++) {
            String action = "coach_answer_" + ratings[i];
            assertEquals(200, KIT.blockAction(user, "D" + user, action, Buttons.value(message, action)).statusCode());
            List<FakeSlackApi.Call> messages = conversationMessages(user, before + i + 2);
            message = messages.get(messages.size() - 1).blocks();
        }
        return message;
    }

    @Test
    void finishedCheck_sharesAPngInTheDmOnce_withTheValuesInWordsAsItsAltText() throws Exception {
        JsonNode result = finishCheck("U1", RATINGS);

        assertTrue(result.toString().contains("Strengths"), result.toString());
        FakeSlackApi.Call getUrl = slack().await("files.getUploadURLExternal", 1).get(0);
        FakeSlackApi.Call complete = slack().await("files.completeUploadExternal", 1).get(0);
        List<FakeSlackApi.Upload> uploads = slack().uploads();
        assertEquals(1, uploads.size());
        FakeSlackApi.Upload upload = uploads.get(0);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(upload.bytes(), 8));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(upload.bytes())), "the bytes are a readable PNG");
        assertEquals(String.valueOf(upload.bytes().length), getUrl.param("length"));
        assertEquals("skill-ratings.png", getUrl.param("filename"));
        assertNull(upload.authorization(), "the token never goes to the upload URL");

        assertEquals("DU1", complete.param("channel_id"));
        JsonNode files = JSON.readTree(complete.param("files"));
        assertEquals(upload.fileId(), files.get(0).path("id").asText());
        assertEquals("Your skill ratings now.", complete.param("initial_comment"));
        String alt = getUrl.param("alt_txt");
        assertTrue(alt.startsWith("Skill ratings now."), alt);
        assertTrue(alt.contains(": could teach it"), alt);
        assertTrue(alt.contains(": new to it"), alt);
        assertTrue(slack().calls(c -> c.method().startsWith("chat.") && c.blocks().toString().contains("\"image\""))
                .isEmpty(), "the chart is shared once, not shown again in an image block");

        // The text plan came first; nothing went to a channel.
        List<FakeSlackApi.Call> calls = slack().botCalls();
        int resultIndex = -1;
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).method().equals("chat.update") && calls.get(i).allText().contains("Strengths")) {
                resultIndex = i;
            }
        }
        assertTrue(resultIndex >= 0 && resultIndex < calls.indexOf(getUrl), calls.toString());
        assertTrue(slack().calls(c -> c.method().startsWith("chat.") && "C1".equals(c.param("channel"))).isEmpty());
    }

    @Test
    void secondCheck_chartComparesWithThePreviousCheck() throws Exception {
        finishCheck("U2", RATINGS);
        slack().await(ProgressChartProtocolTest::isChart, 1);
        finishCheck("U2", "PRACTISED", "PRACTISED", "PRACTISED", "PRACTISED", "PRACTISED", "PRACTISED");

        List<FakeSlackApi.Call> charts = slack().await(ProgressChartProtocolTest::isChart, 2);
        assertEquals("Your skill ratings: now and at your previous check.", charts.get(1).param("initial_comment"));
        String alt = slack().await("files.getUploadURLExternal", 2).get(1).param("alt_txt");
        assertTrue(alt.startsWith("Skill ratings now and at the previous check."), alt);
        assertTrue(alt.contains("practised it, was new to it"), alt);
        assertTrue(alt.contains("practised it (unchanged)"), alt);
        assertEquals(2, slack().uploads().size());
    }

    @Test
    void progressCommandInAChannel_answersPrivatelyAndSendsTheChartToTheDmOnly() throws Exception {
        HttpResponse<String> none = KIT.command("U3", "C7", "progress");
        assertTrue(none.body().contains("not finished a skill check"), none.body());
        finishCheck("U3", RATINGS);
        slack().await(ProgressChartProtocolTest::isChart, 1);
        slack().reset();

        HttpResponse<String> ack = KIT.command("U3", "C7", "progress");

        assertTrue(ack.body().contains("ephemeral"), ack.body());
        assertTrue(ack.body().contains("on its way to our direct messages"), ack.body());
        FakeSlackApi.Call chart = slack().await(ProgressChartProtocolTest::isChart, 1).get(0);
        assertEquals("DU3", chart.param("channel_id"));
        assertTrue(slack().calls(c -> "C7".equals(c.param("channel")) || "C7".equals(c.param("channel_id"))
                || "C7".equals(c.param("channels"))).isEmpty(), slack().calls().toString());
    }

    @Test
    void failedUpload_stillPostsTheTextPlanAndNoPicture() throws Exception {
        slack().errorNext("files.getUploadURLExternal", "internal_error");
        JsonNode result = finishCheck("U4", RATINGS);
        assertTrue(result.toString().contains("Strengths"), result.toString());
        slack().await("files.getUploadURLExternal", 1);

        slack().uploadStatus(500);
        HttpResponse<String> ack = KIT.command("U4", "C1", "progress");
        assertTrue(ack.body().contains("Your progress"), ack.body());
        slack().await(c -> c.method().equals("files.getUploadURLExternal"), 2);
        long deadline = System.currentTimeMillis() + 5_000;
        while (slack().uploads().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, slack().uploads().size());
        Thread.sleep(300);

        assertTrue(slack().calls("files.completeUploadExternal").isEmpty());
        assertTrue(slack().calls(ProgressChartProtocolTest::isChart).isEmpty());
    }
}
