package careercoach.slack.workflow;

import careercoach.coach.Coach;
import careercoach.coach.ConversationKind;
import careercoach.failure.MalformedPayloadException;
import careercoach.guide.Guide;
import careercoach.slack.ChannelMembers;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.TeamKey;
import careercoach.workflow.ChecklistSharing;
import careercoach.workflow.StepFailedException;
import careercoach.workflow.WorkflowRun;
import careercoach.workflow.WorkflowRuns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The coach's custom steps for Workflow Builder ({@code functions} in the manifest). <em>Share a next-step
 * checklist</em> shares one for a person in a channel as {@code /career checklist} does, the person who ran the
 * workflow acting as the manager, and outputs the message's link. <em>Ask someone to run a skill check</em> sends the
 * person a DM with a start button and outputs when they pressed it; the run waits in the store meanwhile.
 * <p>
 * Each run (one {@code function_execution_id}) is claimed in the store before its event is acknowledged, so a
 * redelivered event runs it once; the work happens after the ack, and every run ends in {@code functions.completeSuccess}
 * with its outputs or {@code functions.completeError} with a sentence the workflow's author can act on. Calls are made
 * with the execution's own token ({@code bot_access_token}), as Bolt attaches it to the context's client, in the
 * event and in the clicks on the DM it sent.
 */
