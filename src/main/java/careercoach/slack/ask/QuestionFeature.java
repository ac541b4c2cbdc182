package careercoach.slack.ask;

import careercoach.content.AnswerRecorder;
import careercoach.guide.Guide;
import careercoach.search.Answer;
import careercoach.search.Hit;
import careercoach.search.AnswerFeedback;
import careercoach.search.FollowUps;
import careercoach.search.LastQuestion;
import careercoach.search.ThreadMemory;
import careercoach.slack.CareerCommands;
import careercoach.slack.HelpRenderer;
import careercoach.slack.IncomingMessage;
import careercoach.slack.MovePhrase;
import careercoach.slack.Mrkdwn;
import careercoach.slack.Presses;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import careercoach.slack.TeamKey;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Questions: {@code /career ask}, direct messages and @mentions (answered in the mention's thread), the 👍/👎
 * feedback and the did-you-mean button. The search runs after the ack; answers go out through the Web API or the
 * command's response_url.
 */
public final class QuestionFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionFeature.class);
    static final int HITS = 1 + AnswerRenderer.OTHER_MATCHES;
    /** Questions that may wait for a search: a few seconds of searches on two cores. */
    static final int SEARCH_QUEUE = 512;
    /** What the asker is told when the search itself failed (model not loaded, index closed by a reload). */
    static final String THANKS_REPLY = "Glad to help. Ask me anything else about your role, or `/career help` for"
            + " what I can do.";
    /** {@code /career ask} with no question: how to ask, in one line. */
    static final String ASK_USAGE = "Type your question after `/career ask`, e.g. `/career ask what does a lead earn?`";
    static final String SEARCH_FAILED = "Sorry, I couldn't search the guides just now. Please ask again in a"
            + " minute.";

    private final QuestionAnswerer answerer;
    private final ThreadMemory threads;
    private final Clock clock;
    private final AnswerFeedback feedback;
    private final AnswerRecorder recorder;
    private final HelpRenderer helpRenderer = new HelpRenderer();
    /**
     * Searches run here, after the ack, as many at once as the cores but one (a search embeds the question on one
     * core, about 8 ms: the threads that ack keep a core); the answer is then posted from the pool for work after
     * the ack. A question waiting for its search (behind others, or behind the embedding model
     * loading on the first question after a start) waits in this lane's queue and holds no thread of that pool,
     * so clicks, ticks and commands are not turned away meanwhile; past this queue a question is (Slack delivers
     * the event again later).
     */
    private final ThreadPoolExecutor searches;
    /** How long one search takes in the lane, embedding included ({@code career_search_seconds}); set at install. */
    private Timer searchLatency;

    /** @param recorder records each answer for the guide authors' report (without the asker's id) */
    public QuestionFeature(QuestionAnswerer answerer, AnswerFeedback feedback, AnswerRecorder recorder) {
        this(answerer, feedback, recorder, ThreadMemory.none(), Clock.systemUTC());
    }

    /**
     * @param threads the last question of each DM and mention thread, so a follow-up is read with it
     * @param clock   when a question was answered (a thread's last question is kept an hour)
     */
    public QuestionFeature(QuestionAnswerer answerer, AnswerFeedback feedback, AnswerRecorder recorder,
                           ThreadMemory threads, Clock clock) {
        this.answerer = answerer;
        this.threads = threads;
        this.clock = clock;
        this.feedback = feedback;
        this.recorder = recorder;
        int lanes = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger count = new AtomicInteger();
        this.searches = new ThreadPoolExecutor(lanes, lanes, 10, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(SEARCH_QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "search-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        searches.allowCoreThreadTimeOut(true);
    }

    /** What a search found: the guide searched (empty: every guide) and the answer. */
    private record Found(Optional<String> searchIn, Answer answer) {
    }

    /**
     * Searches {@code question} in the searches' lane (in the guide the asker chose, else in all), then runs
     * {@code then} with what it found on the pool for work after the ack (recording, rendering, posting: they
     * wait on the database and on Slack, so not in the lane), or right there when that pool is full: an answer
     * found is never dropped. A search that throws is logged and counted ({@code career_search_failures_total}),
     * and {@code failed} tells the asker instead: nobody is left without a reply.
     */
    private void searchThen(SlackSurface surface, String teamId, String userId, String question,
                            Consumer<Found> then, Runnable failed) {
        searchThen(surface, teamId, userId, question, Optional.empty(), then, failed);
    }

    /**
     * As {@link #searchThen(SlackSurface, String, String, String, Consumer, Runnable)}, in a conversation thread:
     * the question is read with the thread's last question ({@link FollowUps}), and becomes its last question.
     */
    private void searchThen(SlackSurface surface, String teamId, String userId, String question,
                            Optional<ThreadMemory.Thread> thread, Consumer<Found> then, Runnable failed) {
        surface.executor().executeOn(searches, () -> {
            Optional<String> chosen = surface.guides().questionGuide(teamId, userId);
            Runnable rest;
            try {
                Optional<LastQuestion> last = thread.flatMap(this::lastQuestion);
                FollowUps followUps = new FollowUps(answerer::answer, id -> surface.guides().library().find(id));
                FollowUps.Resolved resolved = searchLatency.record(() -> followUps.answer(question, last, chosen,
                        HITS));
                Answer answer = resolved.answer();
                Optional<String> searchIn = resolved.followUp() ? answer.best().map(Hit::guideId) : chosen;
                Found found = new Found(searchIn, answer);
                thread.ifPresent(t -> rememberAnswered(t, question, answer));
                rest = () -> then.accept(found);
            } catch (RuntimeException e) {
                surface.metrics().counter("career.search.failures").increment();
                LOG.error("a search failed; the asker is told so", e);
                rest = failed;
            }
            try {
                surface.executor().execute(rest);
            } catch (RejectedExecutionException full) {
                rest.run();
            }
        });
    }

    private Optional<LastQuestion> lastQuestion(ThreadMemory.Thread thread) {
        try {
            return threads.last(thread);
        } catch (RuntimeException e) {
            LOG.warn("could not read the thread's last question, answering the message alone: {}", e.toString());
            return Optional.empty();
        }
    }

    /** An answered question becomes its thread's last; one not answered leaves the last as it was. */
    private void rememberAnswered(ThreadMemory.Thread thread, String question, Answer answer) {
        if (!answer.answered() || answer.best().isEmpty()) {
            return;
        }
        Hit best = answer.best().get();
        try {
            threads.remember(thread, new LastQuestion(question, best.guideId(), best.sectionId(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("could not keep the thread's last question: {}", e.toString());
        }
    }

    @Override
    public void install(SlackSurface surface) {
        searchLatency = Timer.builder("career.search").description("one guide search")
                .publishPercentiles(0.5, 0.9, 0.99).register(surface.metrics());
        AnswerRenderer renderer = new AnswerRenderer(id -> surface.guides().library().find(id));
        CareerCommands commands = surface.commands();
        commands.register(new Subcommand(CareerCommands.ASK, "ask <question>",
                "answer a question from the guides (any other text is a question too)", call -> {
                    if (call.args().isBlank()) {
                        return call.context().ack(r -> r.responseType("ephemeral").text(ASK_USAGE));
                    }
                    searchThen(surface, call.teamId(), call.payload().getUserId(), call.args(),
                            found -> {
                                String answerId = UUID.randomUUID().toString();
                                Answer answer = counted(surface, call.teamId(), call.guide(), found, answerId);
                                List<LayoutBlock> blocks = renderer.render(answer, answerId, call.guide(),
                                        commands.subcommandsFor(call.teamId(), call.userId(), call.guide()));
                                surface.webApi().respond("answer", () -> call.context().respond(r -> r
                                        .responseType("ephemeral").text(renderer.fallbackText(answer))
                                        .blocks(blocks)));
                            }, () -> surface.webApi().respond("answer", () -> call.context().respond(r -> r
                                    .responseType("ephemeral").text(SEARCH_FAILED))));
                    return call.context().ack();
                }));

        // Direct messages and mentions that no feature's phrase matches are questions.
        surface.messages().fallback((message, ctx) -> reply(surface, renderer, ctx, message));

        surface.app().blockAction(AnswerRenderer.FEEDBACK_UP_ACTION, (req, ctx) -> vote(surface, req, ctx, true));
        surface.app().blockAction(AnswerRenderer.FEEDBACK_DOWN_ACTION, (req, ctx) -> vote(surface, req, ctx, false));
        surface.app().blockAction(AnswerRenderer.DID_YOU_MEAN_ACTION, (req, ctx) -> {
            String team = TeamKey.of(ctx, req.getPayload());
            if (!Presses.firstWithinWindow(surface, team, req.getPayload())) {
                // A double click answers once.
                return ctx.ack();
            }
            String user = req.getPayload().getUser().getId();
            String question = SharedActions.value(req);
            searchThen(surface, team, user, question, found -> {
                String answerId = UUID.randomUUID().toString();
                Guide guide = surface.guides().guideFor(team, user);
                Answer answer = counted(surface, team, guide, found, answerId);
                List<LayoutBlock> blocks = renderer.render(answer, answerId, guide,
                        commands.subcommandsFor(team, user, guide));
                respond(surface, ctx, renderer.fallbackText(answer), blocks);
            }, () -> respond(surface, ctx, SEARCH_FAILED, null));
            return ctx.ack();
        });
    }

    /**
     * Counts and records a found answer; {@code answerId} is what its 👍/👎 buttons will carry.
     *
     * @param teamKey the asker's workspace ({@link TeamKey}): the report shows the question's text to its authors
     * @param guide the asker's guide (chosen or default)
     * @param found what the search found, in the guide the asker chose or (none chosen) in every guide (the
     *              answer then names its guide)
     */
    private Answer counted(SlackSurface surface, String teamKey, Guide guide, Found found, String answerId) {
        Answer answer = found.answer();
        Optional<String> searchIn = found.searchIn();
        surface.metrics().counter("career.answers", "answered", String.valueOf(answer.answered())).increment();
        if (!answer.query().isBlank()) {
            // The guide searched: a question naming another role is routed there, whatever the asker chose.
            String answeredFrom = answer.best().map(Hit::guideId).or(() -> searchIn).orElse(guide.id());
            recorder.record(teamKey, answerId, answeredFrom, answer);
        }
        return answer;
    }

    /**
     * Answers a DM or mention after the ack: help for a greeting, else the search's answer; a mention is answered in
     * its thread, a DM in the conversation itself.
     */
    private void reply(SlackSurface surface, AnswerRenderer renderer, EventContext ctx, IncomingMessage message) {
        String teamId = message.teamId();
        String userId = message.userId();
        String channel = message.channelId();
        String threadTs = message.replyThread();
        String text = message.text();
        if (Greetings.isGreetingOrHelp(text)) {
            surface.executor().execute(() -> {
                Guide guide = surface.guides().guideFor(teamId, userId);
                post(surface, ctx, userId, channel, threadTs, "What I can do",
                        helpRenderer.render(guide, teamId, userId, surface.commands().subcommands(), ""));
            });
            return;
        }
        if (Greetings.isThanks(text)) {
            surface.executor().execute(() -> post(surface, ctx, userId, channel, threadTs, THANKS_REPLY, null));
            return;
        }
        // A DM outside any thread is one conversation; a mention's thread is one, and so is an assistant thread.
        ThreadMemory.Thread thread = new ThreadMemory.Thread(teamId, userId, channel,
                message.isDirect() && !message.isAssistant() ? message.threadTs() : message.thread());
        searchThen(surface, teamId, userId, text, Optional.of(thread), found -> {
            Guide guide = surface.guides().guideFor(teamId, userId);
            Answer answer = counted(surface, teamId, guide, found, message.eventId());
            List<LayoutBlock> blocks = renderer.render(answer, message.eventId(), guide,
                    surface.commands().subcommandsFor(teamId, userId, guide));
            post(surface, ctx, userId, channel, threadTs, renderer.fallbackText(answer),
                    message.isDirect() ? blocks : withCompareLine(surface, text, blocks));
        }, () -> post(surface, ctx, userId, channel, threadTs, SEARCH_FAILED, null));
    }

    /**
     * "What changes if I move to Y?" at an @mention is answered in its thread as a question about Y: the asker's own
     * role is never said in a channel. One line under the answer points to where it is compared with their role,
     * {@code /career compare Y} (seen by them alone) or the DM, without naming it.
     */
    private static List<LayoutBlock> withCompareLine(SlackSurface surface, String text, List<LayoutBlock> blocks) {
        Optional<Guide> to = MovePhrase.movingTo(text).flatMap(y -> surface.guides().roles().find(y).guide());
        if (to.isEmpty() || blocks == null || blocks.size() >= Mrkdwn.MAX_MESSAGE_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> withLine = new java.util.ArrayList<>(blocks);
        withLine.add(context(c -> c.elements(List.of(markdownText("To see what changes from your own role, use"
                + " `/career compare " + Mrkdwn.escape(to.get().title()) + "` (only you see its answer) or ask me in"
                + " a DM.")))));
        return withLine;
    }

    private static void post(SlackSurface surface, EventContext ctx, String userId, String channel, String threadTs,
                             String fallback, List<LayoutBlock> blocks) {
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs).text(fallback).blocks(blocks)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not answer a question: {}", e.error());
            if (e.isChannelAccess() && threadTs != null) {
                try {
                    surface.webApi().call("chat.postEphemeral", () -> ctx.client().chatPostEphemeral(r -> r
                            .channel(channel).user(userId).text("I can't post in this channel. Invite me first"
                                    + " (type `/invite @` and my name), or send me your question in a DM.")));
                } catch (SlackDeliveryException again) {
                    LOG.warn("could not tell the user that the channel is closed to the bot: {}", again.error());
                }
            }
        }
    }

    private Response vote(SlackSurface surface, BlockActionRequest req, ActionContext ctx, boolean helpful) {
        String[] vote = SharedActions.parts(req);
        if (vote.length == 3) {
            feedback.record(TeamKey.of(ctx, req.getPayload()), req.getPayload().getUser().getId(),
                    vote[0], vote[1], vote[2], helpful);
            surface.metrics().counter("career.feedback", "helpful", String.valueOf(helpful)).increment();
            surface.executor().execute(() -> respond(surface, ctx, helpful
                    ? "Thanks, glad it helped." : "Thanks for telling me. The guide authors will see it.", null));
        }
        return ctx.ack();
    }

    private static void respond(SlackSurface surface, ActionContext ctx, String text, List<LayoutBlock> blocks) {
        surface.webApi().respond("button answer", () -> ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(false).text(text).blocks(blocks)));
    }
}
