package careercoach.playground;

import careercoach.playground.SlackRequests.Ack;
import careercoach.playground.Workspace.Message;
import careercoach.playground.Workspace.ResponseTarget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person does on the page, turned into what Slack would send the app: a slash command, a {@code message.im}
 * or {@code app_mention} event, an {@code app_home_opened} event, a {@code block_actions} or {@code view_submission}
 * payload. What Slack's client does by itself (show a message, close a modal, {@code /invite}) happens here too.
 */
final class PageActions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLASH = Pattern.compile("^/(\\S+)\\s*(.*)$", Pattern.DOTALL);

    private final Workspace workspace;
    private final SlackApiStandIn slack;
    private final SlackRequests requests;

    PageActions(Workspace workspace, SlackApiStandIn slack, SlackRequests requests) {
        this.workspace = workspace;
        this.slack = slack;
        this.requests = requests;
    }

    /** A request from the page that names someone or something the workspace does not have. */
    static final class BadAction extends RuntimeException {
        BadAction(String message) {
            super(message);
        }
    }

    private void checkMember(String userId, String channel) {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        if (workspace.channel(channel).isEmpty() || !workspace.isMember(channel, userId)) {
            throw new BadAction(userId + " is not in " + channel);
        }
    }

    /** The composer: a slash command, or a message (in a thread when {@code threadTs} is set). */
    void send(String userId, String channel, String typed, String threadTs) throws IOException, InterruptedException {
        checkMember(userId, channel);
        String text = typed.strip();
        if (text.isEmpty()) {
            return;
        }
        Matcher slash = SLASH.matcher(text);
        if (slash.matches() && threadTs == null) {
            command(userId, channel, slash.group(1), slash.group(2));
        } else {
            message(userId, channel, text, threadTs);
        }
    }

    private void command(String userId, String channel, String name, String args)
            throws IOException, InterruptedException {
        switch (name) {
            case "career" -> career(userId, channel, args);
            case "invite" -> invite(userId, channel, args);
            default -> slackbot(userId, channel, "/" + name + " is not a valid command. In this workspace"
                    + " you can use /career (try `/career help`) and /invite.");
        }
    }

    private void career(String userId, String channel, String args) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "playground");
        form.put("team_id", Workspace.TEAM_ID);
        form.put("team_domain", "playground");
        form.put("channel_id", channel);
        form.put("channel_name", workspace.channel(channel).map(c -> c.isIm() ? "directmessage" : c.name())
                .orElse(""));
        form.put("user_id", userId);
        form.put("user_name", workspace.person(userId).map(Workspace.Person::handle).orElse(""));
        form.put("command", "/career");
        form.put("text", workspace.escapeTyped(args));
        form.put("api_app_id", Workspace.APP_ID);
        form.put("is_enterprise_install", "false");
        ResponseTarget target = new ResponseTarget(channel, userId, null, null);
        form.put("response_url", slack.responseUrl(target));
        form.put("trigger_id", workspace.newTrigger(userId));
        Ack ack = requests.post(formEncode(form), "application/x-www-form-urlencoded");
        if (!ack.ok()) {
            slackbot(userId, channel, "/career failed with the error \"dispatch_failed\" (HTTP " + ack.status()
                    + ").");
            return;
        }
        showAckBody(target, ack.body());
    }

    /** A command's ack may carry the answer: JSON like a response_url post, or plain text. */
    private void showAckBody(ResponseTarget target, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            json = JSON.createObjectNode().put("text", body);
        }
        if (!json.isObject()) {
            json = JSON.createObjectNode().put("text", body);
        }
        slack.respond(target, json);
    }

    /** Slack's built-in {@code /invite @someone}: only the bot can be invited here. */
    private void invite(String userId, String channel, String args) {
        String escaped = workspace.escapeTyped(args);
        if (!escaped.contains("<@" + Workspace.BOT_USER_ID + ">")) {
            slackbot(userId, channel, "Everyone here is already in every channel; you can invite @" + Workspace.BOT_NAME
                    + " with `/invite @" + Workspace.BOT_NAME + "`.");
        } else if (workspace.channel(channel).map(Workspace.Channel::isIm).orElse(true)) {
            slackbot(userId, channel, "Invite people to channels, not to direct messages.");
        } else if (workspace.isMember(channel, Workspace.BOT_USER_ID)) {
            slackbot(userId, channel, Workspace.BOT_NAME + " is already in this channel.");
        } else {
            workspace.join(channel, Workspace.BOT_USER_ID);
            workspace.post(channel, Workspace.SLACKBOT_ID, "<@" + Workspace.BOT_USER_ID + "> was added to this channel"
                    + " by <@" + userId + ">.", null, null);
        }
    }

    private void slackbot(String userId, String channel, String text) {
        workspace.postEphemeral(channel, Workspace.SLACKBOT_ID, userId, text, null, null);
    }

    private void message(String userId, String channel, String typed, String threadTs)
            throws IOException, InterruptedException {
        String text = workspace.escapeTyped(typed);
        Workspace.Channel where = workspace.channel(channel).orElseThrow();
        if (threadTs != null && !workspace.hasThread(channel, threadTs)) {
            throw new BadAction("no such thread");
        }
        Message posted = workspace.post(channel, userId, text, null, threadTs);
        ObjectNode event = JSON.createObjectNode();
        event.put("user", userId);
        event.put("text", text);
        event.put("ts", posted.ts);
        event.put("event_ts", posted.ts);
        event.put("channel", channel);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
            if (workspace.assistantThread(channel, threadTs).isPresent()) {
                // As Slack marks a message written in the assistant view (the token is not checked here).
                event.putObject("assistant_thread").put("action_token", "playground." + posted.ts);
            }
        }
        if (where.isIm()) {
            event.put("type", "message");
            event.put("channel_type", "im");
            send(event);
        } else if (text.contains("<@" + Workspace.BOT_USER_ID + ">")) {
            if (workspace.isMember(channel, Workspace.BOT_USER_ID)) {
                event.put("type", "app_mention");
                send(event);
            } else {
                slackbot(userId, channel, "You mentioned <@" + Workspace.BOT_USER_ID + ">, but they're not in this"
                        + " channel, so they won't see it. Type `/invite @" + Workspace.BOT_NAME + "` to add them.");
            }
        }
    }

    /** The person opened the App Home tab. */
    void openHome(String userId) throws IOException, InterruptedException {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_home_opened");
        event.put("user", userId);
        event.put("channel", Workspace.dmOf(userId));
        event.put("tab", "home");
        event.put("event_ts", workspace.nextTs());
        workspace.home(userId).ifPresent(view -> event.set("view", homeView(userId, view)));
        send(event);
    }

    /**
     * The person opened the assistant view beside {@code viewing} (a channel, or empty): Slack makes a thread in
     * their DM with the app and sends {@code assistant_thread_started} with the channel viewed as its context.
     */
    void openAssistant(String userId, String viewing) throws IOException, InterruptedException {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        String beside = viewing == null || viewing.isEmpty() || workspace.channel(viewing).map(Workspace.Channel::isIm)
                .orElse(true) || !workspace.isMember(viewing, userId) ? null : viewing;
        Workspace.AssistantPane pane = workspace.startAssistantThread(userId, beside);
        send(assistantEvent("assistant_thread_started", pane));
    }

    /** The person, with the assistant view open, went to another channel: {@code assistant_thread_context_changed}. */
    void viewAssistantBeside(String userId, String channel, String threadTs, String viewing)
            throws IOException, InterruptedException {
        Workspace.AssistantPane pane = workspace.assistantThread(channel, threadTs)
                .filter(p -> p.userId.equals(userId)).orElseThrow(() -> new BadAction("no such assistant thread"));
        String beside = viewing == null || viewing.isEmpty() || workspace.channel(viewing).map(Workspace.Channel::isIm)
                .orElse(true) || !workspace.isMember(viewing, userId) ? null : viewing;
        if (java.util.Objects.equals(beside, pane.viewing)) {
            return;
        }
        workspace.assistantViewing(pane, beside);
        send(assistantEvent("assistant_thread_context_changed", pane));
    }

    private ObjectNode assistantEvent(String type, Workspace.AssistantPane pane) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        ObjectNode thread = event.putObject("assistant_thread");
        thread.put("user_id", pane.userId);
        ObjectNode context = thread.putObject("context");
        if (pane.viewing != null) {
            context.put("channel_id", pane.viewing);
        }
        context.put("team_id", Workspace.TEAM_ID);
        context.putNull("enterprise_id");
        thread.put("channel_id", pane.channel);
        thread.put("thread_ts", pane.threadTs);
        event.put("event_ts", workspace.nextTs());
        return event;
    }

    /** The steps the app declares in its manifest, with their titles, as Workflow Builder lists them. */
    static final Map<String, String> STEPS = Map.of(
            "share_next_step_checklist", "Share a next-step checklist",
            "ask_for_skill_check", "Ask someone to run a skill check");

    /**
     * A workflow run by {@code userId} reached one of the app's steps: Slack sends {@code function_executed} with
     * the step's inputs (a user input set to "Person who used this workflow" is the runner) and a token for this
     * run; the page then shows how the app ended it.
     */
    void runWorkflowStep(String userId, String step, JsonNode given) throws IOException, InterruptedException {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        if (!STEPS.containsKey(step)) {
            throw new BadAction("unknown step " + step);
        }
        ObjectNode inputs = JSON.createObjectNode();
        given.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                inputs.set(e.getKey(), e.getValue());
            }
        });
        if (step.equals("share_next_step_checklist")) {
            inputs.put("manager", userId);
        } else if (step.equals("ask_for_skill_check")) {
            // A user_context input, as Slack sends the person who used the workflow.
            inputs.putObject("asked_by").put("id", userId);
        }
        Workspace.WorkflowRun run = workspace.startWorkflow(step, userId, inputs);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "function_executed");
        ObjectNode function = event.putObject("function");
        function.put("id", "Fn" + step.length());
        function.put("callback_id", step);
        function.put("title", STEPS.get(step));
        function.put("type", "app");
        function.put("app_id", Workspace.APP_ID);
        function.put("form_enabled", false);
        event.set("inputs", inputs);
        event.put("function_execution_id", run.id);
        event.put("workflow_execution_id", "Wx" + run.id.substring(2));
        event.put("event_ts", workspace.nextTs());
        event.put("bot_access_token", run.token);
        send(event);
    }

    private void send(ObjectNode event) throws IOException, InterruptedException {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("token", "playground");
        envelope.put("team_id", Workspace.TEAM_ID);
        envelope.put("api_app_id", Workspace.APP_ID);
        envelope.set("event", event);
        envelope.put("type", "event_callback");
        envelope.put("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
        envelope.put("event_time", Instant.now().getEpochSecond());
        envelope.putArray("authorizations").addObject().put("team_id", Workspace.TEAM_ID)
                .put("user_id", Workspace.BOT_USER_ID).put("is_bot", true);
        requests.post(JSON.writeValueAsString(envelope), "application/json");
    }

    /**
     * A click or pick on an interactive element. {@code where}: {@code {"kind":"message","channel","ts"}},
     * {@code {"kind":"home"}} or {@code {"kind":"modal","viewId"}}; {@code action}: the element's action as Slack
     * reports it (action_id, block_id, type, value, selected_*).
     */
    void act(String userId, JsonNode where, JsonNode action) throws IOException, InterruptedException {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        ObjectNode payload = interactionPayload("block_actions", userId);
        String kind = where.path("kind").asText();
        switch (kind) {
            case "message" -> {
                String channel = where.path("channel").asText();
                checkMember(userId, channel);
                Message message = workspace.message(channel, where.path("ts").asText())
                        .filter(m -> m.visibleTo == null || m.visibleTo.equals(userId))
                        .orElseThrow(() -> new BadAction("no such message"));
                Workspace.Channel ch = workspace.channel(channel).orElseThrow();
                payload.putObject("container").put("type", "message").put("message_ts", message.ts)
                        .put("channel_id", channel).put("is_ephemeral", message.visibleTo != null);
                payload.putObject("channel").put("id", channel).put("name", ch.isIm() ? "directmessage" : ch.name());
                if (message.visibleTo == null) {
                    payload.set("message", workspace.messageJson(message));
                }
                Workspace.WorkflowRun run = message.postedFor;
                if (run != null && workspace.runningWorkflow(run.token).isPresent()) {
                    // A click inside a workflow step's run: Slack adds the run and its token.
                    payload.put("bot_access_token", run.token);
                    ObjectNode data = payload.putObject("function_data");
                    data.put("execution_id", run.id);
                    data.putObject("function").put("callback_id", run.step);
                    data.set("inputs", run.inputs);
                    ObjectNode interactivity = payload.putObject("interactivity");
                    interactivity.putObject("interactor").put("id", userId).put("secret", "playground");
                    interactivity.put("interactivity_pointer", workspace.newTrigger(userId));
                }
                payload.put("response_url", slack.responseUrl(new ResponseTarget(channel, userId, message.ts,
                        message.threadTs)));
            }
            case "home" -> {
                ObjectNode view = workspace.home(userId).orElseThrow(() -> new BadAction("no App Home yet"));
                payload.putObject("container").put("type", "view").put("view_id", workspace.homeId(userId));
                payload.set("view", homeView(userId, view));
            }
            case "modal" -> {
                String viewId = where.path("viewId").asText();
                Workspace.Modal modal = workspace.modal(userId, viewId)
                        .orElseThrow(() -> new BadAction("no such modal"));
                payload.putObject("container").put("type", "view").put("view_id", viewId);
                payload.set("view", modalView(modal, where.path("values")));
            }
            default -> throw new BadAction("unknown place " + kind);
        }
        ObjectNode clicked = action.deepCopy();
        clicked.put("action_ts", workspace.nextTs());
        payload.putArray("actions").add(clicked);
        requests.post(payloadForm(payload), "application/x-www-form-urlencoded");
    }

    /**
     * A select whose options come from the app ({@code external_select}) opened: the {@code block_suggestion} Slack
     * sends to the options load URL, and the options the app answered (none when it failed).
     */
    JsonNode suggest(String userId, JsonNode where, JsonNode asked) throws IOException, InterruptedException {
        if (!workspace.isPerson(userId)) {
            throw new BadAction("unknown person " + userId);
        }
        ObjectNode payload = interactionPayload("block_suggestion", userId);
        payload.put("action_id", asked.path("action_id").asText()).put("block_id", asked.path("block_id").asText())
                .put("value", asked.path("value").asText(""));
        String channel = where.path("channel").asText("");
        if (!channel.isEmpty()) {
            checkMember(userId, channel);
            payload.putObject("channel").put("id", channel);
            payload.putObject("container").put("type", "message").put("channel_id", channel)
                    .put("message_ts", where.path("ts").asText(""));
        }
        Ack ack = requests.post(payloadForm(payload), "application/x-www-form-urlencoded");
        if (!ack.ok() || ack.body() == null || ack.body().isBlank()) {
            return JSON.createArrayNode();
        }
        JsonNode options = JSON.readTree(ack.body()).path("options");
        return options.isArray() ? options : JSON.createArrayNode();
    }

    /**
     * The modal's Submit. Returns the errors to show in the fields (empty when the app accepted and the modal
     * closed, or was replaced).
     */
    Map<String, String> submit(String userId, String viewId, JsonNode values) throws IOException,
            InterruptedException {
        Workspace.Modal modal = workspace.modal(userId, viewId).orElseThrow(() -> new BadAction("no such modal"));
        ObjectNode payload = interactionPayload("view_submission", userId);
        payload.set("view", modalView(modal, values));
        payload.putArray("response_urls");
        Ack ack = requests.post(payloadForm(payload), "application/x-www-form-urlencoded");
        if (!ack.ok()) {
            Map<String, String> failure = Map.of("", "We had some trouble connecting. Try again?");
            workspace.showErrors(modal, failure);
            return failure;
        }
        JsonNode answer = ack.body() == null || ack.body().isBlank() ? JSON.createObjectNode()
                : JSON.readTree(ack.body());
        String responseAction = answer.path("response_action").asText("");
        switch (responseAction) {
            case "errors" -> {
                Map<String, String> errors = new LinkedHashMap<>();
                answer.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
                workspace.showErrors(modal, errors);
                return errors;
            }
            case "update" -> workspace.replaceModal(modal, (ObjectNode) answer.get("view"));
            case "push" -> workspace.openModal(userId, (ObjectNode) answer.get("view"));
            case "clear" -> workspace.clearModals(userId);
            default -> workspace.closeModal(userId);
        }
        return Map.of();
    }

    /** Cancel or ×: the modal closes; the app hears of it only when it asked ({@code notify_on_close}). */
    void close(String userId, String viewId) throws IOException, InterruptedException {
        Workspace.Modal modal = workspace.modal(userId, viewId).orElseThrow(() -> new BadAction("no such modal"));
        workspace.closeModal(userId);
        if (modal.view.path("notify_on_close").asBoolean()) {
            ObjectNode payload = interactionPayload("view_closed", userId);
            payload.set("view", modalView(modal, JSON.createObjectNode()));
            payload.put("is_cleared", false);
            requests.post(payloadForm(payload), "application/x-www-form-urlencoded");
        }
    }

    private ObjectNode interactionPayload(String type, String userId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("user").put("id", userId)
                .put("username", workspace.person(userId).map(Workspace.Person::handle).orElse(""))
                .put("name", workspace.person(userId).map(Workspace.Person::handle).orElse(""))
                .put("team_id", Workspace.TEAM_ID);
        payload.put("api_app_id", Workspace.APP_ID);
        payload.put("token", "playground");
        payload.putObject("team").put("id", Workspace.TEAM_ID).put("domain", "playground");
        payload.put("trigger_id", workspace.newTrigger(userId));
        payload.put("is_enterprise_install", false);
        return payload;
    }

    private ObjectNode homeView(String userId, ObjectNode published) {
        ObjectNode view = published.deepCopy();
        view.put("id", workspace.homeId(userId)).put("team_id", Workspace.TEAM_ID).put("type", "home")
                .put("app_id", Workspace.APP_ID).put("bot_id", Workspace.BOT_ID);
        view.putObject("state").putObject("values");
        return view;
    }

    private static ObjectNode modalView(Workspace.Modal modal, JsonNode values) {
        ObjectNode view = modal.view.deepCopy();
        view.put("id", modal.id).put("team_id", Workspace.TEAM_ID).put("app_id", Workspace.APP_ID)
                .put("bot_id", Workspace.BOT_ID).put("hash", modal.id + "-" + modal.view.hashCode());
        if (!view.has("private_metadata")) {
            view.put("private_metadata", "");
        }
        if (!view.has("callback_id")) {
            view.put("callback_id", "");
        }
        view.putObject("state").set("values", values == null || !values.isObject() ? JSON.createObjectNode()
                : values.deepCopy());
        return view;
    }

    private static String payloadForm(ObjectNode payload) throws IOException {
        return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
