package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.Pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The latest skill check and how its ratings moved since the one before ({@code /career progress}). */
public record ProgressReport(SkillCheckResult latest, Optional<SkillCheckResult> previous, List<Change> changes) {

    /** A skill rated differently than last time; {@code pitfall} as in {@link SkillCheckResult.RatedSkill}. */
    public record Change(String label, Rating before, Rating after, boolean pitfall) {
        public Change(String label, Rating before, Rating after) {
            this(label, before, after, false);
        }

        public boolean improved() {
            return after.compareTo(before) > 0;
        }
    }

    public ProgressReport {
        changes = List.copyOf(changes);
    }

    /**
     * @param latestCheck   the most recent finished skill check
     * @param previousCheck the one before it, if any
     */
    public static ProgressReport of(Conversation latestCheck, Optional<Conversation> previousCheck, Guide guide) {
        List<Change> changes = new ArrayList<>();
        previousCheck.ifPresent(before -> {
            Map<String, Rating> old = before.ratings();
            latestCheck.ratings().forEach((ref, now) -> {
                Rating was = old.get(ref);
                if (was != null && was != now) {
                    changes.add(new Change(guide.labelOf(ref), was, now, Pitfalls.isPitfall(guide, ref)));
                }
            });
        });
        return new ProgressReport(SkillCheckResult.of(latestCheck, guide),
                previousCheck.map(c -> SkillCheckResult.of(c, guide)), changes);
    }
}
