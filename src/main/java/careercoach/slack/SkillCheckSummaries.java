package careercoach.slack;

import java.util.Optional;

/** The latest skill-gap result of a user, as one short mrkdwn text for the App Home. */
@FunctionalInterface
public interface SkillCheckSummaries {

    Optional<String> latest(String teamId, String userId);

    SkillCheckSummaries NONE = (teamId, userId) -> Optional.empty();
}
