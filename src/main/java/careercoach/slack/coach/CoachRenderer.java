package careercoach.slack.coach;

import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.Plan;
import careercoach.coach.ProgressReport;
import careercoach.coach.Rating;
import careercoach.coach.SavedPlans;
import careercoach.coach.SkillCheckResult;
import careercoach.coach.StepStatus;
import careercoach.coach.WalkResult;
import careercoach.guide.Guide;
import careercoach.slack.NoGuideWording;
import careercoach.guide.RoleFinder;
import careercoach.guide.Item;
import careercoach.guide.Pitfalls;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SharedActions;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

/**
 * Block Kit for the guided conversations: a question with its progress and answer buttons, the resume offer, the
 * results with their plan, progress between checks, and forget-me. Pure: values in, blocks out.
 * Buttons on a question carry {@code conversation|step|version} so an old click is recognised.
 */
public final class CoachRenderer {
    public static final String ANSWER_ACTION = "coach_answer_";
    public static final String SKIP_ACTION = "coach_skip";
    public static final String BACK_ACTION = "coach_back";
    public static final String STOP_ACTION = "coach_stop";
    public static final String RESUME_ACTION = "coach_resume";
    /** Starts a conversation; value: a {@link ConversationKind} name. Used by help, the App Home and results. */
    public static final String START_ACTION = SharedActions.START_CONVERSATION;
    /**
     * The App Home's Continue of a check toward another role; value: that role's guide id. It takes up that check
     * even when the role has become the person's own since.
     */
    public static final String CONTINUE_TOWARD_ACTION = SharedActions.CHECK_TOWARD + "_home_continue";
    /** Starts afresh, dropping what was left; value: a {@link ConversationKind} name. */
    public static final String RESTART_ACTION = "coach_restart";
    /** Said to a second click on the same "Start again": the fresh start it made is in the DM already. */
    static final String ALREADY_STARTED_AGAIN = "You already started again from this message: the fresh first"
            + " question is below it.";
    /** Said for a button toward a role whose guide was removed after the button was shown. */
    static final String ROLE_NO_LONGER_OFFERED = "That role's guide is no longer offered, so there is no check"
            + " toward it. `/career role` lists the roles I know.";
    public static final String SAVE_PLAN_ACTION = "coach_save_plan";
    public static final String SHARE_ACTION = "coach_share";
    /** Block id prefix of the share picker: the conversation id follows, as a users_select has no value. */
    public static final String SHARE_BLOCK = "coach_share|";
    /** Sends the plan after the person confirmed; value {@code conversationId|viewerId}. */
    public static final String SHARE_SEND_ACTION = "coach_share_send";
    public static final String SHARE_CANCEL_ACTION = "coach_share_cancel";
    /** Stops sharing the plan with a viewer; value: the viewer's user id. */
    public static final String UNSHARE_ACTION = "coach_unshare";
    /** The answer to saving a result whose plan has no steps. */
    public static final String NO_STEPS = "This result has no steps to save: the guide names no step for your top"
            + " gaps yet. Your saved plan is unchanged.";
    public static final String FORGET_CONFIRM_ACTION = "coach_forget_confirm";
    public static final String FORGET_CANCEL_ACTION = "coach_forget_cancel";

    /** How a store names what it took the person off rather than deleted ("shared checklists you were removed from"). */
    private static final String REMOVED_FROM = " you were removed from";
    /** Words that end the noun of a kind ("shared checklists | you were removed from"). */
    private static final Set<String> AFTER_THE_NOUN = Set.of("of", "for", "you", "that", "from", "in");

