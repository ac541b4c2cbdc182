package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.ProgressReport;
import careercoach.failure.StoreException;
import careercoach.guide.Guide;
import careercoach.guide.RoleFinder;
import careercoach.slack.CareerCommands;
import careercoach.slack.CommandCall;
import careercoach.slack.IncomingMessage;
import careercoach.slack.MessagePhrase;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import careercoach.slack.TeamKey;
import careercoach.slack.TooLong;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * How a person asks the coach for something: {@code /career check}, {@code steps walk}, {@code progress},
 * {@code forget-me}, and "check my skills" written in the DM.
 */
final class CoachCommands {
    /** What a person may write in the DM to start a check. */
    private static final Logger LOG = LoggerFactory.getLogger(CoachCommands.class);
    private static final Pattern START_PHRASE = Pattern.compile(
            "(?i)\\s*(check my skills|skill check|continue my skill check)[.!?]*\\s*");
    /** "check my skills toward an SRE lead", "skill check for engineering manager": the role is the group. */
    private static final Pattern TOWARD_PHRASE = Pattern.compile("(?i)\\s*(?:check my skills|run a skill check|skill"
            + " check) (?:toward|towards|for|as) (?:an? |the )?(.+?)[\\s.!?]*");
    private static final Pattern STEPS_PHRASE = Pattern.compile(
            "(?i)\\s*(walk me through (my|the) next steps|(next )?steps walk|continue my (next )?steps walk)[.!?]*\\s*");

    private final Coach coach;
    private final CoachRenderer renderer;
    private final DmConversations conversations;
    private final ProgressPictures pictures;
    private final DmChannels dmChannels;

    CoachCommands(Coach coach, CoachRenderer renderer, DmConversations conversations, ProgressPictures pictures,
                  DmChannels dmChannels) {
        this.dmChannels = dmChannels;
        this.coach = coach;
        this.renderer = renderer;
        this.conversations = conversations;
        this.pictures = pictures;
    }

