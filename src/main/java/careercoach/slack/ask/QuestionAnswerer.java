package careercoach.slack.ask;

import careercoach.search.Answer;

import java.util.Optional;

/** The search port the Slack surfaces ask questions through (the guide search in production). */
@FunctionalInterface
public interface QuestionAnswerer {
    Answer answer(String question, Optional<String> guideId, int limit);
}
