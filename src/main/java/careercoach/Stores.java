package careercoach;

import careercoach.checklist.ChecklistRepository;
import careercoach.coach.ConversationStore;
import careercoach.coach.SavedPlans;
import careercoach.guide.GuideChoices;
import careercoach.guide.InMemoryGuideChoices;
import careercoach.search.AnswerFeedback;
import careercoach.search.InMemoryAnswerFeedback;
import careercoach.store.ChecklistPersonalData;
import careercoach.store.Database;
import careercoach.store.ForgetMe;
import careercoach.store.InMemoryProcessedEvents;
import careercoach.store.JdbcAnswerFeedback;
import careercoach.store.JdbcChecklistRepository;
import careercoach.store.JdbcConversations;
import careercoach.store.JdbcGuideChoices;
import careercoach.store.JdbcProcessedEvents;
import careercoach.store.JdbcSavedPlans;
import careercoach.store.ProcessedEvents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The state the Slack surfaces keep between requests. */
public record Stores(GuideChoices guideChoices, AnswerFeedback answerFeedback, ProcessedEvents processedEvents,
                     ConversationStore conversations, SavedPlans savedPlans, ForgetMe forgetMe,
                     ChecklistRepository checklists) {

    /** One instance, nothing durable: a private in-memory database, lost on restart. For tests and trials. */
    public static Stores inMemory() {
        Database database = Database.open("jdbc:h2:mem:career-coach-" + UUID.randomUUID() + Database.H2_SETTINGS
                + ";DB_CLOSE_DELAY=-1");
        JdbcConversations conversations = new JdbcConversations(database);
        JdbcSavedPlans plans = new JdbcSavedPlans(database);
        JdbcChecklistRepository checklists = new JdbcChecklistRepository(database.dataSource());
        return new Stores(new InMemoryGuideChoices(), new InMemoryAnswerFeedback(), new InMemoryProcessedEvents(10_000),
                conversations, plans, new ForgetMe(List.of(conversations, plans,
                new ChecklistPersonalData(checklists, Clock.systemUTC()))), checklists);
    }

    /** Everything in the database, shared by every instance that uses it. */
    public static Stores database(Database database, Clock clock) {
        JdbcGuideChoices choices = new JdbcGuideChoices(database, clock);
        JdbcAnswerFeedback feedback = new JdbcAnswerFeedback(database, clock);
        JdbcConversations conversations = new JdbcConversations(database);
        JdbcSavedPlans plans = new JdbcSavedPlans(database);
        JdbcChecklistRepository checklists = new JdbcChecklistRepository(database.dataSource());
        return new Stores(choices, feedback,
                new JdbcProcessedEvents(database, clock, JdbcProcessedEvents.DEFAULT_RETENTION),
                conversations, plans, new ForgetMe(List.of(choices, feedback, conversations, plans,
                new ChecklistPersonalData(checklists, clock))), checklists);
    }
}
