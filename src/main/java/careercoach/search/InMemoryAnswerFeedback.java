package careercoach.search;

import careercoach.search.AnswerFeedback;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Answer votes kept in memory: for tests and for running without a database (lost on restart). */
public final class InMemoryAnswerFeedback implements AnswerFeedback {

    /** One vote, as recorded. */
    public record Vote(String teamId, String userId, String answerId, String guideId, String sectionId,
                       boolean helpful) {
    }

    private final Map<String, Vote> votes = new ConcurrentHashMap<>();

    @Override
    public void record(String teamId, String userId, String answerId, String guideId, String sectionId,
                       boolean helpful) {
        votes.put(teamId + "/" + userId + "/" + answerId, new Vote(teamId, userId, answerId, guideId, sectionId,
                helpful));
    }

    public List<Vote> votes() {
        return List.copyOf(votes.values());
    }
}
