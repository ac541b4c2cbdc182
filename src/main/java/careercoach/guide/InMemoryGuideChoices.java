package careercoach.guide;

import careercoach.guide.GuideChoices;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Guide choices kept in memory: for tests and for running without a database (lost on restart). */
public final class InMemoryGuideChoices implements GuideChoices {
    private final Map<String, String> choices = new ConcurrentHashMap<>();

    @Override
    public Optional<String> chosenGuide(String teamId, String userId) {
        return Optional.ofNullable(choices.get(teamId + "/" + userId));
    }

    @Override
    public void choose(String teamId, String userId, String guideId) {
        choices.put(teamId + "/" + userId, guideId);
    }
}
