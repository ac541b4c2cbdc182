package careercoach.bench;

import careercoach.testkit.SlackSigner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Slack requests a benchmark sends one bot, signed as Slack signs them. The same sequence goes to both bots;
 * only what comes back from the bot (button values, message timestamps) differs.
 * <p>
 * The mix, per 20 requests:
 * <ul>
 *   <li>8 slash commands: {@code /career skills|steps|path|salary|gaps};</li>
 *   <li>5 DM questions ({@code message.im} events; this bot searches the guides, the peer matches keywords);</li>
 *   <li>5 skill-check clicks: a user of a pool of 200 answers the question on their latest check message, read
 *   from the fake Web API; a user with none starts one with {@code /career check}; a user whose last click is
 *   not answered yet (within 5 s) sends {@code /career skills} instead (counted as "click fallback");</li>
 *   <li>2 checklist ticks on checklists shared at setup (this bot only; the peer has no checklists and gets the
 *   same slot as {@code /career checklist}, which it answers with its help text).</li>
 * </ul>
 */
final class Workloads {
    enum Kind { COMMAND, DM_QUESTION, CHECK_CLICK, CHECK_START, CLICK_FALLBACK, CHECKLIST_TICK, CHECKLIST_COMMAND }

    static final int CHECK_USERS = 200;
    static final int CHECKLISTS = 20;
    private static final String[] SECTIONS = {"skills", "steps", "path", "salary", "gaps", "skills", "steps",
        "salary"};
    private static final String[] QUESTIONS = {
        "how much does a backend lead earn",
        "what skills do I need to become a lead",
        "how do I prepare for the next step",
        "what should I learn about observability",
        "how do I get better at system design",
        "what does the career path look like",
        "how can I lead through influence",
    };
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PENDING_TIMEOUT_NANOS = 5_000_000_000L;

    /** Each DM question made different from every other, so the bot's cache of question vectors never hits. */
    static volatile boolean distinctQuestions;

    private final String bot;
    private final boolean hasChecklists;
    private final SlackSigner signer;
    private final BenchSlackApi slack;
    private final String path;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong clicks = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    /** A user whose click is on its way: when it was sent, and the message it was made on. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Kind, LongAdder> sent = new EnumMap<>(Kind.class);
    private final Map<String, Queue<Long>> questionTimes = new ConcurrentHashMap<>();

    /** DM questions of a step: how many got an answer, and the time from sending to the answer's post (sorted). */
    record Answers(long asked, long answered, long[] latencies) {
    }

    private record Pending(long sentAt, BenchSlackApi.CheckMessage on) {
    }

    Workloads(String bot, boolean hasChecklists, SlackSigner signer, BenchSlackApi slack, String path) {
        this.bot = bot;
        this.hasChecklists = hasChecklists;
        this.signer = signer;
        this.slack = slack;
        this.path = path;
        for (Kind kind : Kind.values()) {
            sent.put(kind, new LongAdder());
        }
    }

    /** {@code /career skills} from one of 50 users. */
    HttpLoad.Requests skills() {
        return (n, host) -> command(host, "U" + (n % 50), "C1", "skills");
    }

    HttpLoad.Requests mix() {
        return this::mixed;
    }