public final class WorkflowFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowFeature.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the raw body of a {@code function_executed} delivery waits for its listener. */
    private static final String RAW_EVENT = "careercoach.workflow.raw_event";
    /** Slack's ids: execution, team and user ids alike. */
    private static final Pattern SLACK_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    public static final String SHARE_CHECKLIST = "share_next_step_checklist";
    public static final String ASK_SKILL_CHECK = "ask_for_skill_check";
    public static final String START_ACTION = "workflow_skill_check_start";

    /**
     * A run still unfinished this long after it was claimed (or its person pressed start) was left by a process that
     * stopped: a step's work takes seconds, Slack's rate-limit waits a minute at most.
     */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);
    /** How often runs left unfinished are looked for. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
    static final String INTERRUPTED = "Career Coach stopped while it was running this step, so it may not have"
            + " finished. Run the workflow again.";

    static final String PERSON_GONE = "Career Coach could not finish this step: the person it asked to run a skill"
            + " check is no longer known to it (they may have asked it to forget them). Run the workflow again.";

    static final String NOT_SERVED = "The Career Coach running now does not have this step (it may have been renamed"
            + " or removed): edit the workflow to use one of its current steps, or ask whoever runs Career Coach"
            + " whether it is being updated.";

    static final String UNEXPECTED = "Career Coach could not run this step because of an unexpected error on its"
            + " side. Run the workflow again; if it fails again, ask whoever runs Career Coach to check its log.";

    private final WorkflowRuns runs;
    private final ChecklistSharing checklists;
    private final SkillCheckStart skillChecks;
    private final Clock clock;
    private final SkillCheckInvite invite = new SkillCheckInvite();
    private SlackSurface surface;
    private ScheduledExecutorService sweeper;

    /** Starts the person's skill check in their DM once they pressed start. */
    @FunctionalInterface
    public interface SkillCheckStart {
        void start(String teamId, String userId);
    }

    public WorkflowFeature(WorkflowRuns runs, ChecklistSharing checklists, SkillCheckStart skillChecks, Clock clock) {
        this.runs = runs;
        this.checklists = checklists;
        this.skillChecks = skillChecks;
        this.clock = clock;
    }

    @Override
    public void install(SlackSurface surface) {
        this.surface = surface;
        // Bolt reads inputs into strings only; a user_context input is an object, so the listeners read the raw event.
        surface.app().use((req, resp, chain) -> {
            if (req.getRequestType() == RequestType.Event && req.getRequestBodyAsString() != null
                    && req.getRequestBodyAsString().contains("function_executed")) {
                requireCallbackId(req.getRequestBodyAsString());
                Optional<String> unserved = unservedExecution(req.getRequestBodyAsString());
                if (unserved.isPresent()) {
                    // Bolt has no listener for it and would acknowledge it unanswered: the workflow would wait.
                    LOG.warn("execution {} of a step this version does not have was failed", unserved.get());
                    MethodsClient client = req.getContext().client();
                    surface.executor().execute(() -> reportFailure(surface, client, unserved.get(), NOT_SERVED));
                    return Response.ok();
                }
                req.getContext().getAdditionalValues().put(RAW_EVENT, req.getRequestBodyAsString());
            }
            return chain.next(req);
        });
        surface.app().function(SHARE_CHECKLIST, (req, ctx) ->
                claimThenRun(surface, ctx, req.getTeamId(), SHARE_CHECKLIST, this::shareChecklist));
        surface.app().function(ASK_SKILL_CHECK, (req, ctx) ->
                claimThenRun(surface, ctx, req.getTeamId(), ASK_SKILL_CHECK, this::askForSkillCheck));
        surface.app().blockAction(START_ACTION, (req, ctx) -> started(surface, req, ctx));
    }

    /** Looks for runs a stopped process left unfinished, at start and then every few minutes. */
    @Override
    public void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "workflow-runs-left-unfinished");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                finishInterrupted();
            } catch (RuntimeException e) {
                // The database away: the next sweep tries again.
                LOG.warn("could not look for workflow steps left unfinished: {}", e.toString());
            }
        }, 0, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    /**
     * Reports to Slack the runs a stopped process left unfinished, so no workflow waits on them for ever: a share
     * run whose checklist was posted completes with its link; any other run cut off while running fails with a
     * sentence asking to run it again; one whose person had pressed start completes with the time they did. One
     * instance reports each run ({@link WorkflowRuns#settle}). Returns how many.
     */
    public int finishInterrupted() {
        int reported = 0;
        for (WorkflowRun run : runs.unfinished(clock.instant().minus(INTERRUPTED_AFTER))) {
            try {
                reported += finishInterrupted(run) ? 1 : 0;
            } catch (RuntimeException e) {
                // No token for its workspace any more, say: the other runs are still reported.
                LOG.warn("could not report execution {} left unfinished: {}", run.executionId(), e.toString());
            }
        }
        return reported;
    }

    private boolean finishInterrupted(WorkflowRun run) {
        MethodsClient client = surface.clients().of(run.teamId());
        Optional<String> shared = SHARE_CHECKLIST.equals(run.step()) && run.state() == WorkflowRun.State.RUNNING
                ? runs.checklistOf(run.executionId()).flatMap(id -> checklists.postedLink(run.teamId(), id))
                : Optional.empty();
        if (shared.isPresent()
                && runs.settle(run.executionId(), WorkflowRun.State.RUNNING, WorkflowRun.State.COMPLETED)) {
            // Its checklist was shared and posted; only the completion did not reach Slack (Slack away, or the
            // process stopped right after the post): the run ends as it would have, with the message's link.
            try {
                surface.webApi().call("functions.completeSuccess", () -> client.functionsCompleteSuccess(r -> r
                        .functionExecutionId(run.executionId()).outputs(Map.of("message_link", shared.get()))));
                surface.metrics().counter("career.workflow.steps", "outcome", "completed").increment();
            } catch (SlackDeliveryException e) {
                LOG.warn("could not complete execution {} left unfinished: {}", run.executionId(), e.error());
                if (isTransient(e)) {
                    runs.settle(run.executionId(), WorkflowRun.State.COMPLETED, WorkflowRun.State.RUNNING);
                    return false;
                }
            }
            return true;
        }
        if (run.state() == WorkflowRun.State.RUNNING
                && runs.settle(run.executionId(), WorkflowRun.State.RUNNING, WorkflowRun.State.FAILED)) {
            LOG.warn("step {} of execution {} was left unfinished; reported as failed", run.step(), run.executionId());
            boolean personGone = ASK_SKILL_CHECK.equals(run.step()) && run.personId().isBlank();
            if (!reportFailure(surface, client, run.executionId(), personGone ? PERSON_GONE : INTERRUPTED)) {
                // Slack away: given back, so a later sweep (of any instance) reports it.
                runs.settle(run.executionId(), WorkflowRun.State.FAILED, WorkflowRun.State.RUNNING);
                return false;
            }
            return true;
        }
        if (run.state() == WorkflowRun.State.STARTED
                && runs.settle(run.executionId(), WorkflowRun.State.STARTED, WorkflowRun.State.COMPLETED)) {
            Instant started = run.startedAt().orElse(run.createdAt());
            try {
                surface.webApi().call("functions.completeSuccess", () -> client.functionsCompleteSuccess(r -> r
                        .functionExecutionId(run.executionId())
                        .outputs(Map.of("started_at", started.getEpochSecond()))));
                surface.metrics().counter("career.workflow.steps", "outcome", "completed").increment();
            } catch (SlackDeliveryException e) {
                LOG.warn("could not complete execution {} left unfinished: {}", run.executionId(), e.error());
                if (isTransient(e)) {
                    runs.settle(run.executionId(), WorkflowRun.State.COMPLETED, WorkflowRun.State.STARTED);
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Slack could not be reached or was busy (after the Web API's retries): the same report may be taken later. Any
     * other refusal (an execution Slack no longer knows, a revoked token) will not change by sending it again.
     */
    static boolean isTransient(SlackDeliveryException e) {
        String error = e.error() == null ? "" : e.error();
        return error.startsWith("gave_up_after_") || error.startsWith("http_5") || TRANSIENT.contains(error);
    }

    private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error",
            "fatal_error", "service_unavailable", "request_timeout", "timeout_not_retried");

    /**
     * Bolt picks a step's listener by {@code event.function.callback_id} and fails on our thread when it is absent:
     * such an event is the sender's fault, said so before Bolt reads it.
     */
    private static void requireCallbackId(String body) {
        JsonNode event;
        try {
            event = JSON.readTree(body).path("event");
        } catch (IOException e) {
            return; // not JSON: the parser reports it as malformed
        }
        if ("function_executed".equals(event.path("type").asText())
                && !event.path("function").path("callback_id").isTextual()) {
            throw new MalformedPayloadException("a function_executed event without function.callback_id");
        }
    }

    /** The execution id of a {@code function_executed} event for a step of no listener here, if it is one. */
    private static Optional<String> unservedExecution(String body) {
        JsonNode event;
        try {
            event = JSON.readTree(body).path("event");
        } catch (IOException e) {
            return Optional.empty();
        }
        String callbackId = event.path("function").path("callback_id").asText("");
        String executionId = event.path("function_execution_id").asText("");
        return "function_executed".equals(event.path("type").asText())
                && !SHARE_CHECKLIST.equals(callbackId) && !ASK_SKILL_CHECK.equals(callbackId)
                && SLACK_ID.matcher(executionId).matches() ? Optional.of(executionId) : Optional.empty();
    }

    /** One step's work after the ack: its outputs, or a failure for the author. */
    @FunctionalInterface
    private interface Step {
        Map<String, Object> run(SlackSurface surface, Execution execution) throws StepFailedException;
    }

    /** What a step's work needs from its event. */
    record Execution(String id, String teamId, StepInputs inputs, MethodsClient client, String botUserId) {
    }

    private Response claimThenRun(SlackSurface surface, EventContext ctx, String payloadTeamId, String step,
                                  Step work) throws IOException {
        JsonNode event = JSON.readTree(Optional.ofNullable(ctx.getAdditionalValues().get(RAW_EVENT)).orElse("{}"))
                .path("event");
        String executionId = event.path("function_execution_id").asText("");
        String teamId = TeamKey.of(ctx, payloadTeamId);
        if (!SLACK_ID.matcher(executionId).matches() || teamId == null || !SLACK_ID.matcher(teamId).matches()) {
            LOG.warn("a function_executed event without a usable function_execution_id or team was ignored");
            return ctx.ack();
        }
        StepInputs inputs = new StepInputs(event.path("inputs"));
        WorkflowRun run = new WorkflowRun(executionId, teamId, step, idOrBlank(event.path("inputs").path("person")),
                idOrBlank(event.path("inputs").path("manager")), WorkflowRun.State.RUNNING, Optional.empty(),
                clock.instant());
        if (!runs.claim(run)) {
            LOG.info("step {} of execution {} was run before; this delivery is acknowledged only", step, executionId);
            return ctx.ack();
        }
        Execution execution = new Execution(executionId, teamId, inputs, ctx.client(), ctx.getBotUserId());
        surface.executor().execute(() -> {
            try {
                Map<String, Object> outputs = work.run(surface, execution);
                if (outputs != null) {
                    complete(surface, execution.client(), executionId, outputs);
                }
            } catch (StepFailedException e) {
                fail(surface, execution.client(), executionId, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("step {} of execution {} failed unexpectedly", step, executionId, e);
                fail(surface, execution.client(), executionId, UNEXPECTED);
            }
        });
        return ctx.ack();
    }

    private Map<String, Object> shareChecklist(SlackSurface surface, Execution execution) throws StepFailedException {
        StepInputs inputs = execution.inputs();
        String person = inputs.user("person", "Person");
        String channel = inputs.channel("channel", "Channel");
        String manager = inputs.user("manager", "Shared by");
        Optional<LocalDate> due = inputs.date("due_date", "Due date");
        List<String> extra = inputs.texts("extra_items", "Extra items");
        if (person.equals(execution.botUserId())) {
            throw new StepFailedException("The Person input is Career Coach itself: pick the person the checklist is"
                    + " for.");
        }
        Set<String> members = members(surface, execution, channel);
        if (execution.botUserId() != null && !members.contains(execution.botUserId())) {
            throw new StepFailedException("Career Coach is not a member of " + channelName(execution, channel)
                    + ": add it to the channel (/invite @Career Coach), then run the workflow again.");
        }
        if (!members.contains(person)) {
            throw new StepFailedException(ChannelMembers.personNotIn(personName(execution, person, "Person"),
                    channelName(execution, channel)));
        }
        if (!members.contains(manager)) {
            throw new StepFailedException(personName(execution, manager, "Shared by") + ", who shares the checklist,"
                    + " is not in " + channelName(execution, channel) + ": only someone in the channel can share a"
                    + " checklist there.");
        }
        String link = checklists.share(execution.teamId(), channel, person, manager, extra, due,
                new ChecklistSharing.Run() {
                    @Override
                    public boolean leftByFailedRun(long checklistId) {
                        return runs.leftByFailedRun(execution.teamId(), checklistId);
                    }

                    @Override
                    public void made(long checklistId) {
                        runs.made(execution.id(), checklistId);
                    }
                });
        return Map.of("message_link", link);
    }

    /**
     * A channel as a failure names it: "#name" as Slack gives it, else the input it came from. Workflow Builder shows
     * the sentence as plain text, where {@code <#C…>} would stay as typed.
     */
    private String channelName(Execution execution, String channel) {
        try {
            var info = surface.webApi().call("conversations.info", () -> execution.client()
                    .conversationsInfo(r -> r.channel(channel)));
            if (info.getChannel() != null && info.getChannel().getName() != null
                    && !info.getChannel().getName().isBlank()) {
                return "#" + info.getChannel().getName();
            }
        } catch (SlackDeliveryException | RuntimeException e) {
            LOG.debug("no name for the channel of a failed step: {}", e.toString());
        }
        return "the channel in the Channel input";
    }

    /** A person as a failure names them: their name in Slack, else the input they came from (as for channels). */
    private String personName(Execution execution, String userId, String input) {
        try {
            var user = surface.webApi().call("users.info", () -> execution.client().usersInfo(r -> r.user(userId)))
                    .getUser();
            if (user != null) {
                String name = user.getProfile() != null && user.getProfile().getDisplayName() != null
                        && !user.getProfile().getDisplayName().isBlank() ? user.getProfile().getDisplayName()
                        : user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName()
                        : user.getName();
                if (name != null && !name.isBlank()) {
                    return name;
                }
            }
        } catch (SlackDeliveryException | RuntimeException e) {
            LOG.debug("no name for the person of a failed step: {}", e.toString());
        }
        return "the person in the " + input + " input";
    }

    /** Everyone in the channel, the bot included; fails the step when Slack will not tell. */
    private Set<String> members(SlackSurface surface, Execution execution, String channel) throws StepFailedException {
        try {
            return ChannelMembers.of(surface.webApi(), execution.client(), channel);
        } catch (SlackDeliveryException e) {
            throw e.isChannelAccess() ? new StepFailedException("Career Coach cannot see "
                    + channelName(execution, channel) + ": add it to the channel (/invite @Career Coach), then run"
                    + " the workflow again.")
                    : new StepFailedException("Slack would not list the members of " + channelName(execution, channel)
                    + " (" + e.error() + "); run the workflow again in a moment.");
        }
    }

    private Map<String, Object> askForSkillCheck(SlackSurface surface, Execution execution)
            throws StepFailedException {
        String person = execution.inputs().user("person", "Person");
        List<String> message = execution.inputs().texts("message", "Message");
        // Someone who asks themselves, or a workflow that names Career Coach, names nobody.
        Optional<String> askedBy = execution.inputs().optionalUser("asked_by", "Asked by")
                .filter(id -> !id.equals(person) && !id.equals(execution.botUserId()));
        Guide guide = surface.guides().guideFor(execution.teamId(), person);
        if (!Coach.canStart(guide, ConversationKind.SKILL_CHECK)) {
            // The guide a person chose is theirs: not named to whoever reads the workflow's failures.
            boolean chosen = surface.guides().chosenGuide(execution.teamId(), person).isPresent();
            throw new StepFailedException((chosen ? "The career guide of " : "The career guide \"" + guide.title()
                    + "\" of ") + personName(execution, person, "Person") + " has no skill areas to check, so there"
                    + " is no skill check to run.");
        }
        // Waiting before the DM is sent: a press that comes at once finds the run ready for it.
        runs.waiting(execution.id());
        try {
            surface.webApi().call("chat.postMessage", () -> execution.client().chatPostMessage(r -> r.channel(person)
                    .text(SkillCheckInvite.text(askedBy)).blocks(invite.blocks(String.join("\n", message),
                            guide.title(), execution.id(), askedBy))));
        } catch (SlackDeliveryException e) {
            throw new StepFailedException("Career Coach could not send " + personName(execution, person, "Person")
                    + " a direct message (Slack said " + e.error() + "): check that the Person input is someone"
                    + " active in this workspace.");
        }
        // Completed when the person presses start.
        return null;
    }

    private Response started(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload payload = req.getPayload();
        String userId = payload.getUser() == null ? null : payload.getUser().getId();
        String executionId = payload.getActions() == null || payload.getActions().isEmpty() ? null
                : payload.getActions().get(0).getValue();
        if (userId == null || executionId == null || TeamKey.teamOf(payload) == null) {
            return ctx.ack();
        }
        String teamId = TeamKey.of(ctx, payload);
        Instant now = clock.instant();
        if (!runs.start(teamId, executionId, userId, now)) {
            // A second press, or someone else's: the run was completed by the first.
            LOG.info("a start press on a skill check request that is not waiting for this person was ignored");
            return ctx.ack();
        }
        MethodsClient client = ctx.client();
        surface.executor().execute(() -> {
            complete(surface, client, executionId, Map.of("started_at", now.getEpochSecond()));
            if (payload.getResponseUrl() != null) {
                surface.webApi().respond("skill check started", () -> ctx.respond(r -> r.replaceOriginal(true)
                        .text(SkillCheckInvite.STARTED).blocks(invite.started())));
            }
            skillChecks.start(teamId, userId);
        });
        return ctx.ack();
    }

    /**
     * Reports the outputs. A call Slack does not take (after the Web API's retries) fails the step instead, with
     * the reason, so the workflow never waits on it.
     */
    private void complete(SlackSurface surface, MethodsClient client, String executionId, Map<String, Object> outputs) {
        try {
            surface.webApi().call("functions.completeSuccess", () -> client.functionsCompleteSuccess(r -> r
                    .functionExecutionId(executionId).outputs(outputs)));
            runs.finish(executionId, WorkflowRun.State.COMPLETED);
            surface.metrics().counter("career.workflow.steps", "outcome", "completed").increment();
        } catch (SlackDeliveryException e) {
            if (isTransient(e)) {
                // Slack away: the run stays unfinished, and the sweep reports it once Slack takes it again (a person's
                // start with when they pressed it; a shared checklist with its link).
                LOG.warn("execution {} done but Slack could not be reached to complete it ({}); left for the sweep",
                        executionId, e.error());
                return;
            }
            LOG.warn("execution {} done but its outputs were refused: {}", executionId, e.error());
            fail(surface, client, executionId, "Career Coach did the step, but Slack did not take its outputs ("
                    + e.error() + "). Check the step's outputs in Workflow Builder and run the workflow again.");
        }
    }

    private void fail(SlackSurface surface, MethodsClient client, String executionId, String reason) {
        boolean reported = reportFailure(surface, client, executionId, reason);
        try {
            // Not reported because Slack was away: left running, so the sweep reports it later.
            runs.finish(executionId, reported ? WorkflowRun.State.FAILED : WorkflowRun.State.RUNNING);
        } catch (RuntimeException e) {
            LOG.warn("could not note the failure of execution {}: {}", executionId, e.getMessage());
        }
    }

    /** Reports a failure; false when Slack could not take it now but may later ({@link #isTransient}). */
    private boolean reportFailure(SlackSurface surface, MethodsClient client, String executionId, String reason) {
        try {
            surface.webApi().call("functions.completeError", () -> client.functionsCompleteError(r -> r
                    .functionExecutionId(executionId).error(reason)));
            surface.metrics().counter("career.workflow.steps", "outcome", "failed").increment();
            return true;
        } catch (SlackDeliveryException e) {
            LOG.warn("could not report the failure of execution {}: {}", executionId, e.error());
            return !isTransient(e);
        }
    }

    /** A user id input as stored with the run (to forget it with the person); blank when it is none. */
    private static String idOrBlank(JsonNode value) {
        JsonNode id = value.isObject() ? value.path("id") : value;
        return id.isTextual() && SLACK_ID.matcher(id.asText()).matches() ? id.asText() : "";
    }
}
