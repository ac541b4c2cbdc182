package careercoach.guide;

import java.util.Optional;

/** Which guide (role) each user chose with {@code /career role}; durable in the store. */
public interface GuideChoices {

    Optional<String> chosenGuide(String teamId, String userId);

    void choose(String teamId, String userId, String guideId);
}
