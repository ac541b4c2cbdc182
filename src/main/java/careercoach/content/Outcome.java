package careercoach.content;

import careercoach.search.Answer;
import careercoach.search.Hit;

import java.util.List;

/** What the bot did with a question, as authors see it. */
public enum Outcome {
    /** A section was given with confidence. */
    ANSWERED,
    /**
     * A section was given, but the next one scored almost as high: the bot picked between near ties, so the
     * guide's sections overlap or neither says it plainly.
     */
    LOW_CONFIDENCE,
    /** "I don't have that in the career guides." */
    UNANSWERED;

    /** The runner-up within this share of the best score makes an answer a near tie. */
    static final double NEAR_TIE = 0.95;

    public static Outcome of(Answer answer) {
        if (!answer.answered() || answer.hits().isEmpty()) {
            return UNANSWERED;
        }
        List<Hit> hits = answer.hits();
        boolean nearTie = hits.size() > 1 && !hits.get(0).sectionId().equals(hits.get(1).sectionId())
                && hits.get(0).score() > 0 && hits.get(1).score() >= NEAR_TIE * hits.get(0).score();
        return nearTie ? LOW_CONFIDENCE : ANSWERED;
    }

    /** Whether authors should look at it: every outcome but a confident answer. */
    public boolean isGap() {
        return this != ANSWERED;
    }
}