    void install(SlackSurface surface) {
        CareerCommands commands = surface.commands();
        commands.register(new Subcommand("check", "check [long | <role>]",
                "a skill-gap check, one question per skill area, ending in a plan (in our DM); with a role, toward"
                        + " that role",
                guide -> Coach.canStart(guide, ConversationKind.SKILL_CHECK), call -> {
                    String args = call.args().strip();
                    if (!args.isEmpty() && !args.equalsIgnoreCase("long")) {
                        return checkToward(surface, call, args);
                    }
                    ConversationKind kind = args.equalsIgnoreCase("long")
                            ? ConversationKind.LONG_SKILL_CHECK : ConversationKind.SKILL_CHECK;
                    if (!Coach.canStart(call.guide(), kind)) {
                        return call.context().ack(r -> r.responseType("ephemeral")
                                .text(CoachRenderer.nothingToAsk(call.guide(), kind)));
                    }
                    String what = CoachRenderer.title(kind).toLowerCase(Locale.ROOT);
                    return startInDm(call, kind, "", () -> conversations.startInDm(surface, call.context().client(),
                            call.teamId(), call.userId(), call.guide(), kind, false),
                            new Acks("Your " + what, "", "I've started your " + what, chosenGone(surface, call),
                                    "question"));
                }));
        commands.register(new Subcommand("steps walk", "steps walk",
                "go through the next steps one by one and keep what remains (in our DM)",
                guide -> Coach.canStart(guide, ConversationKind.STEPS_WALK), call -> {
                    if (!Coach.canStart(call.guide(), ConversationKind.STEPS_WALK)) {
                        return call.context().ack(r -> r.responseType("ephemeral")
                                .text(CoachRenderer.nothingToAsk(call.guide(), ConversationKind.STEPS_WALK)));
                    }
                    return startInDm(call, ConversationKind.STEPS_WALK, "", () -> conversations.startInDm(surface,
                            call.context().client(), call.teamId(), call.userId(), call.guide(),
                            ConversationKind.STEPS_WALK, false),
                            new Acks("Your next steps walk", "", "I've started the next steps walk",
                                    chosenGone(surface, call), "step"));
                }));
        surface.app().blockAction(Pattern.compile(Pattern.quote(SharedActions.CHECK_TOWARD) + "(_[\\w-]+)?"),
                (req, ctx) -> {
                    String teamId = TeamKey.of(ctx, req.getPayload());
                    String userId = req.getPayload().getUser().getId();
                    Guide own = surface.guides().guideFor(teamId, userId);
                    Optional<Guide> target = surface.guides().library().find(SharedActions.value(req));
                    if (target.isEmpty()) {
                        // A button shown before the role's guide was removed (the App Home, a path's message).
                        Click origin = Click.of(req);
                        surface.executor().execute(() -> origin.note(surface, ctx,
                                CoachRenderer.ROLE_NO_LONGER_OFFERED));
                        return ctx.ack();
                    }
                    Click origin = Click.of(req);
                    if (!Coach.canStart(target.get(), ConversationKind.SKILL_CHECK)) {
                        surface.executor().execute(() -> origin.note(surface, ctx,
                                CoachRenderer.nothingToAsk(target.get(), ConversationKind.SKILL_CHECK)));
                        return ctx.ack();
                    }
                    // The App Home's Continue of a check toward a role takes that check up, even once it is the
                    // person's own role. Pressed in an assistant thread, the check runs in that thread, as one asked
                    // for there does.
                    boolean continued = req.getPayload().getActions().stream()
                            .anyMatch(a -> CoachRenderer.CONTINUE_TOWARD_ACTION.equals(a.getActionId()));
                    if (target.get().id().equals(own.id()) && !continued) {
                        conversations.startInDm(surface, ctx.client(), teamId, userId, own,
                                ConversationKind.SKILL_CHECK, false, origin.dmThread());
                    } else {
                        conversations.startTowardInDm(surface, ctx.client(), teamId, userId, own, target.get(),
                                false, origin.dmThread());
                    }
                    return ctx.ack();
                });
        commands.register(new Subcommand("progress", "progress",
                "your latest skill check, what changed since the one before, checks toward other roles, and whom"
                        + " you shared a plan with",
                call -> {
                    Optional<ProgressReport> report = coach.progress(call.teamId(), call.userId());
                    Optional<String> otherRole = report.flatMap(r -> CoachFeature.otherRole(surface, call.teamId(),
                            call.userId(), r.latest().guideId(), () -> CoachFeature.keptTitle(coach, r.latest())));
                    List<LayoutBlock> blocks = new ArrayList<>();
                    if (!call.args().isBlank()) {
                        // "/career progress @ravi": nobody's ratings but the caller's are ever shown here.
                        blocks.add(context(c -> c.elements(List.of(markdownText("This is only your own progress:"
                                + " plans others shared with you are in their row of my App Home's team view.")))));
                    }
                    blocks.addAll(renderer.progress(report, coach.sharesBy(call.teamId(), call.userId()),
                            otherRole));
                    List<ProgressReport> toward = coach.progressTowardRoles(call.teamId(), call.userId());
                    Map<String, String> titles = new HashMap<>();
                    Map<String, Integer> planSteps = new HashMap<>();
                    for (ProgressReport towardRole : toward) {
                        String guideId = towardRole.latest().guideId();
                        titles.put(guideId, surface.guides().library().find(guideId).map(Guide::title)
                                .orElseGet(() -> CoachRenderer.noLongerServed(guideId,
                                        CoachFeature.keptTitle(coach, towardRole.latest()))));
                        coach.latestPlanToward(call.teamId(), call.userId(), guideId)
                                .ifPresent(p -> planSteps.put(guideId, p.entries().size()));
                    }
                    blocks.addAll(renderer.progressTowardRoles(toward, titles, planSteps,
                            Mrkdwn.MAX_MESSAGE_BLOCKS - blocks.size() - 1));
                    if (report.isPresent()) {
                        // The chart goes to the person's DM only, wherever they typed the command.
                        blocks.add(context(c -> c.elements(List.of(markdownText(
                                "A chart of your ratings is on its way to our direct messages.")))));
                        pictures.sendLater(surface, call.context().client(), call.teamId(), call.userId());
                    }
                    return call.context().ack(r -> r.responseType("ephemeral").text("Your progress").blocks(blocks));
                }));
        commands.register(new Subcommand("forget-me", "forget-me",
                "delete everything stored about you (asks first)", call -> call.context().ack(r -> r
                .responseType("ephemeral").text("Delete your data?").blocks(renderer.forgetConfirmation()))));

        surface.messages().register(new MessagePhrase("start a skill check",
                message -> message.isDirect() && START_PHRASE.matcher(message.text()).matches(),
                (message, ctx) -> startFromMessage(surface, message, ctx.client(), ConversationKind.SKILL_CHECK)));
        // "Check my skills toward <role>" in the DM, as /career check <role>; only where the words name a role (one
        // with a guide, or one no guide has yet): "check my skills for system design" stays a question.
        surface.messages().register(new MessagePhrase("start a skill check toward a role",
                message -> message.isDirect() && towardRole(surface, message.text()).isPresent(),
                (message, ctx) -> startTowardFromMessage(surface, message, ctx.client())));
        surface.messages().register(new MessagePhrase("start the steps walk",
                message -> message.isDirect() && STEPS_PHRASE.matcher(message.text()).matches(),
                (message, ctx) -> startFromMessage(surface, message, ctx.client(), ConversationKind.STEPS_WALK)));
    }

