package careercoach.playground;

import careercoach.playground.Workspace.Message;
import careercoach.playground.Workspace.ResponseTarget;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The playground's stand-in for Slack's Web API, on its own loopback port: {@code /api/<method>} for the methods the
 * bot calls and {@code /response/<id>} for response URLs. It answers as Slack does (the same JSON, the same error
 * codes: {@code not_in_channel}, {@code channel_not_found}, {@code message_not_found}, {@code invalid_auth}, ...)
 * and keeps the result in the {@link Workspace}. It listens on 127.0.0.1 only and calls nothing.
 * <p>
 * Its own port, rather than a path on the app's server, because Bolt calls {@code auth.test} while the app is being
 * built, before the app's server listens.
 */
public final class SlackApiStandIn implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackApiStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Slack's limit on one uploaded file is 1 GB; the playground keeps files in memory, so far less. */
    private static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final Workspace workspace;
    private final String botToken;
    private final Javalin server;

    public SlackApiStandIn(Workspace workspace, String botToken) {
        this.workspace = workspace;
        this.botToken = botToken;
        this.server = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.startup.showOldJavalinVersionWarning = false;
                    cfg.routes.post("/api/{method}", ctx -> api(ctx, ctx.pathParam("method")))
                            .post("/response/{id}", ctx -> response(ctx, ctx.pathParam("id")))
                            .post("/upload/{fileId}", ctx -> upload(ctx, ctx.pathParam("fileId")));
                })
                .start("127.0.0.1", 0);
    }

    /** The Web API base URL to give the bot ({@code SLACK_API_URL}). */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    /** A response_url that posts to {@code target}. */
    String responseUrl(ResponseTarget target) {
        return "http://127.0.0.1:" + server.port() + "/response/" + workspace.newResponseTarget(target);
    }

    /** The parameters of a call: form fields, or the fields of a JSON body (objects as JSON text). */
    private static Map<String, String> params(Context ctx) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("application/json")) {
            JsonNode json = JSON.readTree(ctx.body());
            json.fields().forEachRemaining(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        } else {
            ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        return params;
    }

    private void api(Context ctx, String method) throws IOException {
        Map<String, String> params = params(ctx);
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : params.get("token");
        ObjectNode answer;
        // A workflow step's run has its own token, good until the run ends.
        Optional<Workspace.WorkflowRun> run = token == null ? Optional.empty() : workspace.runningWorkflow(token);
        if (!botToken.equals(token) && run.isEmpty()) {
            answer = error("invalid_auth");
        } else {
            try {
                answer = call(method, params, run);
            } catch (IllegalArgumentException e) {
                answer = error("invalid_arguments");
                answer.put("detail", e.getMessage());
            }
        }
        if (!answer.path("ok").asBoolean()) {
            LOG.info("playground Web API: {} answered {}", method, answer.path("error").asText());
        }
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(answer));
    }

    private ObjectNode call(String method, Map<String, String> p, Optional<Workspace.WorkflowRun> run)
            throws IOException {
        return switch (method) {
            case "auth.test" -> ok().put("url", "http://localhost/").put("team", Workspace.TEAM_NAME)
                    .put("user", "careercoach").put("team_id", Workspace.TEAM_ID)
                    .put("user_id", Workspace.BOT_USER_ID).put("bot_id", Workspace.BOT_ID);
            case "chat.postMessage" -> postMessage(p, run);
            case "chat.postEphemeral" -> postEphemeral(p);
            case "chat.update" -> update(p);
            case "chat.delete" -> delete(p);
            case "chat.getPermalink" -> permalink(p);
            case "conversations.open" -> conversationsOpen(p);
            case "users.info" -> usersInfo(p);
            case "views.open", "views.push" -> viewsOpen(p);
            case "views.update" -> viewsUpdate(p);
            case "views.publish" -> viewsPublish(p);
            case "files.getUploadURLExternal" -> uploadUrl(p);
            case "files.completeUploadExternal" -> completeUpload(p);
            case "conversations.members" -> conversationsMembers(p);
            case "conversations.info" -> conversationsInfo(p);
            case "assistant.threads.setStatus" -> assistant(p, pane -> workspace.assistantStatus(pane,
                    p.get("status")));
            case "assistant.threads.setTitle" -> assistant(p, pane -> workspace.assistantTitle(pane, p.get("title")));
            case "assistant.threads.setSuggestedPrompts" -> suggestedPrompts(p);
            case "functions.completeSuccess" -> endWorkflow(p, false);
            case "functions.completeError" -> endWorkflow(p, true);
            default -> error("unknown_method");
        };
    }

    /** A channel id as the bot may name it: a user id means the DM with that user, as on Slack. */
    private Optional<String> resolveChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        if (workspace.isPerson(channel)) {
            return Optional.of(Workspace.dmOf(channel));
        }
        return workspace.channel(channel).map(Workspace.Channel::id);
    }

    private ObjectNode conversationsMembers(Map<String, String> p) {
        String channel = p.getOrDefault("channel", "");
        if (workspace.channel(channel).isEmpty()) {
            return error("channel_not_found");
        }
        ObjectNode answer = ok();
        workspace.members(channel).forEach(answer.putArray("members")::add);
        answer.putObject("response_metadata").put("next_cursor", "");
        return answer;
    }

    /** A channel's id and name ({@code is_im} for a DM, which has no name), as {@code conversations.info}. */
    private ObjectNode conversationsInfo(Map<String, String> p) {
        Optional<Workspace.Channel> channel = workspace.channel(p.getOrDefault("channel", ""));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        ObjectNode answer = ok();
        ObjectNode info = answer.putObject("channel").put("id", channel.get().id())
                .put("is_im", channel.get().imUser() != null);
        if (channel.get().imUser() == null) {
            info.put("name", channel.get().name());
        }
        return answer;
    }

    /** The app ends a workflow step's run, as Slack's {@code functions.completeSuccess} / {@code completeError}. */
    private ObjectNode endWorkflow(Map<String, String> p, boolean failed) throws IOException {
        String id = p.getOrDefault("function_execution_id", "");
        JsonNode outputs = failed ? null : blank(p.get("outputs")) ? JSON.createObjectNode()
                : JSON.readTree(p.get("outputs"));
        String error = failed ? p.getOrDefault("error", "") : null;
        return workspace.endWorkflow(id, outputs, error) ? ok() : error("function_execution_not_found");
    }

    private ObjectNode postMessage(Map<String, String> p, Optional<Workspace.WorkflowRun> run) throws IOException {
        Optional<String> channel = resolveChannel(p.get("channel"));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        if (!workspace.isMember(channel.get(), Workspace.BOT_USER_ID)) {
            return error("not_in_channel");
        }
        if (blank(p.get("text")) && blank(p.get("blocks"))) {
            return error("no_text");
        }
        String threadTs = blank(p.get("thread_ts")) ? null : p.get("thread_ts");
        if (threadTs != null && !workspace.hasThread(channel.get(), threadTs)) {
            return error("thread_not_found");
        }
        Message posted = workspace.post(channel.get(), Workspace.BOT_USER_ID, p.get("text"), blocks(p), threadTs);
        run.ifPresent(r -> workspace.postedFor(posted, r));
        ObjectNode answer = ok().put("channel", posted.channel).put("ts", posted.ts);
        answer.set("message", workspace.messageJson(posted));
        return answer;
    }

    /** A call on an assistant thread: one the person opened, named by {@code channel_id} and {@code thread_ts}. */
    private ObjectNode assistant(Map<String, String> p, java.util.function.Consumer<Workspace.AssistantPane> change) {
        Optional<Workspace.AssistantPane> pane = workspace.assistantThread(String.valueOf(p.get("channel_id")),
                String.valueOf(p.get("thread_ts")));
        if (pane.isEmpty()) {
            return error(blank(p.get("channel_id")) || blank(p.get("thread_ts")) ? "invalid_arguments"
                    : "invalid_thread_ts");
        }
        change.accept(pane.get());
        return ok();
    }

    /** Up to four prompts, each a title and a message, as Slack takes them. */
    private ObjectNode suggestedPrompts(Map<String, String> p) throws IOException {
        JsonNode prompts = blank(p.get("prompts")) ? null : JSON.readTree(p.get("prompts"));
        if (prompts == null || !prompts.isArray() || prompts.isEmpty() || prompts.size() > 4) {
            return error("invalid_arguments");
        }
        for (JsonNode prompt : prompts) {
            if (!prompt.path("title").isTextual() || !prompt.path("message").isTextual()) {
                return error("invalid_arguments");
            }
        }
        return assistant(p, pane -> workspace.assistantPrompts(pane, p.get("title"), prompts));
    }

    private ObjectNode postEphemeral(Map<String, String> p) throws IOException {
        Optional<String> channel = resolveChannel(p.get("channel"));
        String user = p.get("user");
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        if (!workspace.isMember(channel.get(), Workspace.BOT_USER_ID)) {
            return error("not_in_channel");
        }
        if (user == null || !workspace.isMember(channel.get(), user)) {
            return error("user_not_in_channel");
        }
        Message posted = workspace.postEphemeral(channel.get(), Workspace.BOT_USER_ID, user, p.get("text"),
                blocks(p), blank(p.get("thread_ts")) ? null : p.get("thread_ts"));
        return ok().put("message_ts", posted.ts);
    }

    private ObjectNode update(Map<String, String> p) throws IOException {
        Optional<String> channel = resolveChannel(p.get("channel"));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        Optional<Message> message = workspace.message(channel.get(), p.getOrDefault("ts", ""));
        if (message.isEmpty() || message.get().visibleTo != null) {
            return error("message_not_found");
        }
        if (!message.get().fromBot) {
            return error("cant_update_message");
        }
        workspace.update(message.get(), p.get("text"), blocks(p));
        ObjectNode answer = ok().put("channel", channel.get()).put("ts", message.get().ts)
                .put("text", message.get().text);
        answer.set("message", workspace.messageJson(message.get()));
        return answer;
    }

    private ObjectNode delete(Map<String, String> p) {
        Optional<String> channel = resolveChannel(p.get("channel"));
        Optional<Message> message = channel.flatMap(c -> workspace.message(c, p.getOrDefault("ts", "")));
        if (message.isEmpty()) {
            return error("message_not_found");
        }
        if (!message.get().fromBot) {
            return error("cant_delete_message");
        }
        workspace.delete(message.get());
        return ok().put("channel", channel.get()).put("ts", message.get().ts);
    }

    private ObjectNode permalink(Map<String, String> p) {
        Optional<String> channel = resolveChannel(p.get("channel"));
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        String ts = p.getOrDefault("message_ts", "");
        if (workspace.message(channel.get(), ts).isEmpty()) {
            return error("message_not_found");
        }
        // A link the page follows itself: it opens the channel and shows the message.
        return ok().put("channel", channel.get()).put("permalink", "/#" + channel.get() + "/" + ts);
    }

    /** As Slack: a file id and a URL to send the bytes to; the file is nobody's to see until completed. */
    private ObjectNode uploadUrl(Map<String, String> p) {
        String name = p.get("filename");
        int length;
        try {
            length = Integer.parseInt(p.getOrDefault("length", ""));
        } catch (NumberFormatException e) {
            return error("invalid_arguments");
        }
        if (blank(name) || length <= 0 || length > MAX_FILE_BYTES) {
            return error(length > MAX_FILE_BYTES ? "file_too_large" : "invalid_arguments");
        }
        Workspace.UploadedFile file = workspace.newFile(name, length, p.getOrDefault("alt_txt", ""));
        return ok().put("upload_url", "http://127.0.0.1:" + server.port() + "/upload/" + file.id)
                .put("file_id", file.id);
    }

    private void upload(Context ctx, String fileId) {
        boolean received = workspace.receive(fileId, ctx.bodyAsBytes());
        ctx.status(received ? 200 : 400).result(received ? "OK - " + ctx.bodyAsBytes().length : "upload failed");
    }

    /** Shares uploaded files into a channel the bot is in; a file whose bytes never arrived is not found. */
    private ObjectNode completeUpload(Map<String, String> p) throws IOException {
        JsonNode files = blank(p.get("files")) ? null : JSON.readTree(p.get("files"));
        if (files == null || !files.isArray() || files.isEmpty()) {
            return error("invalid_arguments");
        }
        Optional<String> channel = blank(p.get("channel_id")) ? Optional.empty() : resolveChannel(p.get("channel_id"));
        if (!blank(p.get("channel_id")) && channel.isEmpty()) {
            return error("channel_not_found");
        }
        if (channel.isPresent() && !workspace.isMember(channel.get(), Workspace.BOT_USER_ID)) {
            return error("not_in_channel");
        }
        ObjectNode answer = ok();
        var done = answer.putArray("files");
        for (JsonNode f : files) {
            Optional<Workspace.UploadedFile> file = workspace.file(f.path("id").asText());
            if (file.isEmpty() || file.get().bytes == null) {
                return error("file_not_found");
            }
            if (channel.isPresent()) {
                workspace.share(file.get(), channel.get());
                // Slack shows a file shared into a channel as the bot's message: its comment, then the picture.
                ObjectNode image = JSON.createObjectNode().put("type", "image")
                        .put("alt_text", file.get().altText.isBlank() ? file.get().name : file.get().altText);
                image.putObject("slack_file").put("id", file.get().id);
                String comment = p.getOrDefault("initial_comment", "");
                var shown = JSON.createArrayNode();
                if (!comment.isBlank()) {
                    shown.addObject().put("type", "section").putObject("text").put("type", "plain_text")
                            .put("text", comment);
                }
                workspace.post(channel.get(), Workspace.BOT_USER_ID, comment, shown.add(image), null);
            }
            done.addObject().put("id", file.get().id).put("title", f.path("title").asText(file.get().name));
        }
        return answer;
    }

    private ObjectNode conversationsOpen(Map<String, String> p) {
        String users = p.getOrDefault("users", "");
        if (users.contains(",") || !workspace.isPerson(users)) {
            return error(users.contains(",") ? "not_supported" : "user_not_found");
        }
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", Workspace.dmOf(users)).put("is_im", true).put("user", users);
        return answer;
    }

    private ObjectNode usersInfo(Map<String, String> p) {
        String id = p.getOrDefault("user", "");
        if (!workspace.isPerson(id) && !Workspace.BOT_USER_ID.equals(id)) {
            return error("user_not_found");
        }
        String name = workspace.nameOf(id);
        ObjectNode answer = ok();
        ObjectNode user = answer.putObject("user");
        user.put("id", id).put("team_id", Workspace.TEAM_ID)
                .put("name", workspace.person(id).map(Workspace.Person::handle).orElse("careercoach"))
                .put("real_name", name).put("tz", "UTC").put("tz_offset", 0)
                .put("is_bot", Workspace.BOT_USER_ID.equals(id));
        user.putObject("profile").put("real_name", name).put("display_name", name);
        return answer;
    }

    private ObjectNode viewsOpen(Map<String, String> p) throws IOException {
        Optional<String> user = workspace.useTrigger(p.getOrDefault("trigger_id", ""));
        if (user.isEmpty()) {
            return error("invalid_trigger_id");
        }
        ObjectNode view = view(p);
        if (view == null || !"modal".equals(view.path("type").asText())) {
            return error("invalid_arguments");
        }
        Workspace.Modal modal = workspace.openModal(user.get(), view);
        return viewAnswer(modal.id, view);
    }

    private ObjectNode viewsUpdate(Map<String, String> p) throws IOException {
        Optional<Map.Entry<String, Workspace.Modal>> open = workspace.modalById(p.getOrDefault("view_id", ""));
        if (open.isEmpty()) {
            return error("not_found");
        }
        ObjectNode view = view(p);
        if (view == null) {
            return error("invalid_arguments");
        }
        workspace.replaceModal(open.get().getValue(), view);
        return viewAnswer(open.get().getValue().id, view);
    }

    private ObjectNode viewsPublish(Map<String, String> p) throws IOException {
        String user = p.getOrDefault("user_id", "");
        if (!workspace.isPerson(user)) {
            return error("user_not_found");
        }
        ObjectNode view = view(p);
        if (view == null || !"home".equals(view.path("type").asText())) {
            return error("invalid_arguments");
        }
        return viewAnswer(workspace.publishHome(user, view), view);
    }

    private static ObjectNode viewAnswer(String id, ObjectNode view) {
        ObjectNode answer = ok();
        ObjectNode json = view.deepCopy();
        json.put("id", id).put("team_id", Workspace.TEAM_ID).put("app_id", Workspace.APP_ID)
                .put("bot_id", Workspace.BOT_ID);
        answer.set("view", json);
        return answer;
    }

    /** A post to a response_url: replace or delete the message clicked, or answer in its channel. */
    private void response(Context ctx, String id) throws IOException {
        Optional<ResponseTarget> target = workspace.useResponseTarget(id);
        if (target.isEmpty()) {
            ctx.status(404).contentType("application/json").result("{\"ok\":false,\"error\":\"used_url\"}");
            return;
        }
        JsonNode body = JSON.readTree(ctx.body());
        ctx.contentType("application/json").result(JSON.writeValueAsString(respond(target.get(), body)));
    }

    /** What Slack does with a response_url post or with a command's ack body. */
    ObjectNode respond(ResponseTarget target, JsonNode body) {
        String text = body.path("text").asText("");
        JsonNode blocks = body.has("blocks") && !body.get("blocks").isNull() ? body.get("blocks") : null;
        Optional<Message> source = target.sourceTs() == null ? Optional.empty()
                : workspace.message(target.channel(), target.sourceTs());
        if (body.path("delete_original").asBoolean() && source.isPresent()) {
            workspace.delete(source.get());
            return ok();
        }
        if (body.path("replace_original").asBoolean() && source.isPresent()) {
            workspace.update(source.get(), text, blocks);
            return ok();
        }
        if (text.isEmpty() && blocks == null) {
            return error("no_text");
        }
        if ("in_channel".equals(body.path("response_type").asText())) {
            workspace.post(target.channel(), Workspace.BOT_USER_ID, text, blocks, target.threadTs());
        } else {
            workspace.postEphemeral(target.channel(), Workspace.BOT_USER_ID, target.userId(), text, blocks,
                    target.threadTs());
        }
        return ok();
    }

    private static ObjectNode view(Map<String, String> p) throws IOException {
        String view = p.get("view");
        if (blank(view)) {
            return null;
        }
        JsonNode json = JSON.readTree(view);
        return json.isObject() ? (ObjectNode) json : null;
    }

    private static JsonNode blocks(Map<String, String> p) throws IOException {
        String blocks = p.get("blocks");
        return blank(blocks) ? null : JSON.readTree(blocks);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode error(String code) {
        return JSON.createObjectNode().put("ok", false).put("error", code);
    }

    @Override
    public void close() {
        server.stop();
    }
}
