package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Pitfalls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a finished skill check says: strengths, gaps weakest first (guide order among equals), and for each gap
 * the guide's actions that build it ({@link Item#actions()}: the mapping lives in the guide data).
 */
public record SkillCheckResult(String conversationId, String guideId, Instant finishedAt,
                               List<RatedSkill> strengths, List<Gap> gaps, List<String> skipped) {

    /** How many gaps a plan addresses, so it stays short enough to act on. */
    public static final int PLAN_GAPS = 3;

    /**
     * A skill area as rated; {@code pitfall} when it is one of the skill gaps' pitfalls ({@link Pitfalls}): then
     * the rating says how rarely it trips the person up, lowest (it often does) first, as a skill's says how well
     * they know it.
     */
    public record RatedSkill(String ref, String label, Rating rating, boolean pitfall) {
        public RatedSkill(String ref, String label, Rating rating) {
            this(ref, label, rating, false);
        }
    }

    public record Gap(RatedSkill skill, List<Plan.Entry> actions) {
        public Gap {
            actions = List.copyOf(actions);
        }
    }

    public SkillCheckResult {
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        skipped = List.copyOf(skipped);
    }

    public static SkillCheckResult of(Conversation conversation, Guide guide) {
        if (!conversation.kind().isSkillCheck()) {
            throw new IllegalArgumentException("not a skill check: " + conversation.kind());
        }
        List<RatedSkill> rated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String ref : conversation.questions()) {
            String label = guide.labelOf(ref);
            Optional<String> answer = conversation.answer(ref);
            if (answer.isEmpty() || answer.get().equals(Conversation.SKIPPED)) {
                // A skill the guide lost meanwhile (even the one shown as it was skipped) is no skill to come back
                // to, and its words are gone with it.
                if (guide.item(ref).isPresent()) {
                    skipped.add(label);
                }
            } else {
                rated.add(new RatedSkill(ref, label, Rating.valueOf(answer.get()), Pitfalls.isPitfall(guide, ref)));
            }
        }
        List<RatedSkill> strengths = rated.stream().filter(r -> r.rating().isStrength())
                .sorted(Comparator.comparing(RatedSkill::rating).reversed()).toList();
        List<Gap> gaps = rated.stream().filter(r -> !r.rating().isStrength())
                .sorted(Comparator.comparing(RatedSkill::rating))
                .map(r -> new Gap(r, actions(guide, r.ref())))
                .toList();
        return new SkillCheckResult(conversation.id(), conversation.guideId(), conversation.updatedAt(),
                strengths, gaps, skipped);
    }

    private static List<Plan.Entry> actions(Guide guide, String skillRef) {
        return guide.item(skillRef).map(Item::actions).orElse(List.of()).stream()
                .flatMap(ref -> guide.item(ref).map(action -> new Plan.Entry(ref, action.label())).stream())
                .toList();
    }

    /** True when the top gaps have steps to take; a guide's skill may name no action, and then there is no plan. */
    public boolean hasSteps() {
        return gaps.subList(0, Math.min(PLAN_GAPS, gaps.size())).stream().anyMatch(g -> !g.actions().isEmpty());
    }

    /** The actions of the top gaps, each once, in the order of the gaps they address. */
    public Plan plan(String teamId, String userId) {
        Map<String, Plan.Entry> entries = new LinkedHashMap<>();
        for (Gap gap : gaps.subList(0, Math.min(PLAN_GAPS, gaps.size()))) {
            gap.actions().forEach(action -> entries.putIfAbsent(action.ref(), action));
        }
        return new Plan(teamId, userId, guideId, Plan.Source.SKILL_CHECK, finishedAt, List.copyOf(entries.values()));
    }
}