    /** A conversation asked for in words: in an assistant thread it runs in that thread; in the DM itself, in the DM. */
    private void startFromMessage(SlackSurface surface, IncomingMessage message, MethodsClient client,
                                  ConversationKind kind) {
        dmChannels.remember(message.teamId(), message.userId(), message.channelId());
        Guide guide = surface.guides().guideFor(message.teamId(), message.userId());
        String thread = message.isAssistant() ? message.replyThread() : null;
        if (!Coach.canStart(guide, kind)) {
            String text = CoachRenderer.nothingToAsk(guide, kind);
            surface.executor().execute(() -> DmConversations.dm(surface, client, message.userId(), thread, text));
            return;
        }
        conversations.startInDm(surface, client, message.teamId(), message.userId(), guide, kind, false, thread);
    }

    /** The role a DM asking for a check toward one names, as {@code /career check} finds it; empty for none. */
    private static Optional<RoleFinder.Found> towardRole(SlackSurface surface, String text) {
        Matcher toward = TOWARD_PHRASE.matcher(text);
        // A pasted page is no role: the question it then falls to refuses it as too long, with the limit.
        if (!toward.matches() || TooLong.asRole(toward.group(1))) {
            return Optional.empty();
        }
        RoleFinder.Found found = surface.guides().roles().find(toward.group(1));
        return found.guide().isPresent() || found.roleWithNoGuide() ? Optional.of(found) : Optional.empty();
    }