    private static final Map<Rating, String> RATING_LABELS = Map.of(
            Rating.NEW_TO_IT, "New to it", Rating.SOME_EXPOSURE, "Some exposure",
            Rating.PRACTISED, "Practised it", Rating.COULD_TEACH, "Could teach it");
    /**
     * The same answers to a pitfall ("does this trip you up?"), on the same scale: often is the lowest, as new to it
     * is for a skill.
     */
    private static final Map<Rating, String> PITFALL_LABELS = Map.of(
            Rating.NEW_TO_IT, "Often", Rating.SOME_EXPOSURE, "Sometimes",
            Rating.PRACTISED, "Rarely", Rating.COULD_TEACH, "Never");
    /** A pitfall's rating in a sentence: "Saying no too often (trips you up often)". */
    private static final Map<Rating, String> PITFALL_WORDS = Map.of(
            Rating.NEW_TO_IT, "trips you up often", Rating.SOME_EXPOSURE, "trips you up sometimes",
            Rating.PRACTISED, "rarely trips you up", Rating.COULD_TEACH, "never trips you up");
    private static final Map<StepStatus, String> STATUS_LABELS = Map.of(
            StepStatus.DONE, "Done", StepStatus.IN_PROGRESS, "In progress",
            StepStatus.NOT_YET, "Not yet", StepStatus.NOT_RELEVANT, "Not relevant");

    /** The value a question's buttons carry. */
    public static String buttonValue(Conversation c) {
        return c.id() + "|" + c.step() + "|" + c.version();
    }

    public static String title(ConversationKind kind) {
        return switch (kind) {
            case SKILL_CHECK -> "Skill check";
            case LONG_SKILL_CHECK -> "Full skill check";
            case STEPS_WALK -> "Next steps walk";
        };
    }

    public static String ratingLabel(Rating rating) {
        return RATING_LABELS.get(rating);
    }

    /** The answer button's label: a skill's ("Practised it"), or a pitfall's ("Rarely"). */
    static String answerLabel(Rating rating, boolean pitfall) {
        return (pitfall ? PITFALL_LABELS : RATING_LABELS).get(rating);
    }

    /** A rating in a sentence, lower case: "practised it", or for a pitfall "rarely trips you up". */
    static String ratedWords(Rating rating, boolean pitfall) {
        return pitfall ? PITFALL_WORDS.get(rating) : RATING_LABELS.get(rating).toLowerCase(Locale.ROOT);
    }

    /** The name of a role whose guide is no longer served, from its id: "Sre lead (a guide no longer served)". */
    public static String noLongerServed(String guideId) {
        return noLongerServed(guideId, "");
    }

    /**
     * As above, by the title the guide had when it was stored with the person's check ({@code keptTitle}, "" when
     * not kept, for checks stored before titles were): "Site Reliability Engineering Lead (a guide no longer served)".
     */
    public static String noLongerServed(String guideId, String keptTitle) {
        return (keptTitle == null || keptTitle.isBlank() ? Guide.inWords(guideId) : keptTitle.strip())
                + " (a guide no longer served)";
    }

    /** In place of a conversation whose guide is no longer served: it stopped, and how to start another. */
    public static String guideRemoved(ConversationKind kind) {
        String command = kind == ConversationKind.STEPS_WALK ? "`/career steps walk`" : "`/career check`";
        return "This " + title(kind).toLowerCase(Locale.ROOT) + " stopped: the role guide it asked from, or the part"
                + " of it its questions came from, is no longer offered (removed or renamed), so its questions cannot"
                + " be shown. Start a new one with " + command + ".";
    }

    /** One line of text as a message's blocks. */
    public static List<LayoutBlock> note(String text) {
        return List.of(section(s -> s.text(markdownText(text))));
    }

    /** Said instead of starting a conversation the guide has nothing to ask in. */
    public static String nothingToAsk(Guide guide, ConversationKind kind) {
        String title = "*" + Mrkdwn.escape(guide.title()) + "*";
        return kind == ConversationKind.STEPS_WALK
                ? title + " lists no next steps, so there is nothing to walk through. Choose another guide with"
                + " `/career role`."
                : title + " has no skill areas to check, so there is no skill check for it. Choose another guide"
                + " with `/career role`.";
    }

    /** The App Home's skill-check part: the latest result in short, and a button to start (again). */
    public LayoutBlock latestCheck(Optional<String> summary) {
        return latestCheck(summary, true);
    }

