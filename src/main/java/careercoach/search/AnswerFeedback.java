package careercoach.search;

/** Counts 👍/👎 on answers, so content authors can see which sections fail which questions. */
public interface AnswerFeedback {

    /**
     * Records one vote. A second vote by the same user on the same answer replaces the first,
     * so a double-click or a redelivered click counts once.
     */
    void record(String teamId, String userId, String answerId, String guideId, String sectionId, boolean helpful);
}