    Map<Kind, Long> sentByKind() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        sent.forEach((kind, adder) -> counts.put(kind, adder.sum()));
        return counts;
    }

    private byte[] mixed(long n, String host) {
        int slot = (int) (n % 20);
        if (slot < 8) {
            count(Kind.COMMAND);
            return command(host, "U" + (n % 50), "C1", SECTIONS[slot]);
        }
        if (slot < 13) {
            count(Kind.DM_QUESTION);
            String user = BenchSlackApi.QUESTION_USER_PREFIX + (n % 50);
            String question = QUESTIONS[(int) ((n / 20) % QUESTIONS.length)];
            byte[] request = directMessage(host, user, distinctQuestions ? question + " " + n : question);
            questionTimes.computeIfAbsent(user, u -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
            return request;
        }
        if (slot < 18) {
            return checkClick(host);
        }
        if (hasChecklists) {
            count(Kind.CHECKLIST_TICK);
            return tick(host);
        }
        count(Kind.CHECKLIST_COMMAND);
        return command(host, "U" + (n % 50), "C1", "checklist");
    }

    /** One DM question from {@code user}, timed to its answer like the mix's. */
    byte[] question(String host, String user, String question) {
        count(Kind.DM_QUESTION);
        byte[] request = directMessage(host, user, question);
        questionTimes.computeIfAbsent(user, u -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
        return request;
    }

    /** Whether every user who asked has had as many answers posted in their DM as they asked questions. */
    boolean allAnswered() {
        return questionTimes.entrySet().stream()
                .allMatch(e -> slack.answerCount(bot, e.getKey()) >= e.getValue().size());
    }

    /**
     * Pairs each user's questions with the answers posted in their DM, in order, and forgets both: what the user
     * waited for, beyond the ack. Call once the bot has finished its work after the acks.
     */
    Answers takeAnswers() {
        long asked = 0;
        List<Long> latencies = new ArrayList<>();
        for (String user : List.copyOf(questionTimes.keySet())) {
            List<Long> questions = List.copyOf(questionTimes.remove(user));
            List<Long> answers = slack.takeAnswerTimes(bot, user);
            asked += questions.size();
            for (int i = 0; i < Math.min(questions.size(), answers.size()); i++) {
                latencies.add(Math.max(0, answers.get(i) - questions.get(i)));
            }
        }
        return new Answers(asked, latencies.size(), latencies.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    /** The next user of the pool answers their current question, or starts a check. */
    private byte[] checkClick(String host) {
        String user = BenchSlackApi.CHECK_USER_PREFIX + (clicks.getAndIncrement() % CHECK_USERS);
        BenchSlackApi.CheckMessage message = slack.checkMessage(bot, user);
        Pending last = pending.get(user);
        long now = System.nanoTime();
        if (last != null && last.on() == message && now - last.sentAt() < PENDING_TIMEOUT_NANOS) {
            count(Kind.CLICK_FALLBACK);
            return command(host, user, "C1", "skills");
        }
        if (message == null || message.buttons().isEmpty() || (last != null && last.on() == message)) {
            pending.put(user, new Pending(now, message));
            count(Kind.CHECK_START);
            return command(host, user, "C1", "check");
        }
        pending.put(user, new Pending(now, message));
        count(Kind.CHECK_CLICK);
        List<BenchSlackApi.Button> answers = message.buttons().stream()
                .filter(b -> !b.actionId().equals("coach_start") || message.buttons().size() == 1).toList();
        BenchSlackApi.Button button = answers.get((int) (ids.get() % answers.size()));
        ObjectNode payload = actionPayload(user, message.channel(), message.ts());
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "button");
        action.put("action_id", button.actionId());
        action.put("block_id", button.blockId());
        action.put("value", button.value());
        action.putObject("text").put("type", "plain_text").put("text", "button");
        action.put("action_ts", nextTs());
        return payload(host, payload);
    }

    /** Ticks or unticks one item of a shared checklist, as its manager or its person. */
    private byte[] tick(String host) {
        long t = ticks.getAndIncrement();
        int list = (int) (t % CHECKLISTS);
        String channel = BenchSlackApi.CHECKLIST_CHANNEL_PREFIX + list;
        BenchSlackApi.ChecklistMessage message = slack.checklistMessage(bot, channel);
        String user = (t / CHECKLISTS) % 2 == 0 ? "UM" + list : "UP" + list;
        if (message == null) {
            return command(host, user, channel, "checklist");
        }
        JsonNode itemsBlock = null;
        for (JsonNode block : message.blocks()) {
            if (block.path("block_id").asText().startsWith("checklist:")) {
                itemsBlock = block;
                break;
            }
        }
        if (itemsBlock == null) {
            return command(host, user, channel, "checklist");
        }
        JsonNode checkboxes = itemsBlock.findParents("type").stream()
                .filter(node -> node.path("type").asText().equals("checkboxes")).findFirst().orElseThrow();
        List<String> options = new ArrayList<>();
        checkboxes.path("options").forEach(o -> options.add(o.path("value").asText()));
        List<String> selected = new ArrayList<>();
        checkboxes.path("initial_options").forEach(o -> selected.add(o.path("value").asText()));
        String toggled = options.get((int) ((t / CHECKLISTS) % options.size()));
        if (!selected.remove(toggled)) {
            selected.add(toggled);
        }
        ObjectNode payload = actionPayload(user, channel, message.ts());
        payload.putObject("message").put("type", "message").put("ts", message.ts()).set("blocks", message.blocks());
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "checkboxes");
        action.put("action_id", "checklist_tick");
        action.put("block_id", itemsBlock.path("block_id").asText());
        ArrayNode chosen = action.putArray("selected_options");
        selected.forEach(value -> chosen.addObject().put("value", value));
        action.put("action_ts", nextTs());
        return payload(host, payload);
    }

    /** A manager shares a checklist of two next steps and one custom item in a channel (the share modal). */
    byte[] shareChecklist(String host, int list) {
        String channel = BenchSlackApi.CHECKLIST_CHANNEL_PREFIX + list;
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission");
        payload.putObject("user").put("id", "UM" + list).put("username", "manager").put("team_id",
                BenchSlackApi.TEAM_ID);
        payload.putObject("team").put("id", BenchSlackApi.TEAM_ID).put("domain", "example");
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
        ObjectNode view = payload.putObject("view");
        view.put("id", "VSHARE" + list);
        view.put("type", "modal");
        view.put("callback_id", "checklist_share");
        view.put("private_metadata", "{\"channel\":\"" + channel + "\",\"responseUrl\":\""
                + slack.responseUrl(bot, ids.incrementAndGet()) + "\"}");
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("person").putObject("person_select").put("type", "users_select")
                .put("selected_user", "UP" + list);
        ArrayNode picks = values.putObject("next_steps_0").putObject("pick").put("type", "checkboxes")
                .putArray("selected_options");
        picks.addObject().put("value", "next-steps/system-design-case-study");
        picks.addObject().put("value", "next-steps/leadership-portfolio");
        values.putObject("custom").putObject("custom_text").put("type", "plain_text_input")
                .put("value", "Shadow an on-call week");
        values.putObject("due").putObject("due_date").put("type", "datepicker").putNull("selected_date");
        return payload(host, payload);
    }

    private ObjectNode actionPayload(String user, String channel, String messageTs) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", BenchSlackApi.TEAM_ID);
        payload.put("api_app_id", "A0001");
        payload.put("token", "legacy");
        payload.putObject("team").put("id", BenchSlackApi.TEAM_ID).put("domain", "example");
        payload.put("trigger_id", "trigger-" + ids.incrementAndGet());
        payload.putObject("channel").put("id", channel).put("name", "bench");
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channel).put("is_ephemeral", false);
        payload.put("response_url", slack.responseUrl(bot, ids.incrementAndGet()));
        return payload;
    }

    private byte[] command(String host, String user, String channel, String text) {
        long id = ids.incrementAndGet();
        String body = "token=legacy&team_id=" + BenchSlackApi.TEAM_ID + "&team_domain=example&channel_id=" + channel
                + "&channel_name=bench&user_id=" + user + "&user_name=someone&command=%2Fcareer&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&api_app_id=A0001&response_url="
                + URLEncoder.encode(slack.responseUrl(bot, id), StandardCharsets.UTF_8) + "&trigger_id=t" + id;
        return signed(host, "application/x-www-form-urlencoded", body);
    }

    private byte[] directMessage(String host, String user, String text) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("token", "legacy");
        envelope.put("team_id", BenchSlackApi.TEAM_ID);
        envelope.put("api_app_id", "A0001");
        envelope.put("type", "event_callback");
        envelope.put("event_id", "Ev" + bot + ids.incrementAndGet() + "x" + System.nanoTime());
        envelope.put("event_time", Instant.now().getEpochSecond());
        ObjectNode event = envelope.putObject("event");
        String ts = nextTs();
        event.put("type", "message");
        event.put("channel", "D" + user);
        event.put("channel_type", "im");
        event.put("user", user);
        event.put("text", text);
        event.put("ts", ts);
        event.put("event_ts", ts);
        return signed(host, "application/json", envelope.toString());
    }

    private byte[] payload(String host, ObjectNode payload) {
        return signed(host, "application/x-www-form-urlencoded",
                "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
    }

    private byte[] signed(String host, String contentType, String body) {
        long timestamp = Instant.now().getEpochSecond();
        return HttpLoad.post(path, host, contentType, body.getBytes(StandardCharsets.UTF_8),
                String.valueOf(timestamp), signer.sign(timestamp, body));
    }

    private String nextTs() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", ids.incrementAndGet() % 1_000_000);
    }

    private void count(Kind kind) {
        sent.get(kind).increment();
    }
}
