package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationEvent;
import careercoach.coach.ConversationKind;
import careercoach.coach.Plan;
import careercoach.coach.SkillCheckResult;
import careercoach.coach.Transition;
import careercoach.coach.WalkResult;
import careercoach.guide.Guide;
import careercoach.slack.CareerCommands;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.TeamKey;
import careercoach.slack.Subcommand;
import careercoach.store.ForgetMe;
import careercoach.store.StoreException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack wiring of the guided conversations: {@code /career check}, {@code /career steps walk},
 * {@code /career progress}, {@code /career forget-me}, "check my skills" in the DM, and every button of a
 * conversation. Conversations run in the user's DM; each answer replaces the question in the same message.
 */
public final class CoachListeners implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(CoachListeners.class);
    /** What a person may write in the DM to start a check. */
    private static final Pattern START_PHRASE = Pattern.compile("(?i)\\s*(check my skills|skill check)[.!?]*\\s*");

    private final Coach coach;
    private final ForgetMe forgetMe;
    private final CoachRenderer renderer = new CoachRenderer();

    /** What saving a finished plan does besides keeping it: it becomes the person's checklist. */
    @FunctionalInterface
    public interface PlanSaving {
        /** Returns the confirmation to show the person. */
        String save(SlackSurface surface, Plan plan);
    }

    private final PlanSaving planSaving;

    /** What forget-me does besides deleting: called before, returns what shows the changed messages again after. */
    @FunctionalInterface
    public interface ForgetFollowUp {
        Runnable prepare(SlackSurface surface, String teamId, String userId);
    }

    private final ForgetFollowUp forgetFollowUp;

    public CoachListeners(Coach coach, ForgetMe forgetMe, PlanSaving planSaving) {
        this(coach, forgetMe, planSaving, (surface, teamId, userId) -> () -> {
        });
    }

    public CoachListeners(Coach coach, ForgetMe forgetMe, PlanSaving planSaving, ForgetFollowUp forgetFollowUp) {
        this.planSaving = planSaving;
        this.forgetFollowUp = forgetFollowUp;
        this.coach = coach;
        this.forgetMe = forgetMe;
    }

    /** Where a click came from, so the conversation's message can be replaced. */
    private record Origin(String teamId, String userId, String channelId, String messageTs) {
        static Origin of(BlockActionRequest req) {
            BlockActionPayload payload = req.getPayload();
            String channel = payload.getChannel() != null ? payload.getChannel().getId()
                    : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
            String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
            if (payload.getTeam() == null || payload.getTeam().getId() == null || payload.getUser() == null
                    || payload.getUser().getId() == null) {
                throw new IllegalArgumentException("a click without team or user id");
            }
            return new Origin(TeamKey.of(req.getContext(), payload.getTeam().getId()), payload.getUser().getId(),
                    channel, ts);
        }
    }

    @Override
    public void install(SlackSurface surface) {
        SkillCheckSummaries summaries = SkillCheckSummaries.of(coach);
        surface.home().add((teamId, userId, room) -> List.of(renderer.latestCheck(summaries.latest(teamId, userId),
                Coach.canStart(surface.guides().guideFor(teamId, userId), ConversationKind.SKILL_CHECK))));
        CareerCommands commands = surface.commands();
        commands.register(new Subcommand("check", "check [long]",
                "a skill-gap check, one question per skill area, ending in a plan (in our DM)",
                guide -> Coach.canStart(guide, ConversationKind.SKILL_CHECK), call -> {
                    ConversationKind kind = call.args().strip().equalsIgnoreCase("long")
                            ? ConversationKind.LONG_SKILL_CHECK : ConversationKind.SKILL_CHECK;
                    if (!Coach.canStart(call.guide(), kind)) {
                        return call.context().ack(r -> r.responseType("ephemeral")
                                .text(CoachRenderer.nothingToAsk(call.guide(), kind)));
                    }
                    startInDm(surface, call.context().client(), call.teamId(), call.userId(), call.guide(), kind, false);
                    return call.context().ack(r -> r.responseType("ephemeral")
                            .text("I've started your " + CoachRenderer.title(kind).toLowerCase(Locale.ROOT)
                                    + " in our direct messages."));
                }));
        commands.register(new Subcommand("steps walk", "steps walk",
                "go through the next steps one by one and keep what remains (in our DM)",
                guide -> Coach.canStart(guide, ConversationKind.STEPS_WALK), call -> {
                    if (!Coach.canStart(call.guide(), ConversationKind.STEPS_WALK)) {
                        return call.context().ack(r -> r.responseType("ephemeral")
                                .text(CoachRenderer.nothingToAsk(call.guide(), ConversationKind.STEPS_WALK)));
                    }
                    startInDm(surface, call.context().client(), call.teamId(), call.userId(), call.guide(),
                            ConversationKind.STEPS_WALK, false);
                    return call.context().ack(r -> r.responseType("ephemeral")
                            .text("I've started the next steps walk in our direct messages."));
                }));
        commands.register(new Subcommand("progress", "progress",
                "your latest skill check, what changed since the one before, and whom you shared a plan with",
                call -> {
                    List<LayoutBlock> blocks = renderer.progress(coach.progress(call.teamId(), call.userId()),
                            coach.sharesBy(call.teamId(), call.userId()));
                    return call.context().ack(r -> r.responseType("ephemeral").text("Your progress").blocks(blocks));
                }));
        commands.register(new Subcommand("forget-me", "forget-me",
                "delete everything stored about you (asks first)", call -> call.context().ack(r -> r
                .responseType("ephemeral").text("Delete your data?").blocks(renderer.forgetConfirmation()))));

        surface.app().use((req, resp, chain) -> {
            if (req.getRequestType() == RequestType.Event) {
                Optional<String[]> dm = startPhraseInDm(req.getRequestBodyAsString());
                if (dm.isPresent()) {
                    String teamId = dm.get()[0];
                    String userId = dm.get()[1];
                    Guide guide = surface.guides().guideFor(teamId, userId);
                    MethodsClient client = req.getContext().client();
                    if (!Coach.canStart(guide, ConversationKind.SKILL_CHECK)) {
                        String text = CoachRenderer.nothingToAsk(guide, ConversationKind.SKILL_CHECK);
                        surface.executor().execute(() -> dm(surface, client, userId, text));
                        return Response.ok();
                    }
                    startInDm(surface, client, teamId, userId, guide, ConversationKind.SKILL_CHECK, false);
                    return Response.ok();
                }
            }
            return chain.next(req);
        });

        surface.app().blockAction(Pattern.compile(Pattern.quote(CoachRenderer.ANSWER_ACTION) + "[A-Z_]+"),
                (req, ctx) -> click(surface, req, ctx, (step, version) -> new ConversationEvent.Answer(step, version,
                        req.getPayload().getActions().get(0).getActionId().substring(CoachRenderer.ANSWER_ACTION.length()))));
        surface.app().blockAction(CoachRenderer.SKIP_ACTION, (req, ctx) -> click(surface, req, ctx, ConversationEvent.Skip::new));
        surface.app().blockAction(CoachRenderer.BACK_ACTION, (req, ctx) -> click(surface, req, ctx, ConversationEvent.Back::new));
        surface.app().blockAction(CoachRenderer.STOP_ACTION, (req, ctx) -> click(surface, req, ctx, ConversationEvent.Stop::new));
        surface.app().blockAction(CoachRenderer.RESUME_ACTION, (req, ctx) -> click(surface, req, ctx, ConversationEvent.Resume::new));
        surface.app().blockAction(Pattern.compile(Pattern.quote(CoachRenderer.START_ACTION) + "(_walk)?"),
                (req, ctx) -> start(surface, req, ctx, false));
        surface.app().blockAction(CoachRenderer.RESTART_ACTION, (req, ctx) -> start(surface, req, ctx, true));
        surface.app().blockAction(CoachRenderer.SAVE_PLAN_ACTION, (req, ctx) -> {
            Origin origin = Origin.of(req);
            Optional<Plan> plan = coach.planOf(SharedActions.value(req), origin.userId());
            // An empty plan is never saved: it would replace the useful plan saved before.
            String confirmation = plan.isEmpty() ? "That plan is no longer available."
                    : !coach.savePlan(plan.get()) ? CoachRenderer.NO_STEPS
                    : planSaving.save(surface, plan.get());
            surface.executor().execute(() -> ephemeral(surface, ctx, origin, confirmation));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.SHARE_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> confirmShare(surface, req, ctx));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.SHARE_SEND_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> share(surface, req, ctx));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.SHARE_CANCEL_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> replaceEphemeral(surface, ctx, "Not shared."));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.UNSHARE_ACTION, (req, ctx) -> {
            Origin origin = Origin.of(req);
            String viewer = SharedActions.value(req);
            boolean revoked = coach.revokeShare(origin.teamId(), origin.userId(), viewer);
            String text = revoked ? "I stopped sharing your plan with <@" + viewer + ">. They no longer see it."
                    : "Your plan was not shared with <@" + viewer + ">.";
            surface.executor().execute(() -> replaceEphemeral(surface, ctx, text));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.FORGET_CONFIRM_ACTION, (req, ctx) -> {
            Origin origin = Origin.of(req);
            Runnable showAgain = forgetFollowUp.prepare(surface, origin.teamId(), origin.userId());
            String text = renderer.forgotten(forgetMe.forget(origin.teamId(), origin.userId()));
            surface.executor().execute(() -> {
                replaceEphemeral(surface, ctx, text);
                showAgain.run();
            });
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.FORGET_CANCEL_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> replaceEphemeral(surface, ctx, "Nothing was deleted."));
            return ctx.ack();
        });
    }

    @FunctionalInterface
    private interface EventFactory {
        ConversationEvent create(int step, long version);
    }

    /** A click on a conversation's message: apply it, then show the new question or result in its place. */
    private Response click(SlackSurface surface, BlockActionRequest req, ActionContext ctx, EventFactory factory) {
        Origin origin = Origin.of(req);
        String[] value = SharedActions.value(req).split("\\|");
        if (value.length != 3) {
            return ctx.ack();
        }
        ConversationEvent event;
        try {
            event = factory.create(Integer.parseInt(value[1]), Long.parseLong(value[2]));
        } catch (NumberFormatException e) {
            return ctx.ack();
        }
        Transition transition = coach.handle(value[0], origin.teamId(), origin.userId(), event);
        if (transition instanceof Transition.NotOwner) {
            // Someone replayed another person's button: say nothing, so nothing of theirs is revealed.
            LOG.info("refused a click on a conversation the clicking user does not own");
            surface.metrics().counter("career.coach.refused_clicks").increment();
            return ctx.ack();
        }
        if (transition instanceof Transition.Accepted accepted) {
            Conversation c = accepted.conversation();
            if (c.status() == Conversation.Status.FINISHED || event instanceof ConversationEvent.Stop) {
                countConversation(surface, c.kind(), c.status() == Conversation.Status.FINISHED
                        ? "finished" : "abandoned");
            }
        }
        surface.executor().execute(() -> {
            if (transition instanceof Transition.Accepted accepted) {
                Conversation c = accepted.conversation();
                replaceMessage(surface, ctx.client(), origin, fallback(c), render(c));
            } else if (transition instanceof Transition.Stale stale) {
                surface.metrics().counter("career.coach.stale_clicks").increment();
                ephemeral(surface, ctx, origin, stale.current().isOpen()
                        ? "That button was from an earlier question, so I ignored it. You are at question "
                        + stale.current().position() + " of " + stale.current().total() + "."
                        : "That conversation is already finished, so I ignored the click.");
            } else if (transition instanceof Transition.Expired) {
                ephemeral(surface, ctx, origin, "That conversation was left for more than "
                        + coach.expiry().toDays() + " days, so it expired. Start a new one with `/career check`.");
            } else {
                ephemeral(surface, ctx, origin, "That conversation no longer exists. Start a new one with"
                        + " `/career check`.");
            }
        });
        return ctx.ack();
    }

    private Response start(SlackSurface surface, BlockActionRequest req, ActionContext ctx, boolean fresh) {
        Origin origin = Origin.of(req);
        ConversationKind kind;
        try {
            kind = ConversationKind.valueOf(SharedActions.value(req));
        } catch (IllegalArgumentException e) {
            return ctx.ack();
        }
        Guide guide = surface.guides().guideFor(origin.teamId(), origin.userId());
        if (!Coach.canStart(guide, kind)) {
            surface.executor().execute(() -> ephemeral(surface, ctx, origin, CoachRenderer.nothingToAsk(guide, kind)));
            return ctx.ack();
        }
        startInDm(surface, ctx.client(), origin.teamId(), origin.userId(), guide, kind, fresh);
        return ctx.ack();
    }

    /** Starts (or offers to resume) a conversation and posts its first message in the user's DM, after the ack. */
    private void startInDm(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide guide,
                           ConversationKind kind, boolean fresh) {
        surface.executor().execute(() -> {
            try {
                postStart(surface, client, teamId, userId, guide, kind, fresh);
            } catch (StoreException e) {
                LOG.warn("could not start a conversation: {}", e.getMessage());
                try {
                    surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(userId)
                            .text("I couldn't start that just now: my database is out of reach for a moment."
                                    + " Please try again in a moment.")));
                } catch (SlackDeliveryException again) {
                    LOG.warn("could not tell a user to try again: {}", again.error());
                }
            }
        });
    }

    private static void countConversation(SlackSurface surface, ConversationKind kind, String outcome) {
        surface.metrics().counter("career.conversations", "kind", kind.name(), "outcome", outcome).increment();
    }

    private void postStart(SlackSurface surface, MethodsClient client, String teamId, String userId, Guide guide,
                           ConversationKind kind, boolean fresh) {
        List<LayoutBlock> blocks;
        String text;
        if (fresh) {
            Conversation c = coach.startAgain(teamId, userId, guide, kind);
            countConversation(surface, kind, "started");
            blocks = render(c);
            text = fallback(c);
        } else {
            Coach.Start start = coach.start(teamId, userId, guide, kind);
            if (start instanceof Coach.Start.ResumeOffered offer) {
                blocks = renderer.resumeOffer(offer.conversation());
                text = "Resume or start again?";
            } else {
                countConversation(surface, kind, "started");
                blocks = render(start.conversation());
                text = fallback(start.conversation());
            }
        }
        try {
            String channel = surface.webApi().call("conversations.open",
                    () -> client.conversationsOpen(r -> r.users(List.of(userId)))).getChannel().getId();
            surface.webApi().call("chat.postMessage",
                    () -> client.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not start a conversation in a DM: {}", e.error());
        }
    }

    private List<LayoutBlock> render(Conversation c) {
        Guide guide = coach.guideOf(c);
        return switch (c.status()) {
            case ACTIVE -> renderer.question(c, guide);
            case PAUSED -> renderer.paused(c);
            case FINISHED -> c.kind().isSkillCheck()
                    ? renderer.skillResult(SkillCheckResult.of(c, guide), c.kind())
                    : renderer.walkResult(WalkResult.of(c, guide));
        };
    }

    private static String fallback(Conversation c) {
        return switch (c.status()) {
            case ACTIVE -> CoachRenderer.title(c.kind()) + ": question " + c.position() + " of " + c.total();
            case PAUSED -> CoachRenderer.title(c.kind()) + " paused";
            case FINISHED -> CoachRenderer.title(c.kind()) + " finished";
        };
    }

    /** The person picked someone to share the plan with: ask before sending, saying what the other person sees. */
    private void confirmShare(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        Origin origin = Origin.of(req);
        var action = req.getPayload().getActions().get(0);
        String blockId = action.getBlockId() == null ? "" : action.getBlockId();
        String manager = action.getSelectedUser();
        if (manager == null || manager.equals(origin.userId())) {
            ephemeral(surface, ctx, origin, "Pick someone else: the plan is already yours.");
            return;
        }
        String conversationId = blockId.startsWith(CoachRenderer.SHARE_BLOCK)
                ? blockId.substring(CoachRenderer.SHARE_BLOCK.length()) : "";
        Optional<Plan> plan = coach.planOf(conversationId, origin.userId()).filter(p -> !p.entries().isEmpty());
        if (plan.isEmpty()) {
            ephemeral(surface, ctx, origin, "That plan is no longer available.");
            return;
        }
        ephemeral(surface, ctx, origin, "Send your plan to <@" + manager + ">?",
                renderer.shareConfirmation(conversationId, manager, plan.get()));
    }

    /** Send confirmed: share a snapshot of this plan and DM it to the chosen person. */
    private void share(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        Origin origin = Origin.of(req);
        String[] value = SharedActions.value(req).split("\\|");
        if (value.length != 2) {
            return;
        }
        String conversationId = value[0];
        String manager = value[1];
        Optional<Plan> plan = coach.sharePlan(conversationId, origin.userId(), manager);
        if (plan.isEmpty()) {
            replaceEphemeral(surface, ctx, "That plan is no longer available.");
            return;
        }
        String guideTitle = coach.find(conversationId).map(coach::guideOf).map(Guide::title).orElse("your guide");
        List<LayoutBlock> blocks = renderer.sharedPlan(plan.get(), origin.userId(), guideTitle);
        try {
            String channel = surface.webApi().call("conversations.open",
                    () -> ctx.client().conversationsOpen(r -> r.users(List.of(manager)))).getChannel().getId();
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .text("<@" + origin.userId() + "> shared their plan with you").blocks(blocks)));
            replaceEphemeral(surface, ctx, "I sent your plan to <@" + manager + ">. They see this plan, not later ones;"
                    + " `/career progress` shows what you shared and stops sharing it.");
        } catch (SlackDeliveryException e) {
            LOG.warn("could not share a plan: {}", e.error());
            replaceEphemeral(surface, ctx, "I could not send the plan (Slack said `" + Mrkdwn.escape(e.error())
                    + "`). Please try again later.");
        }
    }

    private void dm(SlackSurface surface, MethodsClient client, String userId, String text) {
        try {
            surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(userId).text(text)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not send a DM: {}", e.error());
        }
    }

    private void replaceMessage(SlackSurface surface, MethodsClient client, Origin origin, String text,
                                List<LayoutBlock> blocks) {
        try {
            if (origin.channelId() != null && origin.messageTs() != null) {
                surface.webApi().call("chat.update", () -> client.chatUpdate(r -> r.channel(origin.channelId())
                        .ts(origin.messageTs()).text(text).blocks(blocks)));
            } else {
                surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r
                        .channel(origin.userId()).text(text).blocks(blocks)));
            }
        } catch (SlackDeliveryException e) {
            LOG.warn("could not update a conversation's message: {}", e.error());
        }
    }

    /** A note only the clicking user sees, next to the message they clicked. */
    private void ephemeral(SlackSurface surface, ActionContext ctx, Origin origin, String text) {
        ephemeral(surface, ctx, origin, text, null);
    }

    private void ephemeral(SlackSurface surface, ActionContext ctx, Origin origin, String text,
                           List<LayoutBlock> blocks) {
        try {
            if (origin.channelId() != null) {
                surface.webApi().call("chat.postEphemeral", () -> ctx.client().chatPostEphemeral(r -> r
                        .channel(origin.channelId()).user(origin.userId()).text(text).blocks(blocks)));
            } else {
                surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                        .channel(origin.userId()).text(text).blocks(blocks)));
            }
        } catch (SlackDeliveryException e) {
            LOG.warn("could not send a note: {}", e.error());
        }
    }

    private static void replaceEphemeral(SlackSurface surface, ActionContext ctx, String text) {
        surface.webApi().respond("forget-me answer", () -> ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(true).text(text)));
    }

    /** {team, user} when the event is a person writing the start phrase in a DM with the bot. */
    static Optional<String[]> startPhraseInDm(String body) {
        try {
            JsonObject envelope = JsonParser.parseString(body).getAsJsonObject();
            JsonObject event = envelope.getAsJsonObject("event");
            if (event == null || !"message".equals(str(event, "type")) || !"im".equals(str(event, "channel_type"))
                    || event.has("bot_id") || event.has("subtype") || str(event, "user") == null) {
                return Optional.empty();
            }
            String text = str(event, "text");
            if (text == null || !START_PHRASE.matcher(text).matches()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {str(envelope, "team_id"), str(event, "user")});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String str(JsonObject object, String name) {
        return object.has(name) && object.get(name).isJsonPrimitive() ? object.get(name).getAsString() : null;
    }
}
