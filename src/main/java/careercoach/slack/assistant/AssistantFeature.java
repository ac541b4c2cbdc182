package careercoach.slack.assistant;

import careercoach.assistant.AssistantThread;
import careercoach.assistant.AssistantThreads;
import careercoach.assistant.SuggestedPrompts;
import careercoach.slack.IncomingMessage;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.TeamKey;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.events.payload.AssistantThreadContextChangedPayload;
import com.slack.api.app_backend.events.payload.AssistantThreadStartedPayload;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.AssistantThreadContextChangedEvent;
import com.slack.api.model.event.AssistantThreadStartedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The coach in Slack's assistant view (Bolt's {@link Assistant}): a greeting and prompts chosen for the person when
 * they open a thread; each of their messages answered in the thread as a DM would be (the kit's message router: a
 * question, "check my skills", ...), with a status while it is worked on and the thread titled by its first question;
 * the channel viewed beside the thread recorded. A message with a file attached is answered by its words; a file sent
 * without words is told that files are not read. Events for a thread never started here, for another person's thread
 * or without a thread are acknowledged and ignored with one warning; a reply in a DM thread that is no assistant
 * thread (a workspace without the assistant view) is answered as a DM, as before. Slack does not order events: a
 * message Slack marks as written in the view starts its thread when it arrives before the thread's
 * {@code assistant_thread_started}, and that late event then greets no more.
 */
