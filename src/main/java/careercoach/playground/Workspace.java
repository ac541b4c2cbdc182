package careercoach.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of the playground's small Slack workspace: three people and the bot, two channels (the bot is a member
 * of one), a DM between each person and the bot, messages with threads and edits, ephemeral messages, modals and App
 * Homes. Every change bumps a version and tells the listeners, which feed the page. All methods are synchronized:
 * the bot's Web API calls and the page's actions arrive on different threads.
 */
public final class Workspace {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String TEAM_ID = "T0PLAYGROUND";
    public static final String TEAM_NAME = "Career Coach playground";
    public static final String APP_ID = "A0COACH";
    public static final String BOT_USER_ID = "U0COACH";
    public static final String BOT_ID = "B0COACH";
    public static final String BOT_NAME = "Career Coach";
    /** Slack's own voice, for answers of the client itself ("not a valid command", "not in this channel"). */
    public static final String SLACKBOT_ID = "USLACKBOT";
    public static final String TEAM_CHANNEL = "C0BACKEND";
    public static final String OTHER_CHANNEL = "C0RANDOM";
    /** How many times a response_url may be used, as on Slack. */
    static final int RESPONSE_URL_USES = 5;

    public record Person(String id, String name, String handle, String title) {
    }

    public record Channel(String id, String name, String imUser) {
        boolean isIm() {
            return imUser != null;
        }
    }

    /** Where a response_url's posts go: the channel and user of the command or click, and the message clicked. */
    record ResponseTarget(String channel, String userId, String sourceTs, String threadTs) {
    }

    /** A message as the page shows it; {@code visibleTo} null means everyone in the channel. */
    static final class Message {
        final String channel;
        final String ts;
        final String userId;
        final boolean fromBot;
        final String threadTs;
        final String visibleTo;
        String text;
        JsonNode blocks;
        boolean edited;
        /** The workflow step's run whose token posted it: clicks on it carry that run, as on Slack. */
        WorkflowRun postedFor;

        Message(String channel, String ts, String userId, boolean fromBot, String threadTs, String visibleTo,
                String text, JsonNode blocks) {
            this.channel = channel;
            this.ts = ts;
            this.userId = userId;
            this.fromBot = fromBot;
            this.threadTs = threadTs;
            this.visibleTo = visibleTo;
            this.text = text;
            this.blocks = blocks;
        }
    }

    /**
     * One run of a workflow step (a function execution): the step, who ran the workflow, the inputs sent, and how
     * the app ended it ({@code functions.completeSuccess} with outputs, {@code functions.completeError} with a
     * reason). Its token works until then.
     */
    static final class WorkflowRun {
        final String id;
        final String step;
        final String token;
        final String runnerId;
        final ObjectNode inputs;
        String status = "running";
        JsonNode outputs;
        String error;

        WorkflowRun(String id, String step, String token, String runnerId, ObjectNode inputs) {
            this.id = id;
            this.step = step;
            this.token = token;
            this.runnerId = runnerId;
            this.inputs = inputs;
        }
    }

    /**
     * A thread of the assistant view (Slack's split view beside a channel): who opened it, in their DM with the bot,
     * and what the app set on it: the suggested prompts, the status while it works, the title. Every status the app
     * ever showed is kept too, as the pane may have missed one that lasted a moment.
     */
    static final class AssistantPane {
        final String channel;
        final String threadTs;
        final String userId;
        String viewing;
        String title = "";
        String status = "";
        final List<String> statusesShown = new ArrayList<>();
        String promptsTitle = "";
        JsonNode prompts = JSON.createArrayNode();

        AssistantPane(String channel, String threadTs, String userId, String viewing) {
            this.channel = channel;
            this.threadTs = threadTs;
            this.userId = userId;
            this.viewing = viewing;
        }
    }

    /** An open modal: its view as the bot sent it, and the errors of the last submission. */
    static final class Modal {
        final String id;
        ObjectNode view;
        Map<String, String> errors = Map.of();

