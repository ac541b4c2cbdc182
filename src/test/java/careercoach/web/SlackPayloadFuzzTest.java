package careercoach.web;

import careercoach.slack.ask.AnswerRenderer;
import careercoach.slack.checklist.ChecklistIds;
import careercoach.slack.coach.CoachRenderer;
import careercoach.slack.guide.GuideFeature;
import careercoach.slack.workflow.WorkflowFeature;
import careercoach.slack.guide.SectionRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of validly signed but randomly damaged slash commands, events, {@code block_actions} and
 * {@code view_submission} payloads (fields missing, of the wrong type, hostile or huge) from a fixed seed, some of
 * them sent again with the same signature (replays, with or without Slack's retry headers): none may get 500, log
 * an error or take longer than Slack's 3 seconds to be acknowledged, and no replay of a command or an interactive
 * payload may be taken. Random HTTP methods and paths get a 4xx and add no metric series.
 */
class SlackPayloadFuzzTest {
    private static final long SEED = 20_251_128L;
    private static final int REQUESTS = 2_500;
    /** Sent after the others, so that adding them changed none of those. */
    private static final int WORKFLOW_REQUESTS = 500;
    private static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> ACTION_IDS = List.of(ChecklistIds.TICK, ChecklistIds.ARCHIVE,
            ChecklistIds.REPOST, ChecklistIds.OPEN, CoachRenderer.ANSWER_ACTION + "STRONG",
            CoachRenderer.ANSWER_ACTION + "NONE", CoachRenderer.SKIP_ACTION, CoachRenderer.BACK_ACTION,
            CoachRenderer.STOP_ACTION, CoachRenderer.RESUME_ACTION, CoachRenderer.START_ACTION,
            CoachRenderer.START_ACTION + "_walk", CoachRenderer.RESTART_ACTION, CoachRenderer.SAVE_PLAN_ACTION,
            CoachRenderer.SHARE_ACTION, CoachRenderer.FORGET_CONFIRM_ACTION, CoachRenderer.FORGET_CANCEL_ACTION,
            AnswerRenderer.FEEDBACK_UP_ACTION, AnswerRenderer.FEEDBACK_DOWN_ACTION,
            AnswerRenderer.DID_YOU_MEAN_ACTION, SectionRenderer.SHARE_ACTION, SectionRenderer.MORE_ACTION,
            SectionRenderer.SHOW_ACTION, SectionRenderer.SHOW_ACTION + "_overview", GuideFeature.ROLE_ACTION,
            WorkflowFeature.START_ACTION, "unknown_action");
    private static final List<String> SUBCOMMANDS = List.of("", "help", "skills", "overview", "role", "ask",
            "check", "check long", "steps walk", "progress", "forget-me", "checklist", "checklist history",
            "checklist save", "checklist <@U2|someone>", "checklist <@U1>", "next-steps", "salary", "nonsense");
    private static final List<String> EVENT_TYPES = List.of("message", "app_mention", "app_home_opened",
            "reaction_added", "member_joined_channel", "app_uninstalled", "tokens_revoked",
            "assistant_thread_started", "assistant_thread_context_changed", "");
    private static final List<String> HOSTILE = List.of("", " ", "%ZZ", "%", "null", "undefined", "0", "-1",
            "99999999999999999999", "1|2|3", "abc|x|y", "a|1|2", "|||", "2024-13-45", "2024-02-30", "<@U2>",
            "<!channel>", "<script>alert(1)</script>", "'; DROP TABLE checklists; --", "\u0000", "\uD83D\uDE80",
            "מנהיגות", "x".repeat(3000), "y".repeat(20_000), "{\"channel\":\"C1\",\"responseUrl\":\"x\"}",
            "{not", "[]", "SKILL_CHECK", "STEPS_WALK", "next-steps/resume-outcomes", "checklist:1:0", "U1", "C1",
            "T0001", "1700000000.000100", "check my skills");

    private final Random random = new Random(SEED);
    private final Random threads = new Random(SEED + 1);

    @Test
    void randomMalformedPayloads_neverGet500_orAnErrorLine_orASlowAck() throws Exception {
        List<String> failures = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        try (SlackTestKit kit = SlackTestKit.start(); LogCapture logs = LogCapture.open()) {
            List<Signed> sent = new ArrayList<>();
            int replays = 0;
            for (int i = 0; i < REQUESTS + WORKFLOW_REQUESTS; i++) {
                boolean replay = !sent.isEmpty() && random.nextInt(8) == 0;
                Signed request = replay ? sent.get(random.nextInt(sent.size()))
                        : sign(kit, i < REQUESTS ? next(kit) : nextForWorkflows(kit));
                Map<String, String> headers = replay && random.nextBoolean()
                        ? Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout") : Map.of();
                long started = System.nanoTime();
                HttpResponse<String> response = kit.post(request.body(), request.contentType(), request.timestamp(),
                        request.signature(), headers);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (!replay) {
                    sent.add(request);
                } else if (request.contentType().equals("application/x-www-form-urlencoded")
                        && response.statusCode() == 200) {
                    replays++;
                    if (!response.body().isEmpty()) {
                        failures.add("replay taken: " + abbreviate(request.body()));
                    }
                }
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != 200 && response.statusCode() != 400) {
                    failures.add(response.statusCode() + " for " + abbreviate(request.body()));
                }
            }
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            assertFalse(kit.slack().calls(c -> c.method().startsWith("functions.complete")).isEmpty(),
                    "the workflow steps were reached and ended");
            List<String> errors = logs.at(Level.ERROR).stream()
                    .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                            : " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage()))
                    .toList();
            assertEquals(List.of(), failures.stream().limit(10).toList(), "statuses " + statuses);
            assertEquals(List.of(), errors.stream().map(e -> e.length() > 200 ? e.substring(0, 200) : e)
                    .distinct().toList());
            assertEquals(List.of(), logs.at(Level.WARN).stream().filter(e -> e.getThrowableProxy() != null)
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage() + " "
                            + e.getThrowableProxy().getClassName()).distinct().toList(),
                    "warnings with a stack trace");
            assertTrue(slowest.compareTo(SLACK_ACK_DEADLINE) < 0, "slowest ack took " + slowest);
            // The fuzzer is only worth its time if it reaches the listeners as well as the parser.
            assertTrue(statuses.getOrDefault(200, 0) > REQUESTS / 3, "statuses " + statuses);
            assertTrue(replays > REQUESTS / 20, replays + " replays of signed forms");
        }
    }

    @Test
    void randomMethodsAndPaths_get4xx_neverA500_andAddNoMetricSeries() throws Exception {
        List<String> paths = List.of("/slack/events", "/healthz", "/readyz", "/metrics", "/", "/x", "/slack/events/x",
                "/%2e%2e/", "/" + "a".repeat(2000));
        List<String> failures = new ArrayList<>();
        try (SlackTestKit kit = SlackTestKit.start(); LogCapture logs = LogCapture.open()) {
            for (int i = 0; i < 300; i++) {
                String method = randomToken();
                String path = pick(paths);
                String response = RawHttp.exchange(kit.app().port(), method + " " + path + " HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n");
                int status = RawHttp.status(response);
                if (status < 400 || status >= 500) {
                    failures.add(status + " for " + method + " " + abbreviate(path));
                }
            }
            String metrics = kit.get("/metrics").body();
            long series = metrics.lines().filter(l -> l.startsWith("http_requests_total{")).count();

            assertEquals(List.of(), failures.stream().limit(10).toList());
            assertTrue(series < 10, metrics);
            assertEquals(List.of(), logs.at(Level.ERROR).stream().map(e -> e.getFormattedMessage()).toList());
        }
    }

    /** An HTTP method as a client may write one: letters and token characters, 1 to 12 of them. */
    private String randomToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~";
        StringBuilder token = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private record Request(String contentType, String body) {
    }

    /** A request as signed and sent, to be sent again as a replay would. */
    private record Signed(String contentType, String body, String timestamp, String signature) {
    }

    private static Signed sign(SlackTestKit kit, Request request) {
        long now = java.time.Instant.now().getEpochSecond();
        return new Signed(request.contentType(), request.body(), String.valueOf(now),
                kit.signer().sign(now, request.body()));
    }

    private Request next(SlackTestKit kit) throws Exception {
        return switch (random.nextInt(5)) {
            case 0 -> new Request("application/x-www-form-urlencoded", command(kit));
            case 1 -> new Request("application/json", JSON.writeValueAsString(mutate(event())));
            case 2 -> form(mutate(blockActions(kit)));
            case 3 -> form(mutate(viewSubmission()));
            default -> raw();
        };
    }

    /** After the others: workflow steps' runs and the clicks inside them. */
    private Request nextForWorkflows(SlackTestKit kit) throws Exception {
        return random.nextBoolean()
                ? new Request("application/json", JSON.writeValueAsString(mutate(functionExecuted())))
                : form(mutate(functionBlockActions(kit)));
    }

    private String command(SlackTestKit kit) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("channel_id", pick(List.of("C1", "D1", "G1", "")));
        form.put("user_id", pick(List.of("U1", "U2", "", "UBOT")));
        form.put("command", pick(List.of("/career", "/career", "/career", "/other")));
        form.put("text", pick(SUBCOMMANDS) + (random.nextBoolean() ? "" : " " + pick(HOSTILE)));
        form.put("response_url", random.nextInt(4) == 0 ? pick(HOSTILE) : kit.slack().responseUrl("fuzz"));
        form.put("trigger_id", "t" + random.nextInt(1000));
        form.entrySet().removeIf(e -> random.nextInt(12) == 0);
        String body = SlackTestKit.formEncode(form);
        return random.nextInt(10) == 0 ? body + "&text=%ZZ" : body;
    }

    private ObjectNode event() {
        ObjectNode envelope = NODES.objectNode();
        envelope.put("token", "legacy");
        envelope.put("team_id", FakeSlackApi.TEAM_ID);
        envelope.put("api_app_id", "A0001");
        envelope.put("type", "event_callback");
        envelope.put("event_id", "Ev" + random.nextInt(1_000_000));
        envelope.put("event_time", 1_700_000_000 + random.nextInt(1000));
        ObjectNode event = envelope.putObject("event");
        event.put("type", pick(EVENT_TYPES));
        event.put("user", pick(List.of("U1", "U2", "UBOT")));
        event.put("channel", pick(List.of("D1", "C1")));
        event.put("channel_type", pick(List.of("im", "channel")));
        event.put("text", pick(HOSTILE));
        event.put("ts", "1700000000.00" + random.nextInt(10_000));
        event.put("tab", pick(List.of("home", "messages")));
        if (random.nextInt(4) == 0) {
            event.put("subtype", pick(List.of("bot_message", "message_changed", "message_deleted")));
        }
        if (event.get("type").asText().startsWith("assistant_thread") || threads.nextInt(6) == 0) {
            // An assistant thread, as in assistant_thread_started / _context_changed; on a message, its thread.
            // Drawn from its own seed, so the other payloads are the ones drawn before assistant threads were.
            ObjectNode thread = event.putObject("assistant_thread");
            thread.put("user_id", threads.nextBoolean() ? "U1" : "U2");
            thread.put("channel_id", threads.nextBoolean() ? "D1" : "D2");
            thread.put("thread_ts", threads.nextBoolean() ? "1700000000.000100" : "1700000000.000200");
            ObjectNode context = thread.putObject("context");
            context.put("channel_id", threads.nextBoolean() ? "C1" : "C2");
            context.put("team_id", FakeSlackApi.TEAM_ID);
            context.putNull("enterprise_id");
            event.put("thread_ts", thread.get("thread_ts").asText());
        }
        return envelope;
    }

    private ObjectNode blockActions(SlackTestKit kit) {
        ObjectNode payload = NODES.objectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", pick(List.of("U1", "U2"))).put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        payload.put("trigger_id", "t1");
        if (random.nextBoolean()) {
            payload.putObject("channel").put("id", "C1");
            payload.putObject("container").put("type", "message").put("channel_id", "C1")
                    .put("message_ts", "1700000000.000100");
            payload.putObject("message").put("ts", "1700000000.000100").putArray("blocks").addObject()
                    .put("type", "section").put("block_id", pick(HOSTILE));
            payload.put("response_url", kit.slack().responseUrl("fuzz"));
        } else {
            payload.putObject("container").put("type", "view").put("view_id", "V1");
            payload.putObject("view").put("id", "V1").put("type", "home").putArray("blocks");
        }
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", pick(ACTION_IDS));
        action.put("block_id", pick(List.of("b1", "checklist:1:0", "coach_share|x", pick(HOSTILE))));
        action.put("type", pick(List.of("button", "checkboxes", "users_select", "static_select")));
        action.put("value", pick(HOSTILE));
        action.put("selected_user", pick(List.of("U1", "U2", "")));
        action.putArray("selected_options").addObject().put("value", pick(HOSTILE));
        action.put("action_ts", "1700000000.00" + random.nextInt(10_000));
        return payload;
    }

    /** A workflow step's run, as Slack sends {@code function_executed}, for one of the app's steps or another. */
    private ObjectNode functionExecuted() {
        ObjectNode envelope = event();
        ObjectNode event = NODES.objectNode();
        envelope.set("event", event);
        event.put("type", "function_executed");
        ObjectNode function = event.putObject("function");
        function.put("id", "Fn1");
        function.put("callback_id", pick(List.of(WorkflowFeature.SHARE_CHECKLIST, WorkflowFeature.ASK_SKILL_CHECK,
                "other_step")));
        function.put("title", "Step");
        function.put("type", "app");
        function.put("app_id", "A0001");
        function.putArray("input_parameters").addObject().put("type", "slack#/types/user_id").put("name", "person")
                .put("is_required", true);
        function.putArray("output_parameters");
        ObjectNode inputs = event.putObject("inputs");
        inputs.put("person", pick(List.of("U1", "U2", pick(HOSTILE))));
        inputs.put("channel", pick(List.of("C1", "G1", pick(HOSTILE))));
        inputs.put("due_date", pick(List.of("2099-01-01", "2000-01-01", pick(HOSTILE))));
        inputs.putObject("manager").put("id", pick(List.of("U1", pick(HOSTILE)))).put("secret", "x");
        inputs.put("extra_items", pick(HOSTILE));
        inputs.put("message", pick(HOSTILE));
        event.put("function_execution_id", "Fx" + random.nextInt(200));
        event.put("workflow_execution_id", "Wx" + random.nextInt(1000));
        event.put("event_ts", "1700000000.000100");
        event.put("bot_access_token", "xwfp-fuzz");
        return envelope;
    }

    /** A click inside a function's interactivity: with {@code function_data} and the function's token. */
    private ObjectNode functionBlockActions(SlackTestKit kit) {
        ObjectNode payload = blockActions(kit);
        ((ObjectNode) payload.get("actions").get(0)).put("action_id", WorkflowFeature.START_ACTION)
                .put("value", "Fx" + random.nextInt(200));
        payload.put("bot_access_token", "xwfp-fuzz");
        ObjectNode data = payload.putObject("function_data");
        data.put("execution_id", "Fx" + random.nextInt(200));
        data.putObject("function").put("callback_id", WorkflowFeature.ASK_SKILL_CHECK);
        data.putObject("inputs").put("person", pick(List.of("U1", "U2")));
        ObjectNode interactivity = payload.putObject("interactivity");
        interactivity.putObject("interactor").put("id", pick(List.of("U1", "U2"))).put("secret", "x");
        interactivity.put("interactivity_pointer", "ip" + random.nextInt(100));
        return payload;
    }

    private ObjectNode viewSubmission() {
        ObjectNode payload = NODES.objectNode();
        payload.put("type", "view_submission");
        payload.putObject("user").put("id", pick(List.of("U1", "U2"))).put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        ObjectNode view = payload.putObject("view");
        view.put("id", "V1");
        view.put("type", "modal");
        view.put("callback_id", pick(List.of(ChecklistIds.SHARE_VIEW, ChecklistIds.SHARE_VIEW, "other")));
        view.put("private_metadata", random.nextBoolean()
                ? "{\"channel\":\"C1\",\"responseUrl\":\"http://127.0.0.1:1/response/x\"}" : pick(HOSTILE));
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject(ChecklistIds.PERSON_BLOCK).putObject(ChecklistIds.PERSON_ACTION)
                .put("type", "users_select").put("selected_user", pick(List.of("U2", "U1", pick(HOSTILE))));
        ArrayNode options = values.putObject(ChecklistIds.STEPS_BLOCK + "_0").putObject(ChecklistIds.PICK_ACTION)
                .put("type", "checkboxes").putArray("selected_options");
        options.addObject().put("value", pick(List.of("next-steps/resume-outcomes", pick(HOSTILE))));
        values.putObject(ChecklistIds.CUSTOM_BLOCK).putObject(ChecklistIds.CUSTOM_ACTION)
                .put("type", "plain_text_input").put("value", pick(HOSTILE));
        values.putObject(ChecklistIds.DUE_BLOCK).putObject(ChecklistIds.DUE_ACTION).put("type", "datepicker")
                .put("selected_date", pick(List.of("2099-01-01", "2000-01-01", pick(HOSTILE))));
        return payload;
    }

    /** Bodies that are not the shape of any payload. */
    private Request raw() {
        String junk = pick(HOSTILE);
        return switch (random.nextInt(6)) {
            case 0 -> new Request("application/json", "[" + random.nextInt() + "]");
            case 1 -> new Request("application/json", junk);
            case 2 -> new Request("application/x-www-form-urlencoded", "payload=" + junk);
            case 3 -> new Request("application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(
                    "{\"type\":\"" + pick(List.of("block_actions", "view_submission", "event_callback",
                            "shortcut", "message_action", "block_suggestion", "view_closed", "url_verification"))
                            + "\"}", StandardCharsets.UTF_8));
            case 4 -> new Request("text/plain", junk);
            default -> new Request("application/json", "{\"type\":\"url_verification\",\"challenge\":"
                    + JSON.valueToTree(junk) + "}");
        };
    }

    /** Removes, retypes or replaces a few fields anywhere in the tree. */
    private ObjectNode mutate(ObjectNode root) {
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                continue;
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> target.remove(name);
                case 1 -> target.set(name, randomValue(2));
                default -> target.put(name, pick(HOSTILE));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), objects);
        }
    }

    private JsonNode randomValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(5) == 0 ? Long.MAX_VALUE : random.nextInt(100) - 50);
            case 3 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 4 -> NODES.textNode(pick(HOSTILE));
            case 5 -> {
                ObjectNode object = NODES.objectNode();
                object.set(pick(List.of("id", "value", "type", "text")), randomValue(depth - 1));
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                array.add(randomValue(depth - 1));
                yield array;
            }
        };
    }

    private Request form(ObjectNode payload) throws Exception {
        return new Request("application/x-www-form-urlencoded",
                "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
