package careercoach;

import careercoach.checklist.Checklist;
import careercoach.coach.Conversation;
import careercoach.store.Database;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.Readiness;
import careercoach.testkit.SlackSigner;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as shipped ({@code careercoach.Main}, embedded H2 under {@code ./data}) in a child JVM, killed with
 * SIGKILL right after each kind of state change was acknowledged: every change must be there after a restart.
 */
class KillNineDurabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The start-up line, in the JSON log (which writes "/" as "\\/"). */
    private static final Pattern SERVING = Pattern.compile("serving Slack on http:[^:]+:(\\d+)");
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String USER = "U1";
    private static final String MANAGER = "UMANAGER";
    private static final String PERSON = "UPERSON";

    @TempDir
    Path workDir;
    private FakeSlackApi slack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackSigner signer = new SlackSigner(SlackTestKit.SIGNING_SECRET);
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void startSlack() {
        slack = new FakeSlackApi();
    }

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    /** A running child server. */
    private record Child(Process process, int port) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killNine_rightAfterEachKindOfStateChange_theChangeIsThereAfterRestart() throws Exception {
        // Answer: the click is acknowledged, then the process dies.
        Child child = startChild();
        command(child, USER, "C1", "check");
        var question = slack.await(c -> c.method().equals("chat.postMessage")
                && ("D" + USER).equals(c.param("channel")), 1).get(0);
        String firstValue = buttonValue(question, "coach_answer_NEW_TO_IT");
        assertEquals(200, blockAction(child, USER, "D" + USER, "coach_answer_NEW_TO_IT", firstValue).statusCode());
        kill(child);
        String conversationId = firstValue.split("\\|")[0];
        Conversation afterAnswer = inStore(s -> s.conversations().find(conversationId)).orElseThrow();
        assertEquals(1, afterAnswer.step(), "the acknowledged answer survived kill -9");

        // Save: the rest of the check, then "Save as my checklist", then the process dies.
        slack.reset();
        child = startChild();
        String value = afterAnswer.id() + "|" + afterAnswer.step() + "|" + afterAnswer.version();
        for (int updates = 1; value != null; updates++) {
            assertEquals(200, blockAction(child, USER, "D" + USER, "coach_answer_PRACTISED", value).statusCode());
            List<FakeSlackApi.Call> shown = slack.await("chat.update", updates);
            value = buttonValueOrNull(shown.get(shown.size() - 1), "coach_answer_PRACTISED");
        }
        assertEquals(200, blockAction(child, USER, "D" + USER, "coach_save_plan", conversationId).statusCode());
        kill(child);
        assertTrue(inStore(s -> s.savedPlans().latest(TEAM, USER)).isPresent(), "the saved plan survived");
        assertEquals(1, inStore(s -> s.checklists().involving(TEAM, USER)).size(), "its checklist survived");

        // Share: a checklist for a person, due today, submitted; the process dies right after the ack.
        slack.reset();
        child = startChild();
        assertEquals(200, shareChecklist(child).statusCode());
        // And a question in the DM: its delivery is marked handled before the ack.
        String eventId = "EvKILL" + ids.incrementAndGet();
        assertEquals(200, directMessage(child, eventId, USER, "what does a lead earn").statusCode());
        kill(child);
        List<Checklist> shared = inStore(s -> s.checklists().involving(TEAM, PERSON));
        assertEquals(1, shared.size(), "the shared checklist survived");
        boolean handledAgain = inStore(s -> s.processedEvents().claim("event:" + eventId));
        assertFalse(handledAgain, "the handled delivery survived: Slack's retry of it is not answered again");
        long checklistId = shared.get(0).id();

        // Reminder claim and tick: a new start sends the due reminder at once; while its DM is on the way the
        // person ticks the item in the App Home, and the process dies right after that ack.
        slack.reset();
        // Due today, and the person is in the zone furthest ahead: their 09:00 on that day has passed whatever the
        // time here, so the reminder is due as soon as the app starts.
        slack.timeZone(PERSON, "Pacific/Kiritimati");
        CountDownLatch reminderHeld = slack.hold("chat.postMessage");
        child = startChild();
        slack.await("chat.postMessage", 1);
        String itemId = shared.get(0).items().get(0).id();
        assertEquals(200, tickFromHome(child, checklistId, itemId).statusCode());
        kill(child);
        reminderHeld.countDown();
        assertFalse(inStore(s -> s.checklists().dueForReminder(LocalDate.now(ZoneOffset.UTC))).contains(checklistId),
                "the reminder's claim survived: it is not sent twice");
        assertTrue(inStore(s -> s.checklists().find(checklistId)).orElseThrow().items().get(0).done(),
                "the tick survived");
    }

    private Child startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The shipped logging configuration, not the tests' quiet one: the test reads the child's start-up line.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "careercoach.Main", "serve")
                .directory(workDir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("DATABASE_URL");
        env.put("SLACK_BOT_TOKEN", SlackTestKit.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SlackTestKit.SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", "0");
        env.put("INDEX_DATA", Path.of("index-data").toAbsolutePath().toString());
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        port.complete(Integer.parseInt(serving.group(1)));
                    }
                }
            } catch (Exception ignored) {
                // the child was killed
            }
            port.completeExceptionally(new IllegalStateException("the child ended before serving"));
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        Child child = new Child(process, port.get(60, TimeUnit.SECONDS));
        Readiness.await(http, URI.create("http://127.0.0.1:" + child.port() + "/readyz"), Duration.ofSeconds(60));
        return child;
    }

    private static void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly();
        assertTrue(child.process().waitFor(30, TimeUnit.SECONDS), "the child died");
    }

    /** Opens the data the killed child left, as a restarted app would, and reads from it. */
    private <T> T inStore(Function<Stores, T> read) {
        try (Database database = Database.open("jdbc:h2:file:" + workDir.resolve("data/career-coach")
                .toAbsolutePath() + Database.H2_SETTINGS)) {
            return read.apply(Stores.database(database, Clock.systemUTC()));
        }
    }

    private static String buttonValue(FakeSlackApi.Call message, String actionId) {
        String value = buttonValueOrNull(message, actionId);
        if (value == null) {
            throw new AssertionError("no " + actionId + " in " + message.blocks());
        }
        return value;
    }

    /** The value of a message's button, as the user would click it; null when the message has none. */
    private static String buttonValueOrNull(FakeSlackApi.Call message, String actionId) {
        for (var elements : message.blocks().findValues("elements")) {
            for (var element : elements) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        return null;
    }

    private HttpResponse<String> command(Child child, String userId, String channelId, String text)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", TEAM);
        form.put("channel_id", channelId);
        form.put("user_id", userId);
        form.put("command", "/career");
        form.put("text", text);
        form.put("api_app_id", "A0001");
        form.put("response_url", slack.responseUrl("cmd-" + ids.incrementAndGet()));
        form.put("trigger_id", "trigger-" + ids.incrementAndGet());
        return post(child, SlackTestKit.formEncode(form));
    }

    private ObjectNode interaction(String type, String userId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", TEAM);
        payload.putObject("team").put("id", TEAM).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
        return payload;
    }

    private HttpResponse<String> blockAction(Child child, String userId, String channelId, String actionId,
                                             String value) throws Exception {
        ObjectNode payload = interaction("block_actions", userId);
        payload.putObject("channel").put("id", channelId).put("name", "dm");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", channelId);
        payload.put("response_url", slack.responseUrl("action-" + ids.incrementAndGet()));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId).put("block_id", "b1").put("type", "button").put("value", value)
                .put("action_ts", Instant.now().getEpochSecond() + ".00000" + ids.incrementAndGet());
        return postPayload(child, payload);
    }

    private HttpResponse<String> shareChecklist(Child child) throws Exception {
        // The form shares only for someone in the channel, as Slack lists its members.
        slack.members("CTEAM", MANAGER, PERSON);
        ObjectNode payload = interaction("view_submission", MANAGER);
        ObjectNode view = payload.putObject("view");
        view.put("id", "VSHARE").put("type", "modal").put("callback_id", "checklist_share");
        view.put("private_metadata", "{\"channel\":\"CTEAM\",\"responseUrl\":\"" + slack.responseUrl("share") + "\"}");
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("person").putObject("person_select").put("type", "users_select")
                .put("selected_user", PERSON);
        values.putObject("custom").putObject("custom_text").put("type", "plain_text_input")
                .put("value", "Shadow an on-call week");
        values.putObject("due").putObject("due_date").put("type", "datepicker")
                .put("selected_date", LocalDate.now(ZoneOffset.UTC).toString());
        return postPayload(child, payload);
    }

    private HttpResponse<String> tickFromHome(Child child, long checklistId, String itemId) throws Exception {
        ObjectNode payload = interaction("block_actions", PERSON);
        payload.putObject("container").put("type", "view").put("view_id", "VHOME");
        payload.putObject("view").put("id", "VHOME").put("type", "home").putArray("blocks");
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes").put("action_id", "checklist_tick")
                .put("block_id", "checklist:" + checklistId + ":0")
                .put("action_ts", Instant.now().getEpochSecond() + ".000001");
        ArrayNode selected = action.putArray("selected_options");
        selected.addObject().put("value", itemId);
        return postPayload(child, payload);
    }

    private HttpResponse<String> postPayload(Child child, ObjectNode payload) throws Exception {
        return post(child, "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8));
    }

    private HttpResponse<String> directMessage(Child child, String eventId, String userId, String text)
            throws Exception {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("token", "legacy").put("team_id", TEAM).put("api_app_id", "A0001").put("type", "event_callback")
                .put("event_id", eventId).put("event_time", Instant.now().getEpochSecond());
        String ts = Instant.now().getEpochSecond() + ".00000" + ids.incrementAndGet();
        envelope.putObject("event").put("type", "message").put("channel", "D" + userId).put("channel_type", "im")
                .put("user", userId).put("text", text).put("ts", ts).put("event_ts", ts);
        return post(child, JSON.writeValueAsString(envelope), "application/json");
    }

    private HttpResponse<String> post(Child child, String body) throws Exception {
        return post(child, body, "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> post(Child child, String body, String contentType) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port() + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
