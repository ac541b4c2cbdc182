package careercoach.content;

import java.time.Instant;
import java.util.Optional;

/**
 * A 👎 on an answer: the section it showed, when, and the question when its text was recorded, with the workspace
 * that question was asked in ({@link AskedQuestion#teamKey()}; empty when not known).
 */
public record UnhelpfulVote(String answerId, String guideId, String sectionId, Instant votedAt,
                            Optional<String> question, Optional<String> teamKey) {

    /** A vote whose question's workspace is not known. */
    public UnhelpfulVote(String answerId, String guideId, String sectionId, Instant votedAt,
                         Optional<String> question) {
        this(answerId, guideId, sectionId, votedAt, question, Optional.empty());
    }
}
