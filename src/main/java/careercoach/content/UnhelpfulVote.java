package careercoach.content;

import java.time.Instant;
import java.util.Optional;

/** A 👎 on an answer: the section it showed, when, and the question when its text was recorded. */
public record UnhelpfulVote(String answerId, String guideId, String sectionId, Instant votedAt,
                            Optional<String> question) {
}
