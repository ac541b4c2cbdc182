package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.ConversationKind;
import careercoach.guide.Guide;
import careercoach.slack.CareerCommands;
import careercoach.slack.MessagePhrase;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a person asks the coach for something: {@code /career check}, {@code steps walk}, {@code progress},
 * {@code forget-me}, and "check my skills" written in the DM.
 */
final class CoachCommands {
    /** What a person may write in the DM to start a check. */
    private static final Pattern START_PHRASE = Pattern.compile(
            "(?i)\\s*(check my skills|skill check|continue my skill check)[.!?]*\\s*");

    private final Coach coach;
    private final CoachRenderer renderer;
    private final DmConversations conversations;

    CoachCommands(Coach coach, CoachRenderer renderer, DmConversations conversations) {
        this.coach = coach;
        this.renderer = renderer;
        this.conversations = conversations;
    }

    void install(SlackSurface surface) {
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
                    conversations.startInDm(surface, call.context().client(), call.teamId(), call.userId(),
                            call.guide(), kind, false);
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
                    conversations.startInDm(surface, call.context().client(), call.teamId(), call.userId(),
                            call.guide(), ConversationKind.STEPS_WALK, false);
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

        surface.messages().register(new MessagePhrase("start a skill check",
                message -> message.isDirect() && START_PHRASE.matcher(message.text()).matches(), (message, ctx) -> {
                    Guide guide = surface.guides().guideFor(message.teamId(), message.userId());
                    MethodsClient client = ctx.client();
                    if (!Coach.canStart(guide, ConversationKind.SKILL_CHECK)) {
                        String text = CoachRenderer.nothingToAsk(guide, ConversationKind.SKILL_CHECK);
                        surface.executor().execute(() -> DmConversations.dm(surface, client, message.userId(), text));
                        return;
                    }
                    conversations.startInDm(surface, client, message.teamId(), message.userId(), guide,
                            ConversationKind.SKILL_CHECK, false);
                }));
    }
}
