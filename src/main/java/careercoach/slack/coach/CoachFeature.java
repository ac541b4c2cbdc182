package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.Plan;
import careercoach.coach.SkillCheckResult;
import careercoach.guide.Guide;
import careercoach.privacy.ForgetMe;
import careercoach.privacy.PersonalCache;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack wiring of the guided conversations, which run in the user's DM (each answer replaces the question in the
 * same message): how a person asks for one ({@link CoachCommands}: {@code /career check}, {@code steps walk},
 * {@code progress}, {@code forget-me}, "check my skills" in the DM), the buttons of a conversation
 * ({@link ConversationButtons}), sharing a plan and forget-me ({@link PrivacyButtons}), and the coach's part of the
 * App Home.
 */
public final class CoachFeature implements SlackFeature {
    private final Coach coach;
    private final ForgetMe forgetMe;
    private final PlanSaving planSaving;
    private final ForgetFollowUp forgetFollowUp;
    private final Coach.SameSkills sameSkills;
    private final CoachRenderer renderer = new CoachRenderer();
    /** Each person's DM with the bot, so a command's ack can tell whether it was typed there. */
    private final DmChannels dmChannels = new DmChannels();
    private DmConversations conversations;
    private SlackSurface surface;

    /** What saving a finished plan does besides keeping it: it becomes the person's checklist. */
    @FunctionalInterface
    public interface PlanSaving {
        /** Returns the confirmation to show the person. */
        String save(SlackSurface surface, Plan plan);
    }

    /** What forget-me does besides deleting: called before, returns what shows the changed messages again after. */
    @FunctionalInterface
    public interface ForgetFollowUp {
        Runnable prepare(SlackSurface surface, String teamId, String userId);
    }

    public CoachFeature(Coach coach, ForgetMe forgetMe, PlanSaving planSaving) {
        this(coach, forgetMe, planSaving, (surface, teamId, userId) -> () -> {
        });
    }

    public CoachFeature(Coach coach, ForgetMe forgetMe, PlanSaving planSaving, ForgetFollowUp forgetFollowUp) {
        this(coach, forgetMe, planSaving, forgetFollowUp, (known, targets) -> {
            int[] none = new int[targets.size()];
            java.util.Arrays.fill(none, -1);
            return none;
        });
    }

    /** @param sameSkills which skills of two guides are the same, for pre-marking a check toward another role */
    public CoachFeature(Coach coach, ForgetMe forgetMe, PlanSaving planSaving, ForgetFollowUp forgetFollowUp,
                        Coach.SameSkills sameSkills) {
        this.sameSkills = sameSkills;
        this.coach = coach;
        this.forgetMe = forgetMe;
        this.planSaving = planSaving;
        this.forgetFollowUp = forgetFollowUp;
    }

    @Override
    public void install(SlackSurface surface) {
        SkillCheckSummaries summaries = SkillCheckSummaries.of(coach, (teamId, userId, checked) ->
                otherRole(surface, teamId, userId, checked.guideId(), () -> keptTitle(coach, checked)));
        surface.home().add((teamId, userId, room) -> {
            Optional<Conversation> underWay = coach.checkUnderWay(teamId, userId);
            // Named when it is toward a role, or of the person's own role on a guide they have left since.
            Optional<String> title = underWay.flatMap(c -> c.isTowardRole()
                    ? surface.guides().library().find(c.guideId()).map(Guide::title)
                    : otherRole(surface, teamId, userId, c.guideId(), c::guideTitle));
            return List.of(renderer.latestCheck(summaries.latest(teamId, userId),
                    Coach.canStart(surface.guides().guideFor(teamId, userId), ConversationKind.SKILL_CHECK),
                    underWay, title));
        });
        DmConversations conversations = new DmConversations(coach, renderer, sameSkills, dmChannels);
        this.conversations = conversations;
        this.surface = surface;
        ProgressPictures pictures = new ProgressPictures(coach);
        new CoachCommands(coach, renderer, conversations, pictures, dmChannels).install(surface);
        new ConversationButtons(coach, conversations, planSaving, pictures).install(surface);
        new PrivacyButtons(coach, forgetMe, renderer, forgetFollowUp).install(surface);
    }

    @Override
    public List<PersonalCache> personalCaches() {
        return List.of(dmChannels);
    }

    /**
     * The title of the guide {@code checkedGuideId} when it is not the one the person reads now; for a guide no
     * longer served, the title {@code keptTitle} gives (the one the check was made under, "" when not kept).
     */
    static Optional<String> otherRole(SlackSurface surface, String teamId, String userId, String checkedGuideId,
                                      Supplier<String> keptTitle) {
        if (checkedGuideId.equals(surface.guides().guideFor(teamId, userId).id())) {
            return Optional.empty();
        }
        return Optional.of(surface.guides().library().find(checkedGuideId).map(Guide::title)
                .orElseGet(() -> CoachRenderer.noLongerServed(checkedGuideId, keptTitle.get())));
    }

    /** The title a finished check's guide had when the check started; "" when it was not kept. */
    static String keptTitle(Coach coach, SkillCheckResult checked) {
        return coach.find(checked.conversationId()).map(Conversation::guideTitle).orElse("");
    }

    /**
     * Starts (or continues) the person's skill check in their DM, as the "Check my skills" button does; for a
     * request made elsewhere, such as a workflow step. Nothing happens when their guide has no skill areas.
     */
    public void startSkillCheck(String teamId, String userId) {
        Guide guide = surface.guides().guideFor(teamId, userId);
        if (Coach.canStart(guide, ConversationKind.SKILL_CHECK)) {
            conversations.startInDm(surface, surface.clients().of(teamId), teamId, userId, guide,
                    ConversationKind.SKILL_CHECK, false);
        }
    }
}