    /**
     * A check toward a role asked for in words: the own role's check when it names the reader's role, the closest
     * roles with a button each when no guide has it; in an assistant thread, in that thread.
     */
    private void startTowardFromMessage(SlackSurface surface, IncomingMessage message, MethodsClient client) {
        Optional<RoleFinder.Found> found = towardRole(surface, message.text());
        if (found.isEmpty()) {
            return;
        }
        dmChannels.remember(message.teamId(), message.userId(), message.channelId());
        Guide own = surface.guides().guideFor(message.teamId(), message.userId());
        String thread = message.isAssistant() ? message.replyThread() : null;
        Optional<Guide> target = found.get().guide();
        if (target.isEmpty()) {
            Matcher toward = TOWARD_PHRASE.matcher(message.text());
            String typed = toward.matches() ? toward.group(1) : message.text();
            List<LayoutBlock> blocks = renderer.closestRoles(typed, found.get(), found.get().closest());
            surface.executor().execute(() -> {
                try {
                    surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r
                            .channel(message.channelId()).threadTs(thread).text("No guide for that role")
                            .blocks(blocks)));
                } catch (SlackDeliveryException e) {
                    LOG.warn("could not offer the closest roles: {}", e.error());
                }
            });
            return;
        }
        if (!Coach.canStart(target.get(), ConversationKind.SKILL_CHECK)) {
            String text = CoachRenderer.nothingToAsk(target.get(), ConversationKind.SKILL_CHECK);
            surface.executor().execute(() -> DmConversations.dm(surface, client, message.userId(), thread, text));
            return;
        }
        if (target.get().id().equals(own.id())) {
            conversations.startInDm(surface, client, message.teamId(), message.userId(), own,
                    ConversationKind.SKILL_CHECK, false, thread);
            return;
        }
        conversations.startTowardInDm(surface, client, message.teamId(), message.userId(), own, target.get(), false,
                thread);
    }

    /** {@code /career check <role>}: the check toward that role, or the closest roles when none has that name. */
    private Response checkToward(SlackSurface surface, CommandCall call, String typed) {
        if (call.argsNameAPerson()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("`/career check` is for roles, not people:"
                    + " `/career check <role>` checks your skills toward that role. To share next steps with someone,"
                    + " use `/career checklist @person` in a channel you share."));
        }
        if (TooLong.asRole(typed)) {
            return call.context().ack(r -> r.responseType("ephemeral").text(TooLong.role(typed)));
        }
        RoleFinder.Found found = surface.guides().roles().find(typed);
        if (found.guide().isEmpty()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("No guide for that role")
                    .blocks(renderer.closestRoles(typed, found, found.closest())));
        }
        Guide target = found.guide().get();
        if (!Coach.canStart(target, ConversationKind.SKILL_CHECK)) {
            return call.context().ack(r -> r.responseType("ephemeral")
                    .text(CoachRenderer.nothingToAsk(target, ConversationKind.SKILL_CHECK)));
        }
        if (target.id().equals(call.guide().id())) {
            return startInDm(call, ConversationKind.SKILL_CHECK, "", () -> conversations.startInDm(surface,
                    call.context().client(), call.teamId(), call.userId(), target, ConversationKind.SKILL_CHECK, false),
                    new Acks("That is your own role, and your skill check", "That is your own role. ",
                            "That is your own role: I've started your skill check", "", "question"));
        }
        String toward = "skill check toward *" + Mrkdwn.escape(target.title()) + "*";
        // Whether anything is pre-marked is known only once the check has started, after this ack.
        return startInDm(call, ConversationKind.SKILL_CHECK, target.id(), () -> conversations.startTowardInDm(surface,
                call.context().client(), call.teamId(), call.userId(), call.guide(), target, false),
                new Acks("Your " + toward, "", "I've started your " + toward,
                        "Where you rated the same skill in your own role's check, it comes pre-marked.", "question"));
    }

    /**
     * Said when one is started from the default guide because the guide the person chose is no longer served: why it
     * is not of their role, and how to choose again, as a section command says it. Otherwise "".
     */
    private static String chosenGone(SlackSurface surface, CommandCall call) {
        return surface.guides().chosenGuideGone(call.teamId(), call.userId())
                .map(id -> "The guide you chose, `" + Mrkdwn.escape(Mrkdwn.truncate(id, 100)) + "`, is no longer"
                        + " served, so it is of the default guide, *" + Mrkdwn.escape(call.guide().title())
                        + "*. Choose again with `/career role`.")
                .orElse("");
    }

    /**
     * How a command that starts a conversation acks, as sentences' starts worded for it.
     *
     * @param alreadyStarted what started moments ago ("Your next steps walk"), for {@link #alreadyStarted}
     * @param beforeResume   put before the offer to resume one left halfway, or ""
     * @param started        what is started now ("I've started the next steps walk"), for {@link #started}
     * @param note           a sentence to add when started, or ""
     * @param first          what the first message asks ("question", "step")
     */
    private record Acks(String alreadyStarted, String beforeResume, String started, String note, String first) {
    }

    /**
     * Starts a conversation in the person's DM ({@code start}, after the ack) and acks the command with what that
     * start will do, read from the store once ({@link Coach#preview}): the same one started moments ago (a second
     * press) is kept and nothing new posted, so the ack says where it is and nothing is started; one left halfway is
     * offered back; otherwise a new one starts. While the store is out of reach the ack says it started, and the start
     * says in the DM what happened.
     */
    private Response startInDm(CommandCall call, ConversationKind kind, String targetGuideId, Runnable start,
                               Acks acks) {
        Optional<Coach.Start> preview;
        try {
            preview = coach.preview(call.teamId(), call.userId(), kind, targetGuideId);
        } catch (StoreException e) {
            preview = Optional.empty();
        }
        String text;
        if (preview.orElse(null) instanceof Coach.Start.AlreadyStarted) {
            text = alreadyStarted(call, acks.alreadyStarted(), acks.first());
        } else {
            start.run();
            text = preview.orElse(null) instanceof Coach.Start.ResumeOffered left
                    ? acks.beforeResume() + resumeOffered(call, left.conversation())
                    : started(call, acks.started(), acks.note(), acks.first());
        }
        return call.context().ack(r -> r.responseType("ephemeral").text(text));
    }

    /**
     * The ack of a command repeated moments after it started a conversation, worded for where it was typed as
     * {@link #started} is.
     *
     * @param what  what started, as a sentence's start ("Your next steps walk")
     * @param first what the first message asks ("question", "step")
     */
    private String alreadyStarted(CommandCall call, String what, String first) {
        return switch (dmChannels.where(call.teamId(), call.userId(), call.payload().getChannelId(),
                call.payload().getChannelName())) {
            case OUR_DM -> what + " has already started: its first " + first + " is above.";
            case ELSEWHERE -> what + " has already started, in our direct messages: its first " + first + " is there.";
            case SOME_DM -> what + " has already started: its first " + first + " is a direct message from me.";
        };
    }

    /**
     * The ack of a command that found the person's conversation of that sort left halfway: the DM offers to resume it
     * or start again, worded for where the command was typed.
     */
    private String resumeOffered(CommandCall call, Conversation left) {
        // Of a role chosen before the one the person has now: named, so it is not taken for one of their role.
        boolean ofAnotherRole = !left.isTowardRole() && !left.guideId().equals(call.guide().id());
        String what = "You have a *" + CoachRenderer.title(left.kind()).toLowerCase(Locale.ROOT) + "*"
                + (left.isTowardRole() ? " toward *" + Mrkdwn.escape(coach.guideOf(left).title()) + "*" : "")
                + (ofAnotherRole ? " of *" + Mrkdwn.escape(coach.guideOf(left).title()) + "*, your role before," : "")
                + " in progress, at question " + left.position() + " of " + left.total() + ": ";
        return what + switch (dmChannels.where(call.teamId(), call.userId(), call.payload().getChannelId(),
                call.payload().getChannelName())) {
            case OUR_DM -> "resume it or start again, just below.";
            case ELSEWHERE -> "resume it or start again, in our direct messages.";
            case SOME_DM -> "resume it or start again, in a direct message from me.";
        };
    }

    /**
     * The ack of a command that started a conversation in the person's DM, worded for where it was typed: in that
     * DM the first message follows right below; elsewhere it is in our direct messages; in a DM not known to be the
     * bot's, words that read right in either.
     *
     * @param started what was started, as a sentence's start ("I've started the next steps walk")
     * @param note    a sentence to add, or ""
     * @param first   what the first message asks ("question", "step")
     */
    private String started(CommandCall call, String started, String note, String first) {
        String where = switch (dmChannels.where(call.teamId(), call.userId(), call.payload().getChannelId(),
                call.payload().getChannelName())) {
            case OUR_DM -> started + ": its first " + first + " follows.";
            case ELSEWHERE -> started + " in our direct messages.";
            case SOME_DM -> started + ": its first " + first + " comes as a direct message from me.";
        };
        return note.isEmpty() ? where : where + " " + note;
    }
}