        Modal(String id, ObjectNode view) {
            this.id = id;
            this.view = view;
        }
    }

    private final List<Person> people = List.of(
            new Person("U0MAYA", "Maya Chen", "maya", "Engineering manager"),
            new Person("U0RAVI", "Ravi Patel", "ravi", "Backend engineer, reports to Maya"),
            new Person("U0SAM", "Sam Okafor", "sam", "Backend engineer, reports to Maya"));
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, Deque<Modal>> modals = new HashMap<>();
    private final Map<String, ObjectNode> homes = new HashMap<>();
    private final Map<String, String> homeIds = new HashMap<>();
    private final Map<String, String> triggers = new HashMap<>();
    private final Map<String, ResponseTarget> responseTargets = new HashMap<>();
    private final Map<String, Integer> responseUses = new HashMap<>();
    private final Map<String, UploadedFile> files = new HashMap<>();
    private final Map<String, WorkflowRun> workflowRuns = new LinkedHashMap<>();
    private final Map<String, AssistantPane> assistantPanes = new LinkedHashMap<>();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private long lastMicros;
    private long ids;

    public Workspace() {
        clear();
    }

    /** Back to the start: no messages, no modals, no Homes; the bot in the team channel only. */
    public synchronized void clear() {
        channels.clear();
        members.clear();
        messages.clear();
        modals.clear();
        homes.clear();
        homeIds.clear();
        triggers.clear();
        responseTargets.clear();
        responseUses.clear();
        files.clear();
        workflowRuns.clear();
        assistantPanes.clear();
        Set<String> everyone = new LinkedHashSet<>(people.stream().map(Person::id).toList());
        channels.put(TEAM_CHANNEL, new Channel(TEAM_CHANNEL, "backend-team", null));
        members.put(TEAM_CHANNEL, with(everyone, BOT_USER_ID));
        channels.put(OTHER_CHANNEL, new Channel(OTHER_CHANNEL, "random", null));
        members.put(OTHER_CHANNEL, new LinkedHashSet<>(everyone));
        for (Person person : people) {
            String dm = dmOf(person.id());
            channels.put(dm, new Channel(dm, BOT_NAME, person.id()));
            members.put(dm, new LinkedHashSet<>(List.of(person.id(), BOT_USER_ID)));
        }
        changed();
    }

    private static Set<String> with(Set<String> set, String extra) {
        Set<String> copy = new LinkedHashSet<>(set);
        copy.add(extra);
        return copy;
    }

    public List<Person> people() {
        return people;
    }

