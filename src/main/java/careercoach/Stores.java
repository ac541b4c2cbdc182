package careercoach;

import careercoach.checklist.ChecklistRepository;
import careercoach.guide.GuideChoices;
import careercoach.search.AnswerFeedback;
import careercoach.slack.InMemoryAnswerFeedback;
import careercoach.slack.InMemoryGuideChoices;
import careercoach.slack.InMemoryProcessedEvents;
import careercoach.slack.ProcessedEvents;
import careercoach.store.Database;
import careercoach.store.JdbcChecklistRepository;

import java.util.UUID;

/** The state the Slack surfaces keep between requests. */
public record Stores(GuideChoices guideChoices, AnswerFeedback answerFeedback, ProcessedEvents processedEvents,
                     ChecklistRepository checklists) {

    /** One instance, no database: everything is lost on restart. */
    public static Stores inMemory() {
        return new Stores(new InMemoryGuideChoices(), new InMemoryAnswerFeedback(), new InMemoryProcessedEvents(10_000),
                new JdbcChecklistRepository(Database.open("jdbc:h2:mem:" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1" + Database.H2_SETTINGS).dataSource()));
    }
}
