package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Plan;
import careercoach.guide.Guide;
import careercoach.privacy.ForgetMe;
import careercoach.slack.Mrkdwn;
import careercoach.slack.Presses;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackSurface;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees what of a person's: sharing a plan with someone (asked first, saying what they will see) and stopping
 * it, and forget-me's confirmation.
 */
final class PrivacyButtons {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyButtons.class);
    /** Slack's answers to opening a DM with someone it never will: trying again does not help. */
    private static final Set<String> UNREACHABLE = Set.of("user_not_found", "user_not_visible", "user_disabled",
            "cannot_dm_bot");

    private final Coach coach;
    private final ForgetMe forgetMe;
    private final CoachRenderer renderer;
    private final CoachFeature.ForgetFollowUp forgetFollowUp;

    PrivacyButtons(Coach coach, ForgetMe forgetMe, CoachRenderer renderer, CoachFeature.ForgetFollowUp forgetFollowUp) {
        this.coach = coach;
        this.forgetMe = forgetMe;
        this.renderer = renderer;
        this.forgetFollowUp = forgetFollowUp;
    }

    void install(SlackSurface surface) {
        surface.app().blockAction(CoachRenderer.SHARE_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> confirmShare(surface, req, ctx));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.SHARE_SEND_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> share(surface, req, ctx));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.SHARE_CANCEL_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> Click.replaceNote(surface, ctx, "Not shared."));
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.UNSHARE_ACTION, (req, ctx) -> {
            Click origin = Click.of(req);
            String viewer = SharedActions.value(req);
            boolean revoked = coach.revokeShare(origin.teamId(), origin.userId(), viewer);
            String text = revoked ? "I stopped sharing your plan with <@" + viewer + ">. They no longer see it."
                    : "Your plan was not shared with <@" + viewer + ">.";
            surface.executor().execute(() -> {
                Click.replaceNote(surface, ctx, text);
                if (revoked) {
                    // The plan leaves the viewer's App Home (their team view) now, not when they next open it.
                    surface.home().publish(origin.teamId(), viewer);
                }
            });
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.FORGET_CONFIRM_ACTION, (req, ctx) -> {
            Click origin = Click.of(req);
            Runnable showAgain = forgetFollowUp.prepare(surface, origin.teamId(), origin.userId());
            String text = renderer.forgotten(forgetMe.forget(origin.teamId(), origin.userId()));
            surface.executor().execute(() -> {
                Click.replaceNote(surface, ctx, text);
                showAgain.run();
            });
            return ctx.ack();
        });
        surface.app().blockAction(CoachRenderer.FORGET_CANCEL_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> Click.replaceNote(surface, ctx, "Nothing was deleted."));
            return ctx.ack();
        });
    }

    /** The person picked someone to share the plan with: ask before sending, saying what the other person sees. */
    private void confirmShare(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        Click origin = Click.of(req);
        var action = req.getPayload().getActions().get(0);
        String blockId = action.getBlockId() == null ? "" : action.getBlockId();
        String manager = action.getSelectedUser();
        if (manager == null || manager.equals(origin.userId())) {
            origin.note(surface, ctx, "Pick someone else: the plan is already yours.");
            return;
        }
        if (manager.equals(ctx.getBotUserId())) {
            origin.note(surface, ctx, "Pick a person to share it with: <@" + manager + "> is me, the coach.");
            return;
        }
        String conversationId = blockId.startsWith(CoachRenderer.SHARE_BLOCK)
                ? blockId.substring(CoachRenderer.SHARE_BLOCK.length()) : "";
        Optional<Plan> plan = coach.planOf(conversationId, origin.userId()).filter(p -> !p.entries().isEmpty());
        if (plan.isEmpty()) {
            origin.note(surface, ctx, "That plan is no longer available.");
            return;
        }
        origin.note(surface, ctx, "Send your plan to <@" + manager + ">?",
                renderer.shareConfirmation(conversationId, manager, plan.get(), UUID.randomUUID().toString()));
    }

    /**
     * Send confirmed: share a snapshot of this plan and DM it to the chosen person. One question's Send acts once (a
     * double click, or two instances): it is claimed first, and given back when the DM could not be sent.
     */
    private void share(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        Click origin = Click.of(req);
        String sent = SharedActions.value(req);
        String[] value = sent.split("\\|");
        if (value.length != 2 && value.length != 3) {
            return;
        }
        String conversationId = value[0];
        String manager = value[1];
        String claim = Presses.key(origin.teamId(), req.getPayload());
        if (!Presses.first(surface, claim)) {
            return;
        }
        if (coach.planOf(conversationId, origin.userId()).filter(p -> !p.entries().isEmpty()).isEmpty()) {
            Presses.settle(surface, claim, false);
            Click.replaceNote(surface, ctx, "That plan is no longer available.");
            return;
        }
        String channel;
        try {
            // The DM first: a person Slack cannot reach (gone, a bot) is told so, and nothing is recorded as shared.
            channel = surface.webApi().call("conversations.open",
                    () -> ctx.client().conversationsOpen(r -> r.users(List.of(manager)))).getChannel().getId();
        } catch (SlackDeliveryException e) {
            Presses.settle(surface, claim, false);
            LOG.warn("could not open a DM to share a plan: {}", e.error());
            Click.replaceNote(surface, ctx, "I could not send the plan to <@" + manager + "> (Slack said `"
                    + Mrkdwn.escape(e.error()) + "`). Nothing was shared."
                    + (UNREACHABLE.contains(e.error()) ? " Pick someone else." : " Please try again in a moment."));
            return;
        }
        Optional<Plan> plan = coach.sharePlan(conversationId, origin.userId(), manager);
        if (plan.isEmpty()) {
            Presses.settle(surface, claim, false);
            Click.replaceNote(surface, ctx, "That plan is no longer available.");
            return;
        }
        String guideTitle = coach.find(conversationId).map(coach::guideOf).map(Guide::title).orElse("your guide");
        List<LayoutBlock> blocks = renderer.sharedPlan(plan.get(), origin.userId(), guideTitle);
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .text("<@" + origin.userId() + "> shared their plan with you").blocks(blocks)));
            Presses.settle(surface, claim, true);
            surface.home().publish(origin.teamId(), manager);
            Click.replaceNote(surface, ctx, "I sent your plan to <@" + manager + ">. They see this plan, not later"
                    + " ones; `/career progress` shows what you shared and stops sharing it.");
        } catch (SlackDeliveryException e) {
            // After a timeout Slack may have posted it: a second press must not send it again.
            Presses.settle(surface, claim, "timeout_not_retried".equals(e.error()));
            LOG.warn("could not share a plan: {}", e.error());
            Click.replaceNote(surface, ctx, "I could not send the plan (Slack said `" + Mrkdwn.escape(e.error())
                    + "`). Please try again later.");
        }
    }
}