    /** As above; without the button when the reader's guide has no skill areas to check. */
    public LayoutBlock latestCheck(Optional<String> summary, boolean canCheck) {
        return latestCheck(summary, canCheck, Optional.empty());
    }

    /**
     * As above; a check under way is said so, at which question, with the button to go on with it (in the DM it
     * offers to resume it or start again), rather than "you haven't run one yet".
     */
    public LayoutBlock latestCheck(Optional<String> summary, boolean canCheck, Optional<Conversation> underWay) {
        return latestCheck(summary, canCheck, underWay, Optional.empty());
    }

    /**
     * As above, for a check under way on another guide than the person reads now, named by {@code title}: toward
     * another role ({@code /career check <role>}; its *Continue* takes it up as the path's "Check toward it" does),
     * or of their own role started before they chose another. Such a check is shown whether or not the person's
     * own guide has skill areas.
     */
    public LayoutBlock latestCheck(Optional<String> summary, boolean canCheck, Optional<Conversation> underWay,
                                   Optional<String> title) {
        Optional<Conversation> going = underWay.filter(c -> canCheck || c.isTowardRole());
        String named = title.map(t -> (going.filter(Conversation::isTowardRole).isPresent() ? " toward *" : " of *")
                + Mrkdwn.escape(t) + "*").orElse("");
        String progress = going.map(c -> "Your skill check" + named + " is under way, at question " + c.position()
                + " of " + c.total() + ": *Continue* picks it up in our direct messages.").orElse("");
        String text = summary.map(s -> progress.isEmpty() ? s : s + "\n" + progress)
                .orElse(!progress.isEmpty() ? progress : canCheck ? "You haven't run a skill check yet."
                        : "Your guide has no skill areas to check.");
        SectionBlock.SectionBlockBuilder block = SectionBlock.builder()
                .text(markdownText(Mrkdwn.truncate("*Your latest skill check*\n" + text, Mrkdwn.MAX_TEXT)));
        if (going.filter(Conversation::isTowardRole).isPresent()) {
            block.accessory(ButtonElement.builder().actionId(CONTINUE_TOWARD_ACTION)
                    .text(plainText("Continue")).value(going.get().targetGuideId()).style("primary").build());
        } else if (canCheck) {
            block.accessory(ButtonElement.builder().actionId(START_ACTION)
                    .text(plainText(going.isPresent() ? "Continue" : summary.isPresent() ? "Check again"
                            : "Start a check"))
                    .value(ConversationKind.SKILL_CHECK.name()).style("primary").build());
        }
        return block.build();
    }

