package careercoach.content;

import java.time.Instant;
import java.util.Optional;

/**
 * One question and what the bot did with it. No user id: authors learn what was asked, never who asked.
 *
 * @param sectionId the best section the search found, answered or not (empty when nothing matched at all)
 * @param text      the question, only when question text is recorded ({@code RECORD_QUESTIONS=on})
 * @param teamKey   the workspace it was asked in, as its asker's data is kept ({@code careercoach.slack.TeamKey});
 *                  empty for questions recorded before the workspace was kept with them
 */
public record AskedQuestion(String answerId, String guideId, Optional<String> sectionId, Outcome outcome,
                            Optional<String> text, Instant askedAt, Optional<String> teamKey) {

    /** A question of no known workspace. */
    public AskedQuestion(String answerId, String guideId, Optional<String> sectionId, Outcome outcome,
                         Optional<String> text, Instant askedAt) {
        this(answerId, guideId, sectionId, outcome, text, askedAt, Optional.empty());
    }
}
