package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.SectionIds;

import java.util.List;

/** The guided conversations: which kinds of guide section they ask about, and what each answer may be. */
public enum ConversationKind {
    /** One question per often-missing skill; in a guide that lists none, per top skill. */
    SKILL_CHECK(List.of(SectionIds.SKILL_GAPS)),
    /** The often-missing skills, then the top skills. */
    LONG_SKILL_CHECK(List.of(SectionIds.SKILL_GAPS, SectionIds.TOP_SKILLS)),
    /** Each recommended next step in turn. */
    STEPS_WALK(List.of(SectionIds.NEXT_STEPS));

    private final List<String> sectionKinds;

    ConversationKind(List<String> sectionKinds) {
        this.sectionKinds = sectionKinds;
    }

    /** The kinds of section asked about, in order ({@link careercoach.guide.Guide#sectionOfKind}). */
    public List<String> sectionKinds() {
        return sectionKinds;
    }

    /**
     * The kinds of section asked about in {@code guide}: the short check asks the often-missing skills, and in a
     * guide that lists none (an imported ladder with only its competencies) the top skills, so it never says there
     * is nothing to check where the long check has questions.
     */
    public List<String> sectionKinds(Guide guide) {
        boolean noGaps = guide.sectionOfKind(SectionIds.SKILL_GAPS).map(s -> s.allItems().isEmpty()).orElse(true);
        return this == SKILL_CHECK && noGaps ? List.of(SectionIds.TOP_SKILLS) : sectionKinds;
    }

    public boolean isSkillCheck() {
        return this != STEPS_WALK;
    }

    /** True when {@code choice} names a valid answer for this kind: a {@link Rating} or a {@link StepStatus}. */
    public boolean accepts(String choice) {
        try {
            if (isSkillCheck()) {
                Rating.valueOf(choice);
            } else {
                StepStatus.valueOf(choice);
            }
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