    /** The current question: what it is about, progress ("3 of 6"), answer buttons, then Skip, Back and Stop. */
    public List<LayoutBlock> question(Conversation c, Guide guide) {
        String ref = c.currentQuestion().orElseThrow();
        Optional<Item> item = guide.item(ref);
        String label = guide.labelOf(ref);
        String text = item.map(Item::text).orElse("");
        // A pitfall of the skill gaps ("Saying no too often") is no skill to know: asked whether it trips one up.
        boolean pitfall = c.kind().isSkillCheck() && Pitfalls.isPitfall(guide, ref);
        String prompt = !c.kind().isSkillCheck() ? "Where are you with this step?"
                : pitfall ? "Does this trip you up?" : "How well do you know this?";
        List<LayoutBlock> blocks = new ArrayList<>();
        String toward = c.isTowardRole() ? " toward *" + Mrkdwn.escape(guide.title()) + "*" : "";
        String named = c.isTowardRole() ? "" : " · " + Mrkdwn.escape(Mrkdwn.truncate(guide.title(), 150));
        blocks.add(context(x -> x.elements(List.of(markdownText(Mrkdwn.truncate("*" + title(c.kind()) + "*" + toward
                + " · " + c.position() + " of " + c.total() + named, Mrkdwn.MAX_TEXT))))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*" + Mrkdwn.escape(label) + "*"
                + (text.isEmpty() || text.equals(label) ? "" : "\n" + Mrkdwn.escape(text))
                + "\n\n" + prompt, Mrkdwn.MAX_TEXT)))));
        String value = buttonValue(c);
        List<BlockElement> answers = new ArrayList<>();
        Optional<String> kept = c.isTowardRole() ? c.premarkKept(ref) : Optional.empty();
        // In a check toward a role, the rating shown marked: kept from the own role's check, or given here (Back).
        Optional<String> premarked = c.isTowardRole() ? c.answer(ref) : Optional.empty();
        if (c.kind().isSkillCheck()) {
            premarked.filter(p -> !Conversation.SKIPPED.equals(p)).ifPresent(p -> blocks.add(context(x -> x.elements(
                    List.of(markdownText(kept.isPresent()
                            ? "Pre-marked *" + ratedWords(Rating.valueOf(p), pitfall)
                            + "*: you rated the same skill so in your own role's check. Keep it or change it."
                            : "Your answer: *" + ratedWords(Rating.valueOf(p), pitfall)
                            + "*. Keep it or change it."))))));
            for (Rating rating : Rating.values()) {
                boolean marked = premarked.filter(rating.name()::equals).isPresent();
                answers.add(button(b -> b.actionId(ANSWER_ACTION + rating.name())
                        .text(plainText(answerLabel(rating, pitfall)))
                        .style(marked ? "primary" : null).value(value)));
            }
        } else {
            for (StepStatus status : StepStatus.values()) {
                answers.add(button(b -> b.actionId(ANSWER_ACTION + status.name())
                        .text(plainText(STATUS_LABELS.get(status))).value(value)));
            }
        }
        blocks.add(actions(a -> a.blockId("coach_answers").elements(answers)));
        List<BlockElement> moves = new ArrayList<>();
        moves.add(button(b -> b.actionId(SKIP_ACTION).text(plainText("Skip")).value(value)));
        if (c.step() > 0) {
            moves.add(button(b -> b.actionId(BACK_ACTION).text(plainText("Back")).value(value)));
        }
        moves.add(button(b -> b.actionId(STOP_ACTION).text(plainText("Stop")).value(value)));
        blocks.add(actions(a -> a.blockId("coach_moves").elements(moves)));
        return blocks;
    }

    /** Shown in place of the question after Stop. */
    public List<LayoutBlock> paused(Conversation c) {
        return List.of(section(s -> s.text(markdownText("*" + title(c.kind()) + "* paused at question "
                        + c.position() + " of " + c.total() + ". Your answers so far are kept."))),
                actions(a -> a.elements(List.of(button(b -> b.actionId(RESUME_ACTION).style("primary")
                        .text(plainText("Resume at question " + c.position())).value(buttonValue(c)))))));
    }

    /** "Resume at question 4 of 6, or start again?" */
    public List<LayoutBlock> resumeOffer(Conversation c) {
        return resumeOffer(c, null, null);
    }

    /**
     * As {@link #resumeOffer(Conversation)}; a conversation on the person's own role started on {@code asked}, a role
     * other than the one they have now ({@code own}), is named, and starting anew says it is of their role now.
     */
    public List<LayoutBlock> resumeOffer(Conversation c, Guide asked, Guide own) {
        boolean ofAnotherRole = asked != null && own != null && !c.isTowardRole() && !asked.id().equals(own.id());
        String text = ofAnotherRole
                ? "You have a *" + title(c.kind()).toLowerCase(Locale.ROOT) + "* of *" + Mrkdwn.escape(asked.title())
                        + "*, your role before, in progress. Resume it at question " + c.position() + " of "
                        + c.total() + ", or start one of your role now, *" + Mrkdwn.escape(own.title()) + "*?"
                : "You have a *" + title(c.kind()).toLowerCase(Locale.ROOT) + "* in progress. Resume at question "
                        + c.position() + " of " + c.total() + ", or start again?";
        String restart = ofAnotherRole ? Mrkdwn.truncate("Start one of " + own.title(), Mrkdwn.MAX_BUTTON_TEXT)
                : "Start again";
        return List.of(section(s -> s.text(markdownText(Mrkdwn.truncate(text, Mrkdwn.MAX_TEXT)))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(RESUME_ACTION).style("primary")
                                .text(plainText("Resume at question " + c.position())).value(buttonValue(c))),
                        button(b -> b.actionId(RESTART_ACTION).text(plainText(restart)).value(c.kind().name()
                                + (c.isTowardRole() ? "|" + c.targetGuideId() : "")))))));
    }

    /** The skill check result: strengths, gaps weakest first with the guide's actions, and what to do with it. */
    public List<LayoutBlock> skillResult(SkillCheckResult result, ConversationKind kind) {
        return skillResult(result, kind, Optional.empty());
    }

    /** As {@link #skillResult(SkillCheckResult, ConversationKind)}, for a check toward the role of {@code toward}. */
    public List<LayoutBlock> skillResult(SkillCheckResult result, ConversationKind kind, Optional<Guide> toward) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.truncate(toward.map(g -> "Your check toward " + g.title())
                .orElse("Your " + title(kind).toLowerCase(Locale.ROOT) + " result"), Mrkdwn.MAX_HEADER), true))));
        toward.ifPresent(g -> blocks.add(context(x -> x.elements(List.of(markdownText(Mrkdwn.truncate(
                "The plan below is toward *" + Mrkdwn.escape(g.title()) + "*, kept apart from your own role's plan.",
                Mrkdwn.MAX_TEXT)))))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(result.strengths().isEmpty()
                ? "*Strengths*\nNone rated practised or better yet" + (result.gaps().stream()
                        .anyMatch(g -> g.skill().pitfall()) ? ", and no pitfall that rarely trips you up." : ".")
                : "*Strengths*\n" + result.strengths().stream()
                        .map(r -> "• " + Mrkdwn.escape(r.label()) + " — " + ratedWords(r.rating(), r.pitfall()))
                        .collect(Collectors.joining("\n")), Mrkdwn.MAX_TEXT)))));
        if (result.gaps().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("*Gaps*\nNo gaps among the skills you rated."))));
        } else {
            blocks.add(section(s -> s.text(markdownText("*Top gaps, and what builds them*"))));
            List<SkillCheckResult.Gap> top = result.gaps().subList(0,
                    Math.min(SkillCheckResult.PLAN_GAPS, result.gaps().size()));
            for (int i = 0; i < top.size(); i++) {
                SkillCheckResult.Gap gap = top.get(i);
                int number = i + 1;
                String actionsText = gap.actions().stream().map(a -> "   ◦ " + Mrkdwn.escape(a.label()))
                        .collect(Collectors.joining("\n"));
                blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(number + ". *"
                        + Mrkdwn.escape(gap.skill().label()) + "* (" + ratedWords(gap.skill().rating(),
                        gap.skill().pitfall()) + ")\n" + (actionsText.isEmpty()
                        ? "   ◦ _The guide names no step for this yet._" : actionsText),
                        Mrkdwn.MAX_TEXT)))));
            }
            if (result.gaps().size() > SkillCheckResult.PLAN_GAPS) {
                String more = result.gaps().subList(SkillCheckResult.PLAN_GAPS, result.gaps().size()).stream()
                        .map(g -> Mrkdwn.escape(g.skill().label())).collect(Collectors.joining(", "));
                blocks.add(context(x -> x.elements(List.of(markdownText(Mrkdwn.truncate("Also to grow later: " + more,
                        Mrkdwn.MAX_TEXT))))));
            }
        }
        if (!result.skipped().isEmpty()) {
            blocks.add(context(x -> x.elements(List.of(markdownText(Mrkdwn.truncate("Skipped: " + result.skipped()
                    .stream().map(Mrkdwn::escape).collect(Collectors.joining(", ")), Mrkdwn.MAX_TEXT))))));
        }
        blocks.addAll(planActions(result.conversationId(), kind, result.hasSteps(), toward));
        return blocks;
    }

    /** The walk's end: what remains to do, and what is done. */
    public List<LayoutBlock> walkResult(WalkResult result) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your next steps", true))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(result.remaining().isEmpty()
                ? "*What remains*\nNothing: every step is done or not relevant to you."
                : "*What remains*\n" + result.remaining().stream().map(e -> "• " + Mrkdwn.escape(e.label()))
                        .collect(Collectors.joining("\n")), Mrkdwn.MAX_TEXT)))));
        if (!result.done().isEmpty()) {
            blocks.add(context(x -> x.elements(List.of(markdownText(Mrkdwn.truncate("Done: " + result.done().stream()
                    .map(Mrkdwn::escape).collect(Collectors.joining(", ")), Mrkdwn.MAX_TEXT))))));
        }
        blocks.addAll(planActions(result.conversationId(), ConversationKind.STEPS_WALK, !result.remaining().isEmpty(),
                Optional.empty()));
        return blocks;
    }

    /**
     * Save, share, and run it again: a check toward another role ({@code toward}) runs again toward that role, as
     * "Start again" does, not over the reader's own guide.
     */
    private List<LayoutBlock> planActions(String conversationId, ConversationKind kind, boolean hasPlan,
                                          Optional<Guide> toward) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(divider());
        List<BlockElement> buttons = new ArrayList<>();
        if (hasPlan) {
            buttons.add(button(b -> b.actionId(SAVE_PLAN_ACTION).style("primary")
                    .text(plainText("Save as my checklist")).value(conversationId)));
        }
        buttons.add(button(b -> b.actionId(START_ACTION).text(plainText(kind == ConversationKind.STEPS_WALK
                ? "Walk again" : "Run the check again")).value(kind.name()
                + toward.map(g -> "|" + g.id()).orElse(""))));
        blocks.add(actions(a -> a.elements(buttons)));
        if (hasPlan) {
            blocks.add(section(s -> s.blockId(SHARE_BLOCK + conversationId)
                    .text(markdownText("Share this plan with your manager:"))
                    .accessory(usersSelect(u -> u.actionId(SHARE_ACTION).placeholder(plainText("Pick a person"))))));
        }
        return blocks;
    }

    /** Asked before a plan goes to someone: what they will see, and that it can be taken back. */
    /** {@code confirmationId} tells this question's Send from another's, so a Send pressed twice sends once. */
    public List<LayoutBlock> shareConfirmation(String conversationId, String viewerId, Plan plan,
                                               String confirmationId) {
        return List.of(section(s -> s.text(markdownText("Send this plan (" + plan.entries().size() + " steps) to <@"
                        + viewerId + ">? They will see this plan only, not plans you make later; you can stop"
                        + " sharing it with `/career progress`."))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(SHARE_SEND_ACTION).style("primary").text(plainText("Send plan"))
                                .value(conversationId + "|" + viewerId + "|" + confirmationId)),
                        button(b -> b.actionId(SHARE_CANCEL_ACTION).text(plainText("Cancel")).value("cancel"))))));
    }

    /** The plan as sent to the person it was shared with. */
    public List<LayoutBlock> sharedPlan(Plan plan, String sharedBy, String guideTitle) {
        String entries = plan.entries().stream().map(e -> "• " + Mrkdwn.escape(e.label()))
                .collect(Collectors.joining("\n"));
        return List.of(
                section(s -> s.text(markdownText("<@" + sharedBy + "> shared their plan with you, from the "
                        + (plan.source() == Plan.Source.SKILL_CHECK ? "skill check" : "next steps walk")
                        + " on *" + Mrkdwn.escape(guideTitle) + "*:"))),
                section(s -> s.text(markdownText(Mrkdwn.truncate(entries.isEmpty() ? "(no steps)" : entries,
                        Mrkdwn.MAX_TEXT)))));
    }

    /** {@code /career progress}: the latest result and what moved since the one before. */
    public List<LayoutBlock> progress(Optional<ProgressReport> report) {
        return progress(report, List.of());
    }

    /** As above, then the plans the person shared, each with a button that stops sharing it. */
    public List<LayoutBlock> progress(Optional<ProgressReport> report, List<SavedPlans.PlanShare> shares) {
        return progress(report, shares, Optional.empty());
    }

    /** As above; {@code otherRole} is the title of the check's guide when the person now reads another. */
    public List<LayoutBlock> progress(Optional<ProgressReport> report, List<SavedPlans.PlanShare> shares,
                                      Optional<String> otherRole) {
        List<LayoutBlock> blocks = new ArrayList<>(progressOnly(report, otherRole));
        // Room for the shares within a message's 50 blocks: at most 20, each one section.
        for (SavedPlans.PlanShare share : shares.subList(0, Math.min(20, shares.size()))) {
            blocks.add(section(s -> s.text(markdownText("Shared with <@" + share.viewerId() + "> on "
                            + share.sharedAt().toString().substring(0, 10) + ": your plan of "
                            + counted(share.plan().entries().size(), "steps")))
                    .accessory(button(b -> b.actionId(UNSHARE_ACTION).text(plainText("Stop sharing"))
                            .value(share.viewerId())))));
        }
        return blocks;
    }

    /**
     * The checks toward other roles, apart from the own-role progress: per role its latest check, what changed
     * since the one before, and the plan saved toward it. {@code titles} names each target guide.
     */
    public List<LayoutBlock> progressTowardRoles(List<ProgressReport> reports, Map<String, String> titles,
                                                 Map<String, Integer> savedPlanSteps, int room) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (reports.isEmpty() || room < 3) {
            return blocks;
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Toward other roles*"))));
        for (ProgressReport r : reports.subList(0, Math.min(reports.size(), room - 2))) {
            SkillCheckResult latest = r.latest();
            String title = titles.getOrDefault(latest.guideId(), noLongerServed(latest.guideId()));
            Integer steps = savedPlanSteps.get(latest.guideId());
            String moved = r.previous().isEmpty() ? "first check toward this role"
                    : r.changes().isEmpty() ? "no rating changed since the one before"
                    : counted((int) r.changes().stream().filter(ProgressReport.Change::improved).count(), "skills")
                    + " up, " + r.changes().stream().filter(c -> !c.improved()).count() + " down since the one before";
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*" + Mrkdwn.escape(title) + "* ("
                    + latest.finishedAt().toString().substring(0, 10) + "): "
                    + counted(latest.strengths().size(), "strengths") + ", " + counted(latest.gaps().size(), "gaps")
                    + "; " + moved
                    + (steps == null ? "" : "\nPlan saved toward it: " + counted(steps, "steps")),
                    Mrkdwn.MAX_TEXT)))));
        }
        return blocks;
    }

    /**
     * A role with no guide in {@code /career check <role>}, worded as {@code /career role} words it: the closest
     * roles that exist, each with a button.
     */
    public List<LayoutBlock> closestRoles(String typed, RoleFinder.Found found, List<Guide> closest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String line = NoGuideWording.line(typed, found, !closest.isEmpty(), " `/career role` lists the roles.");
        blocks.add(section(s -> s.text(markdownText(line))));
        for (int i = 0; i < Math.min(closest.size(), Mrkdwn.MAX_MESSAGE_BLOCKS - 1); i++) {
            Guide guide = closest.get(i);
            int index = i;
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*" + Mrkdwn.escape(guide.title()) + "*",
                    Mrkdwn.MAX_TEXT))).accessory(button(b -> b.actionId(SharedActions.CHECK_TOWARD + "_" + index)
                    .text(plainText("Check toward it")).value(guide.id())))));
        }
        return blocks;
    }

    private List<LayoutBlock> progressOnly(Optional<ProgressReport> report, Optional<String> otherRole) {
        if (report.isEmpty()) {
            return List.of(section(s -> s.text(markdownText("You have not finished a skill check yet."))),
                    actions(a -> a.elements(List.of(button(b -> b.actionId(START_ACTION).style("primary")
                            .text(plainText("Check my skills")).value(ConversationKind.SKILL_CHECK.name()))))));
        }
        ProgressReport r = report.get();
        SkillCheckResult latest = r.latest();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your progress", true))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*Latest check* ("
                + latest.finishedAt().toString().substring(0, 10) + ")"
                + otherRole.map(title -> " · " + SkillCheckSummaries.otherRoleNote(title)).orElse("") + "\n"
                + "Strengths: " + names(latest.strengths().stream().map(SkillCheckResult.RatedSkill::label).toList())
                + "\nGaps: " + names(latest.gaps().stream().map(g -> g.skill().label()).toList()), Mrkdwn.MAX_TEXT)))));
        String changes;
        if (r.previous().isEmpty()) {
            changes = "This is your first check; run it again later to see what changed.";
        } else if (r.changes().isEmpty()) {
            changes = "No rating changed since your check of " + r.previous().get().finishedAt().toString()
                    .substring(0, 10) + ".";
        } else {
            changes = "*Since " + r.previous().get().finishedAt().toString().substring(0, 10) + "*\n"
                    + r.changes().stream().map(c -> (c.improved() ? "▲ " : "▼ ") + Mrkdwn.escape(c.label()) + ": "
                            + ratedWords(c.before(), c.pitfall()) + " → " + ratedWords(c.after(), c.pitfall()))
                    .collect(Collectors.joining("\n"));
        }
        String changesText = changes;
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(changesText, Mrkdwn.MAX_TEXT)))));
        blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(START_ACTION)
                .text(plainText("Run the check again")).value(ConversationKind.SKILL_CHECK.name()))))));
        return blocks;
    }

    private static String names(List<String> labels) {
        return labels.isEmpty() ? "none" : labels.stream().map(Mrkdwn::escape).collect(Collectors.joining(", "));
    }

    /** Asks before deleting. */
    public List<LayoutBlock> forgetConfirmation() {
        return List.of(section(s -> s.text(markdownText("This deletes everything I keep about you: your role choice,"
                        + " skill check answers and results, saved plans, private checklists, our conversations"
                        + " and your votes on answers. On checklists shared in a channel your name is replaced by"
                        + " _a former member_. It cannot be undone."))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(FORGET_CONFIRM_ACTION).style("danger").text(plainText("Delete my data"))
                                .value("confirm")),
                        button(b -> b.actionId(FORGET_CANCEL_ACTION).text(plainText("Cancel")).value("cancel"))))));
    }

    /** What forget-me deleted, kind by kind. */
    public String forgotten(Map<String, Integer> deleted) {
        if (deleted.isEmpty()) {
            return "Done. Nothing is stored about you now.";
        }
        // What others share with the person (a manager's checklist) is kept for them: the person is taken off it.
        List<String> gone = new ArrayList<>();
        List<String> leftBy = new ArrayList<>();
        deleted.forEach((kind, count) -> {
            if (kind.endsWith(REMOVED_FROM)) {
                leftBy.add(counted(count, kind.substring(0, kind.length() - REMOVED_FROM.length())));
            } else {
                gone.add(counted(count, kind));
            }
        });
        String removed = leftBy.isEmpty() ? "" : "removed you from " + listed(leftBy);
        if (gone.isEmpty()) {
            return "Done. I " + removed + ".";
        }
        return "Done. I deleted " + listed(gone) + (removed.isEmpty() ? "" : ", and " + removed) + ".";
    }

    private static String listed(List<String> kinds) {
        return kinds.size() == 1 ? kinds.get(0) : String.join(", ", kinds.subList(0, kinds.size() - 1))
                + " and " + kinds.get(kinds.size() - 1);
    }

    /**
     * A count and a kind as the stores name it, in the plural ("skill check results"): one of them is said in the
     * singular ("1 skill check result", "1 shared checklist you were removed from").
     */
    static String counted(int count, String kind) {
        if (count != 1) {
            return count + " " + kind;
        }
        String[] words = kind.split(" ");
        int end = 0;
        while (end < words.length && !AFTER_THE_NOUN.contains(words[end])) {
            end++;
        }
        int noun = end - 1;
        if (noun >= 0 && words[noun].length() > 2 && words[noun].endsWith("s") && !words[noun].endsWith("ss")) {
            words[noun] = words[noun].substring(0, words[noun].length() - 1);
        }
        return "1 " + String.join(" ", words);
    }
}
