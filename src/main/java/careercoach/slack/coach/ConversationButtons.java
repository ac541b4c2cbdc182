package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationEvent;
import careercoach.coach.ConversationKind;
import careercoach.coach.Plan;
import careercoach.coach.Transition;
import careercoach.guide.Guide;
import careercoach.slack.Presses;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackSurface;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The buttons of a conversation's message: answer, skip, back, stop, resume, start (again), and save the finished
 * plan. Each click is applied to the stored conversation, then its new state replaces the clicked message.
 */
final class ConversationButtons {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationButtons.class);

    /** Either kind: a click on a conversation that is gone no longer says which kind it was. */
    private static final String START_ANOTHER = "Start a new one with `/career check`, or `/career steps walk` for"
            + " your next steps.";

    private final Coach coach;
    private final DmConversations conversations;
    private final CoachFeature.PlanSaving planSaving;
    private final ProgressPictures pictures;

    ConversationButtons(Coach coach, DmConversations conversations, CoachFeature.PlanSaving planSaving,
                        ProgressPictures pictures) {
        this.coach = coach;
        this.conversations = conversations;
        this.planSaving = planSaving;
        this.pictures = pictures;
    }

    void install(SlackSurface surface) {
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
            Click origin = Click.of(req);
            Optional<Plan> plan = coach.planOf(SharedActions.value(req), origin.userId());
            // An empty plan is never saved: it would replace the useful plan saved before.
            String confirmation = plan.isEmpty() ? "That plan is no longer available."
                    : !coach.savePlan(plan.get()) ? CoachRenderer.NO_STEPS
                    : planSaving.save(surface, plan.get());
            surface.executor().execute(() -> origin.note(surface, ctx, confirmation));
            return ctx.ack();
        });
    }

    @FunctionalInterface
    private interface EventFactory {
        ConversationEvent create(int step, long version);
    }

    /** A click on a conversation's message: apply it, then show the new question or result in its place. */
    private Response click(SlackSurface surface, BlockActionRequest req, ActionContext ctx, EventFactory factory) {
        Click origin = Click.of(req);
        String[] value = SharedActions.parts(req);
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
        if (transition instanceof Transition.GuideRemoved removed) {
            DmConversations.countConversation(surface, removed.stopped().kind(), "abandoned");
        }
        if (transition instanceof Transition.Accepted accepted) {
            Conversation c = accepted.conversation();
            if (c.status() == Conversation.Status.FINISHED || event instanceof ConversationEvent.Stop) {
                DmConversations.countConversation(surface, c.kind(), c.status() == Conversation.Status.FINISHED
                        ? "finished" : "abandoned");
            }
        }
        surface.executor().execute(() -> {
            if (transition instanceof Transition.Accepted accepted) {
                Conversation c = accepted.conversation();
                conversations.replaceMessage(surface, ctx.client(), origin, c);
                if (c.status() == Conversation.Status.FINISHED && c.kind().isSkillCheck()) {
                    // The text plan is out; the chart follows it, and its failure leaves the plan as it is.
                    pictures.sendFinished(surface, ctx.client(), origin.teamId(), origin.userId(), c);
                }
            } else if (transition instanceof Transition.Stale stale) {
                surface.metrics().counter("career.coach.stale_clicks").increment();
                origin.note(surface, ctx, stale.current().isOpen()
                        ? "That button was from an earlier question, so I ignored it. You are at question "
                        + stale.current().position() + " of " + stale.current().total() + "."
                        : "That conversation is already finished, so I ignored the click.");
            } else if (transition instanceof Transition.GuideRemoved removed) {
                String text = CoachRenderer.guideRemoved(removed.stopped().kind());
                conversations.replaceMessage(surface, ctx.client(), origin, text, CoachRenderer.note(text));
            } else if (transition instanceof Transition.Expired) {
                origin.note(surface, ctx, "That conversation was left for more than "
                        + coach.expiry().toDays() + " days, so it expired. " + START_ANOTHER);
            } else {
                origin.note(surface, ctx, "That conversation no longer exists. " + START_ANOTHER);
            }
        });
        return ctx.ack();
    }

    private Response start(SlackSurface surface, BlockActionRequest req, ActionContext ctx, boolean fresh) {
        Click origin = Click.of(req);
        ConversationKind kind;
        String[] value = SharedActions.parts(req);
        try {
            kind = ConversationKind.valueOf(value[0]);
        } catch (IllegalArgumentException e) {
            return ctx.ack();
        }
        // "Start again" clicked twice is one press: a second fresh start would post a second first question and
        // leave the first one's buttons pointing at a conversation it deleted.
        String press = fresh ? Presses.key(origin.teamId(), req.getPayload()) : null;
        if (press != null && !Presses.first(surface, press)) {
            surface.executor().execute(() -> origin.note(surface, ctx, CoachRenderer.ALREADY_STARTED_AGAIN));
            return ctx.ack();
        }
        Guide guide = surface.guides().guideFor(origin.teamId(), origin.userId());
        if (value.length > 1 && kind.isSkillCheck()) {
            // Start again a check toward another role.
            java.util.Optional<Guide> target = surface.guides().library().find(value[1]);
            if (target.isEmpty()) {
                settleUnstarted(surface, press);
                // The role's guide was removed since the button was shown: no check of the own role in its place.
                surface.executor().execute(() -> origin.note(surface, ctx, CoachRenderer.ROLE_NO_LONGER_OFFERED));
                return ctx.ack();
            }
            if (!Coach.canStart(target.get(), kind)) {
                settleUnstarted(surface, press);
                surface.executor().execute(() -> origin.note(surface, ctx,
                        CoachRenderer.nothingToAsk(target.get(), kind)));
                return ctx.ack();
            }
            conversations.startTowardInDm(surface, ctx.client(), origin.teamId(), origin.userId(), guide,
                    target.get(), fresh, origin.dmThread(), press);
            return ctx.ack();
        }
        if (!Coach.canStart(guide, kind)) {
            settleUnstarted(surface, press);
            surface.executor().execute(() -> origin.note(surface, ctx, CoachRenderer.nothingToAsk(guide, kind)));
            return ctx.ack();
        }
        conversations.startInDm(surface, ctx.client(), origin.teamId(), origin.userId(), guide, kind, fresh,
                origin.dmThread(), press);
        return ctx.ack();
    }

    /** A press that started nothing is given back: pressed again, it is answered again. */
    private static void settleUnstarted(SlackSurface surface, String press) {
        if (press != null) {
            Presses.settle(surface, press, false);
        }
    }
}