public final class AssistantFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(AssistantFeature.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();
    static final String GREETING = "Hi! I'm your career coach. Ask me about your role's skills, pay, gaps and next"
            + " steps, or pick one of these:";
    static final String STATUS = "is looking through the career guides…";
    static final int TITLE_CHARS = 80;
    /** Set on a message event's context when Slack marked the message as written in the assistant view. */
    private static final String WRITTEN_IN_THE_VIEW = "careercoach.writtenInAssistantView";

    /** What is known of a person when their thread starts, for choosing the prompts. */
    public interface People {
        boolean pausedSkillCheck(String teamId, String userId);

        boolean openChecklistItems(String teamId, String userId);
    }

    private final AssistantThreads threads;
    private final People people;

    public AssistantFeature(AssistantThreads threads, People people) {
        this.threads = threads;
        this.people = people;
    }

    @Override
    public void install(SlackSurface surface) {
        Assistant assistant = new Assistant(new RecordedContexts(), surface.executor(), LOG);
        // The context of a thread is recorded by this feature (threadContextChanged), not in Slack messages.
        assistant.setThreadContextAutoSave(false);
        assistant.threadStarted((payload, ctx) -> guarded("start an assistant thread",
                () -> started(surface, payload, ctx)));
        assistant.threadContextChanged((payload, ctx) -> guarded("record an assistant thread's channel",
                () -> contextChanged(payload, ctx)));
        assistant.userMessage((payload, ctx) -> guarded("answer in an assistant thread",
                () -> message(surface, payload, ctx)));
        assistant.userMessageWithFiles((payload, ctx) -> guarded("answer a message with a file in an assistant"
                + " thread", () -> fileMessage(surface, payload, ctx)));
        assistant.botMessage((payload, ctx) -> {
            // Our own answers in the thread: nothing to do.
        });
        surface.app().use(AssistantFeature::readable);
        surface.app().assistant(assistant);
        // Reached only when the assistant did not take the event: no assistant_thread, or no thread in it.
        surface.app().event(AssistantThreadStartedEvent.class, (payload, ctx) -> {
            LOG.warn("ignored an assistant_thread_started event without a thread");
            return ctx.ack();
        });
        surface.app().event(AssistantThreadContextChangedEvent.class, (payload, ctx) -> {
            LOG.warn("ignored an assistant_thread_context_changed event without a thread");
            return ctx.ack();
        });
    }

    /**
     * An assistant event whose fields are not of the types Slack documents is acknowledged and ignored with one
     * warning here, before Bolt's assistant reads it after the ack (where it could only log an error).
     */
    private static Response readable(Request<?> req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.Event && req instanceof EventRequest event
                && event.getContext().isAssistantThreadEvent()) {
            Class<?> shape = switch (String.valueOf(event.getEventType())) {
                case AssistantThreadStartedEvent.TYPE_NAME -> AssistantThreadStartedPayload.class;
                case AssistantThreadContextChangedEvent.TYPE_NAME -> AssistantThreadContextChangedPayload.class;
                default -> MessagePayload.class;
            };
            try {
                JsonElement body = JsonParser.parseString(event.getRequestBodyAsString());
                GSON.fromJson(body, shape);
                if (shape == MessagePayload.class && writtenInTheView(body)) {
                    event.getContext().getAdditionalValues().put(WRITTEN_IN_THE_VIEW, "true");
                }
            } catch (RuntimeException unreadable) {
                LOG.warn("ignored an assistant event of an unexpected shape: {}", unreadable.getClass().getName());
                return event.getContext().ack();
            }
        }
        return chain.next(req);
    }

    /**
     * Slack marks a message written in the assistant view with an {@code assistant_thread} object (it carries the
     * message's action token); a reply in a thread of a plain DM has none.
     */
    private static boolean writtenInTheView(JsonElement body) {
        JsonElement event = body.isJsonObject() ? body.getAsJsonObject().get("event") : null;
        return event != null && event.isJsonObject() && event.getAsJsonObject().get("assistant_thread") != null
                && event.getAsJsonObject().get("assistant_thread").isJsonObject();
    }

    private interface Work {
        void run() throws IOException, SlackApiException;
    }

    /** Runs a handler after the ack: a failure is one warning line (Bolt would log it as an error with a trace). */
    private static void guarded(String what, Work work) {
        try {
            work.run();
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warn("could not {}: {}", what, e.toString());
        }
    }

    private void started(SlackSurface surface, EventsApiPayload<AssistantThreadStartedEvent> payload,
                         EventContext ctx) {
        var thread = payload.getEvent().getAssistantThread();
        if (thread == null || thread.getUserId() == null || thread.getChannelId() == null
                || thread.getThreadTs() == null) {
            LOG.warn("ignored an assistant_thread_started event without a user or a thread");
            return;
        }
        String team = TeamKey.of(ctx, payload.getTeamId());
        String userId = thread.getUserId();
        Optional<String> viewed = viewed(thread.getContext());
        if (!threads.started(new AssistantThread(team, userId, thread.getChannelId(), thread.getThreadTs(), viewed,
                false))) {
            // Known already: its first message came before this event (Slack does not order events) and was
            // answered in the thread. A greeting and prompts are for an empty thread; under an answer they would
            // read as if the conversation had started over. Only the channel viewed is kept, if none was known, and
            // only from the thread's own person.
            threads.find(thread.getChannelId(), thread.getThreadTs())
                    .filter(known -> ownedBy(known, team, userId))
                    .filter(known -> known.viewedChannel().isEmpty() && viewed.isPresent())
                    .ifPresent(known -> threads.viewing(thread.getChannelId(), thread.getThreadTs(), viewed));
            return;
        }
        var person = new SuggestedPrompts.Person(people.pausedSkillCheck(team, userId),
                people.openChecklistItems(team, userId), surface.guides().guideFor(team, userId));
        List<SuggestedPrompt> prompts = SuggestedPrompts.forPerson(person).stream()
                .map(p -> new SuggestedPrompt(p.title(), p.message())).toList();
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                    .channel(thread.getChannelId()).threadTs(thread.getThreadTs()).text(GREETING)));
            surface.webApi().call("assistant.threads.setSuggestedPrompts", () -> ctx.client()
                    .assistantThreadsSetSuggestedPrompts(r -> r.channelId(thread.getChannelId())
                            .threadTs(thread.getThreadTs()).title("Try one of these").prompts(prompts)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not greet in a new assistant thread: {}", e.error());
        }
    }

    private void contextChanged(EventsApiPayload<AssistantThreadContextChangedEvent> payload, EventContext ctx) {
        var thread = payload.getEvent().getAssistantThread();
        if (thread == null || thread.getChannelId() == null || thread.getThreadTs() == null) {
            LOG.warn("ignored an assistant_thread_context_changed event without a thread");
            return;
        }
        Optional<AssistantThread> known = threads.find(thread.getChannelId(), thread.getThreadTs());
        if (known.isEmpty()) {
            LOG.warn("ignored a context change of an assistant thread never started");
            return;
        }
        String team = TeamKey.of(ctx, payload.getTeamId());
        if (!known.get().teamId().equals(team)
                || thread.getUserId() != null && !thread.getUserId().equals(known.get().userId())) {
            LOG.warn("ignored a context change of another person's assistant thread");
            return;
        }
        threads.viewing(thread.getChannelId(), thread.getThreadTs(), viewed(thread.getContext()));
    }

    /** What an answer needs of a person's message in a thread, with or without a file. */
    private record Written(String user, String channel, String ts, String threadTs, String text, String eventId) {
    }

    private void message(SlackSurface surface, EventsApiPayload<MessageEvent> payload, EventContext ctx)
            throws IOException, SlackApiException {
        MessageEvent event = payload.getEvent();
        if (event.getThreadTs() == null || event.getUser() == null || event.getSubtype() != null) {
            LOG.warn("ignored a message in an assistant thread without a thread or a sender");
            return;
        }
        answer(surface, payload, ctx, new Written(event.getUser(), event.getChannel(), event.getTs(),
                event.getThreadTs(), event.getText(), payload.getEventId()), () -> IncomingMessage.of(payload));
    }

    /**
     * A message with a file attached ({@code file_share}): its words are answered as any message's; a file sent
     * without words is told that files are not read.
     */
    private void fileMessage(SlackSurface surface, EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx)
            throws IOException, SlackApiException {
        MessageFileShareEvent event = payload.getEvent();
        if (event.getThreadTs() == null || event.getUser() == null) {
            LOG.warn("ignored a message in an assistant thread without a thread or a sender");
            return;
        }
        String team = TeamKey.of(ctx, payload.getTeamId());
        if (event.getText() != null && !event.getText().isBlank()) {
            // A file in a plain DM's thread is not answered, as a DM with a file is not.
            answer(surface, payload, ctx, new Written(event.getUser(), event.getChannel(), event.getTs(),
                    event.getThreadTs(), event.getText(), payload.getEventId()), Optional::empty);
            return;
        }
        Optional<AssistantThread> known = threads.find(event.getChannel(), event.getThreadTs());
        if (known.isEmpty() || !ownedBy(known.get(), team, event.getUser())) {
            LOG.warn("ignored a file in an assistant thread not started by its sender");
            return;
        }
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                    .channel(event.getChannel()).threadTs(event.getThreadTs()).text(IncomingMessage.FILES_NOT_READ)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not say that files are not read: {}", e.error());
        }
    }

    /**
     * Answers a person's message in their assistant thread; {@code asDirect} is the message as a DM, for a reply in
     * a DM thread that is no assistant thread (empty: not answered there).
     */
    private void answer(SlackSurface surface, EventsApiPayload<?> payload, EventContext ctx, Written event,
                        Supplier<Optional<IncomingMessage>> asDirect) throws IOException, SlackApiException {
        String threadTs = event.threadTs();
        String team = TeamKey.of(ctx, payload.getTeamId());
        Optional<AssistantThread> known = threads.find(event.channel(), threadTs);
        if (known.isEmpty() && "true".equals(ctx.getAdditionalValues().get(WRITTEN_IN_THE_VIEW))) {
            // Written in the assistant view before its assistant_thread_started arrived: the thread starts here.
            threads.started(new AssistantThread(team, event.user(), event.channel(), threadTs,
                    Optional.empty(), false));
            known = threads.find(event.channel(), threadTs);
        }
        if (known.isEmpty()) {
            // A reply in a DM thread where no assistant thread was started: a DM, as without the assistant view.
            Optional<IncomingMessage> direct = asDirect.get();
            if (direct.isPresent()) {
                surface.messages().route(direct.get().keptUnder(team), ctx);
            }
            return;
        }
        if (!ownedBy(known.get(), team, event.user())) {
            LOG.warn("ignored a message in another person's assistant thread");
            return;
        }
        try {
            surface.webApi().call("assistant.threads.setStatus", () -> ctx.client().assistantThreadsSetStatus(r -> r
                    .channelId(event.channel()).threadTs(threadTs).status(STATUS)));
        } catch (SlackDeliveryException | RuntimeException e) {
            LOG.warn("could not show the assistant thread's status: {}", e.toString());
        }
        if (threads.title(event.channel(), threadTs)) {
            String title = title(event.text());
            try {
                surface.webApi().call("assistant.threads.setTitle", () -> ctx.client().assistantThreadsSetTitle(r -> r
                        .channelId(event.channel()).threadTs(threadTs).title(title)));
            } catch (SlackDeliveryException | RuntimeException e) {
                LOG.warn("could not title the assistant thread: {}", e.toString());
            }
        }
        surface.messages().route(IncomingMessage.inAssistantThread(team, event.user(), event.channel(),
                event.ts(), threadTs, event.text(), event.eventId(), known.get().viewedChannel()), ctx);
    }

    /** Whether a thread is this person's, in this workspace (an org's): only they act on it. */
    private static boolean ownedBy(AssistantThread thread, String team, String userId) {
        return thread.teamId().equals(team) && thread.userId().equals(userId);
    }

    /** A thread's title: its first question, on one line, cut at a word near {@link #TITLE_CHARS}. */
    static String title(String firstQuestion) {
        String text = firstQuestion == null ? "" : firstQuestion.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "Career question";
        }
        if (text.length() <= TITLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_CHARS - 1);
        return text.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 1) + "…";
    }

    private static Optional<String> viewed(AssistantThreadContext context) {
        return context == null ? Optional.empty() : Optional.ofNullable(context.getChannelId());
    }

    /** Bolt asks the context of a thread on each message; it is the one recorded here. */
    private final class RecordedContexts implements AssistantThreadContextService {
        @Override
        public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
            return threads.find(channelId, threadTs).flatMap(AssistantThread::viewedChannel)
                    .map(channel -> AssistantThreadContext.builder().channelId(channel).build());
        }

        @Override
        public void saveCurrentContext(String channelId, String threadTs, AssistantThreadContext context) {
            threads.viewing(channelId, threadTs, viewed(context));
        }
    }
}