    public Optional<Person> person(String userId) {
        return people.stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    public boolean isPerson(String userId) {
        return person(userId).isPresent();
    }

    /** The DM channel between a person and the bot. */
    public static String dmOf(String userId) {
        return "D" + userId.substring(1);
    }

    public synchronized Optional<Channel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    public synchronized boolean isMember(String channelId, String userId) {
        return members.getOrDefault(channelId, Set.of()).contains(userId);
    }

    /** The name shown for a user id (the bot's name, or the id itself when unknown). */
    public String nameOf(String userId) {
        if (BOT_USER_ID.equals(userId)) {
            return BOT_NAME;
        }
        if (SLACKBOT_ID.equals(userId)) {
            return "Slackbot";
        }
        return person(userId).map(Person::name).orElse(userId);
    }

    // ---- changes and listeners

    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    public void removeListener(LongConsumer listener) {
        listeners.remove(listener);
    }

    public long version() {
        return version.get();
    }

    private void changed() {
        long now = version.incrementAndGet();
        listeners.forEach(l -> l.accept(now));
    }

    // ---- messages

    /**
     * A file the bot uploads ({@code files.getUploadURLExternal}): its announced name and length, the bytes once
     * sent to the upload URL, and the channels it was shared into by {@code files.completeUploadExternal}.
     */
    static final class UploadedFile {
        final String id;
        final String name;
        final int length;
        final String altText;
        byte[] bytes;
        final Set<String> sharedIn = new LinkedHashSet<>();

        UploadedFile(String id, String name, int length, String altText) {
            this.id = id;
            this.name = name;
            this.length = length;
            this.altText = altText;
        }
    }

    synchronized UploadedFile newFile(String name, int length, String altText) {
        UploadedFile file = new UploadedFile(nextId("F"), name, length, altText);
        files.put(file.id, file);
        return file;
    }

    synchronized Optional<UploadedFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** The bytes sent to a file's upload URL; false when there is no such file or they are not the length announced. */
    synchronized boolean receive(String id, byte[] bytes) {
        UploadedFile file = files.get(id);
        if (file == null || file.bytes != null || bytes.length != file.length) {
            return false;
        }
        file.bytes = bytes;
        return true;
    }

    /** The file's bytes as a person may see them: only once shared into a channel they are a member of. */
    public synchronized Optional<byte[]> fileFor(String id, String userId) {
        UploadedFile file = files.get(id);
        if (file == null || file.bytes == null
                || file.sharedIn.stream().noneMatch(channel -> isMember(channel, userId))) {
            return Optional.empty();
        }
        return Optional.of(file.bytes);
    }

    synchronized void share(UploadedFile file, String channel) {
        file.sharedIn.add(channel);
        changed();
    }

    /** A new message timestamp, unique and increasing, in Slack's "seconds.micros" form. */
    synchronized String nextTs() {
        Instant now = Instant.now();
        long micros = Math.max(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000, lastMicros + 1);
        lastMicros = micros;
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    synchronized String nextId(String prefix) {
        return prefix + Long.toString(++ids, 36).toUpperCase() + Long.toString(System.nanoTime() % 1296, 36)
                .toUpperCase();
    }

    /** Posts a message visible to everyone in the channel; returns it. */
    synchronized Message post(String channel, String userId, String text, JsonNode blocks, String threadTs) {
        AssistantPane pane = threadTs == null ? null : assistantPanes.get(channel + "/" + threadTs);
        if (pane != null && BOT_USER_ID.equals(userId)) {
            // Slack clears an assistant thread's status when the app replies in it.
            pane.status = "";
        }
        Message message = new Message(channel, nextTs(), userId, BOT_USER_ID.equals(userId), threadTs, null,
                text == null ? "" : text, blocks);
        messages.add(message);
        changed();
        return message;
    }

    /** Posts a message only {@code userId} sees ("Only visible to you"); returns it. */
    synchronized Message postEphemeral(String channel, String authorId, String userId, String text, JsonNode blocks,
                                       String threadTs) {
        Message message = new Message(channel, nextTs(), authorId, !SLACKBOT_ID.equals(authorId), threadTs, userId,
                text == null ? "" : text, blocks);
        messages.add(message);
        changed();
        return message;
    }

    synchronized Optional<Message> message(String channel, String ts) {
        return messages.stream().filter(m -> m.channel.equals(channel) && m.ts.equals(ts)).findFirst();
    }

    synchronized void update(Message message, String text, JsonNode blocks) {
        message.text = text == null ? "" : text;
        message.blocks = blocks;
        message.edited = true;
        changed();
    }

    synchronized void delete(Message message) {
        messages.remove(message);
        changed();
    }

    synchronized void join(String channelId, String userId) {
        members.computeIfAbsent(channelId, c -> new LinkedHashSet<>()).add(userId);
        changed();
    }

    // ---- interactivity: triggers and response URLs

    /** A trigger id for an interaction by this user; {@code views.open} accepts it once. */
    synchronized String newTrigger(String userId) {
        String trigger = nextId("trigger-");
        triggers.put(trigger, userId);
        return trigger;
    }

    /** The user a trigger id was made for, consuming it; empty when unknown or used. */
    synchronized Optional<String> useTrigger(String triggerId) {
        return Optional.ofNullable(triggers.remove(triggerId));
    }

    synchronized String newResponseTarget(ResponseTarget target) {
        String id = nextId("r");
        responseTargets.put(id, target);
        return id;
    }

    /** The target of a response_url, counting the use; empty when unknown or used up. */
    synchronized Optional<ResponseTarget> useResponseTarget(String id) {
        ResponseTarget target = responseTargets.get(id);
        if (target == null || responseUses.merge(id, 1, Integer::sum) > RESPONSE_URL_USES) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    // ---- modals and App Homes

    synchronized Modal openModal(String userId, ObjectNode view) {
        Modal modal = new Modal(nextId("V"), view);
        modals.computeIfAbsent(userId, u -> new ArrayDeque<>()).push(modal);
        changed();
        return modal;
    }

    /** The user's open modal with this id (any in the stack). */
    synchronized Optional<Modal> modal(String userId, String viewId) {
        return modals.getOrDefault(userId, new ArrayDeque<>()).stream().filter(m -> m.id.equals(viewId)).findFirst();
    }

    /** Finds an open modal by id, whoever has it open: {@code views.update} names only the view. */
    synchronized Optional<Map.Entry<String, Modal>> modalById(String viewId) {
        for (Map.Entry<String, Deque<Modal>> entry : modals.entrySet()) {
            for (Modal modal : entry.getValue()) {
                if (modal.id.equals(viewId)) {
                    return Optional.of(Map.entry(entry.getKey(), modal));
                }
            }
        }
        return Optional.empty();
    }

    synchronized void replaceModal(Modal modal, ObjectNode view) {
        modal.view = view;
        modal.errors = Map.of();
        changed();
    }

    synchronized void showErrors(Modal modal, Map<String, String> errors) {
        modal.errors = Map.copyOf(errors);
        changed();
    }

    /** Closes the top modal of the user (Slack's empty ack to a submission, or Cancel). */
    synchronized void closeModal(String userId) {
        Deque<Modal> stack = modals.get(userId);
        if (stack != null && !stack.isEmpty()) {
            stack.pop();
            changed();
        }
    }

    synchronized void clearModals(String userId) {
        modals.remove(userId);
        changed();
    }

    /** Publishes a user's App Home; returns the view id, stable per user. */
    synchronized String publishHome(String userId, ObjectNode view) {
        homes.put(userId, view);
        changed();
        return homeIds.computeIfAbsent(userId, u -> "VHOME" + u.substring(1));
    }

    synchronized Optional<ObjectNode> home(String userId) {
        return Optional.ofNullable(homes.get(userId));
    }

    synchronized String homeId(String userId) {
        return homeIds.computeIfAbsent(userId, u -> "VHOME" + u.substring(1));
    }

    // ---- mentions

    /**
     * Turns what a person typed into what Slack sends with escaping on: {@code @Ravi Patel}, {@code @ravi} and
     * {@code @Career Coach} become {@code <@U…>}, {@code #random} becomes {@code <#C…|random>}; {@code &}, {@code <}
     * and {@code >} are escaped first, as Slack does.
     */
    public String escapeTyped(String typed) {
        String text = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        List<Map.Entry<String, String>> names = new ArrayList<>();
        for (Person p : people) {
            names.add(Map.entry(p.name(), p.id()));
            names.add(Map.entry(p.handle(), p.id()));
            names.add(Map.entry(p.name().split(" ")[0], p.id()));
        }
        names.add(Map.entry(BOT_NAME, BOT_USER_ID));
        names.add(Map.entry("careercoach", BOT_USER_ID));
        names.add(Map.entry("coach", BOT_USER_ID));
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> name : names) {
            Pattern at = Pattern.compile("(?i)(?<![\\w<])@" + Pattern.quote(name.getKey()) + "(?![\\w.])");
            text = at.matcher(text).replaceAll(Matcher.quoteReplacement("<@" + name.getValue() + ">"));
        }
        for (Channel channel : channels.values()) {
            if (!channel.isIm()) {
                Pattern hash = Pattern.compile("(?<![\\w<])#" + Pattern.quote(channel.name()) + "(?![\\w-])");
                text = hash.matcher(text).replaceAll(Matcher.quoteReplacement(
                        "<#" + channel.id() + "|" + channel.name() + ">"));
            }
        }
        return text;
    }

    // ---- the assistant view

    /** A person opened the assistant view: a new thread in their DM with the bot, beside the channel they view. */
    synchronized AssistantPane startAssistantThread(String userId, String viewing) {
        String channel = dmOf(userId);
        AssistantPane pane = new AssistantPane(channel, nextTs(), userId, viewing);
        assistantPanes.put(channel + "/" + pane.threadTs, pane);
        changed();
        return pane;
    }

    synchronized Optional<AssistantPane> assistantThread(String channel, String threadTs) {
        return Optional.ofNullable(assistantPanes.get(channel + "/" + threadTs));
    }

    /** The person's newest assistant thread, if they opened one. */
    synchronized Optional<AssistantPane> latestAssistantThread(String userId) {
        AssistantPane latest = null;
        for (AssistantPane pane : assistantPanes.values()) {
            if (pane.userId.equals(userId)) {
                latest = pane;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A thread a message may be posted in: under a message of the channel, or an assistant thread. */
    synchronized boolean hasThread(String channel, String threadTs) {
        return message(channel, threadTs).isPresent() || assistantPanes.containsKey(channel + "/" + threadTs);
    }

    synchronized void assistantStatus(AssistantPane pane, String status) {
        pane.status = status == null ? "" : status;
        if (!pane.status.isEmpty()) {
            pane.statusesShown.add(pane.status);
        }
        changed();
    }

    synchronized void assistantTitle(AssistantPane pane, String title) {
        pane.title = title == null ? "" : title;
        changed();
    }

    synchronized void assistantPrompts(AssistantPane pane, String title, JsonNode prompts) {
        pane.promptsTitle = title == null ? "" : title;
        pane.prompts = prompts;
        changed();
    }

    synchronized void assistantViewing(AssistantPane pane, String viewing) {
        pane.viewing = viewing;
    }

    /** Every status the app showed on a thread, in order (a status may last too short for the page to see it). */
    public synchronized List<String> statusesShown(String channel, String threadTs) {
        return assistantThread(channel, threadTs).map(p -> List.copyOf(p.statusesShown)).orElse(List.of());
    }

    // ---- workflow steps

    /** A workflow reached one of the app's steps: a new execution, with its own token. */
    synchronized WorkflowRun startWorkflow(String step, String runnerId, ObjectNode inputs) {
        WorkflowRun run = new WorkflowRun(nextId("Fx"), step, "xwfp-" + UUID.randomUUID(), runnerId, inputs);
        workflowRuns.put(run.id, run);
        changed();
        return run;
    }

    /** The run whose token this is, while it is running. */
    synchronized Optional<WorkflowRun> runningWorkflow(String token) {
        return workflowRuns.values().stream().filter(r -> r.token.equals(token) && r.status.equals("running"))
                .findFirst();
    }

    /** Ends a running run: completed with outputs, or failed with a reason; false when it was not running. */
    synchronized boolean endWorkflow(String executionId, JsonNode outputs, String error) {
        WorkflowRun run = workflowRuns.get(executionId);
        if (run == null || !run.status.equals("running")) {
            return false;
        }
        run.status = error == null ? "completed" : "failed";
        run.outputs = outputs;
        run.error = error;
        changed();
        return true;
    }

    synchronized void postedFor(Message message, WorkflowRun run) {
        message.postedFor = run;
    }

    /** Everyone in a channel, the bot included. */
    synchronized List<String> members(String channelId) {
        return List.copyOf(members.getOrDefault(channelId, Set.of()));
    }

    // ---- what the page shows

    /** Everything one person sees: their conversations and messages, their App Home and open modal. */
    public synchronized ObjectNode stateFor(String userId) {
        ObjectNode state = JSON.createObjectNode();
        state.put("version", version.get());
        state.put("team", TEAM_NAME);
        state.put("me", userId);
        ObjectNode bot = state.putObject("bot");
        bot.put("id", BOT_USER_ID).put("name", BOT_NAME);
        ArrayNode peopleJson = state.putArray("people");
        people.forEach(p -> peopleJson.addObject().put("id", p.id()).put("name", p.name())
                .put("handle", p.handle()).put("title", p.title()));
        ArrayNode conversations = state.putArray("conversations");
        for (Channel channel : channels.values()) {
            if (channel.isIm() && !channel.imUser().equals(userId) || !isMember(channel.id(), userId)) {
                continue;
            }
            conversations.addObject().put("id", channel.id()).put("name", channel.name())
                    .put("kind", channel.isIm() ? "im" : "channel")
                    .put("botMember", isMember(channel.id(), BOT_USER_ID));
        }
        ObjectNode byChannel = state.putObject("messages");
        ArrayNode panes = state.putArray("assistant");
        Map<String, ArrayNode> paneMessages = new HashMap<>();
        assistantPanes.values().stream().filter(p -> p.userId.equals(userId)).forEach(p -> {
            ObjectNode json = panes.addObject().put("channel", p.channel).put("threadTs", p.threadTs)
                    .put("title", p.title).put("status", p.status).put("promptsTitle", p.promptsTitle);
            json.set("prompts", p.prompts);
            p.statusesShown.forEach(json.withArray("statusesShown")::add);
            paneMessages.put(p.channel + "/" + p.threadTs, json.putArray("messages"));
        });
        for (Message m : messages) {
            if (m.visibleTo != null && !m.visibleTo.equals(userId) || !isMember(m.channel, userId)) {
                continue;
            }
            ArrayNode pane = m.threadTs == null ? null : paneMessages.get(m.channel + "/" + m.threadTs);
            ArrayNode list = pane != null ? pane : byChannel.has(m.channel) ? (ArrayNode) byChannel.get(m.channel)
                    : byChannel.putArray(m.channel);
            ObjectNode json = list.addObject();
            json.put("ts", m.ts).put("user", m.userId).put("userName", nameOf(m.userId)).put("bot", m.fromBot)
                    .put("text", m.text).put("ephemeral", m.visibleTo != null).put("edited", m.edited);
            if (m.threadTs != null) {
                json.put("threadTs", m.threadTs);
            }
            if (m.blocks != null) {
                json.set("blocks", m.blocks);
            }
        }
        home(userId).ifPresent(view -> state.set("home", view));
        ArrayNode runs = state.putArray("workflowRuns");
        workflowRuns.values().stream().filter(r -> r.runnerId.equals(userId)).forEach(r -> {
            ObjectNode json = runs.addObject().put("id", r.id).put("step", r.step).put("status", r.status);
            json.set("inputs", r.inputs);
            if (r.outputs != null) {
                json.set("outputs", r.outputs);
            }
            if (r.error != null) {
                json.put("error", r.error);
            }
        });
        Deque<Modal> stack = modals.get(userId);
        if (stack != null && !stack.isEmpty()) {
            Modal top = stack.peek();
            ObjectNode modal = state.putObject("modal");
            modal.put("id", top.id);
            modal.set("view", top.view);
            ObjectNode errors = modal.putObject("errors");
            top.errors.forEach(errors::put);
        }
        return state;
    }

    /** The message as Slack puts it into a {@code block_actions} payload. */
    synchronized ObjectNode messageJson(Message m) {
        ObjectNode json = JSON.createObjectNode();
        json.put("type", "message");
        json.put("ts", m.ts);
        json.put("text", m.text);
        if (m.fromBot) {
            json.put("user", BOT_USER_ID);
            json.put("bot_id", BOT_ID);
            json.put("app_id", APP_ID);
        } else {
            json.put("user", m.userId);
        }
        if (m.threadTs != null) {
            json.put("thread_ts", m.threadTs);
        }
        json.set("blocks", m.blocks == null ? JSON.createArrayNode() : m.blocks.deepCopy());
        return json;
    }
}
