package careercoach;

import careercoach.guide.GuideChoices;
import careercoach.search.AnswerFeedback;
import careercoach.slack.InMemoryAnswerFeedback;
import careercoach.slack.InMemoryGuideChoices;
import careercoach.slack.InMemoryProcessedEvents;
import careercoach.slack.ProcessedEvents;

/** The state the Slack surfaces keep between requests. */
public record Stores(GuideChoices guideChoices, AnswerFeedback answerFeedback, ProcessedEvents processedEvents) {

    /** One instance, no database: everything is lost on restart. */
    public static Stores inMemory() {
        return new Stores(new InMemoryGuideChoices(), new InMemoryAnswerFeedback(), new InMemoryProcessedEvents(10_000));
    }
}
