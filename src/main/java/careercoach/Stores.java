package careercoach;

import careercoach.assistant.AssistantThreads;
import careercoach.checklist.ChecklistRepository;
import careercoach.coach.ConversationStore;
import careercoach.coach.SavedPlans;
import careercoach.content.QuestionLog;
import careercoach.guide.GuideChoices;
import careercoach.install.InstallationRepository;
import careercoach.privacy.ForgetMe;
import careercoach.search.AnswerFeedback;
import careercoach.search.ThreadMemory;
import careercoach.slack.InMemoryProcessedEvents;
import careercoach.slack.ProcessedEvents;
import careercoach.store.CachedGuideChoices;
import careercoach.store.ChecklistPersonalData;
import careercoach.store.Database;
import careercoach.store.JdbcAnswerFeedback;
import careercoach.store.JdbcAssistantThreads;
import careercoach.store.JdbcChecklistRepository;
import careercoach.store.JdbcConversations;
import careercoach.store.JdbcGuideChoices;
import careercoach.store.JdbcInstallations;
import careercoach.store.JdbcProcessedEvents;
import careercoach.store.JdbcQuestionLog;
import careercoach.store.JdbcSavedPlans;
import careercoach.store.JdbcSeenSignatures;
import careercoach.store.JdbcWorkflowRuns;
import careercoach.store.JdbcThreadMemory;
import careercoach.store.SingleWriterProcessedEvents;
import careercoach.web.InMemorySeenSignatures;
import careercoach.web.SeenSignatures;
import careercoach.workflow.InMemoryWorkflowRuns;
import careercoach.workflow.WorkflowRuns;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The state the Slack surfaces keep between requests. {@link #close()} releases what these stores opened
 * themselves (the private database of {@link #inMemory()}); a database passed in is closed by its owner.
 */
public record Stores(GuideChoices guideChoices, AnswerFeedback answerFeedback, ProcessedEvents processedEvents,
                     ConversationStore conversations, SavedPlans savedPlans, ForgetMe forgetMe,
                     ChecklistRepository checklists, QuestionLog questionLog, SeenSignatures seenSignatures,
                     AutoCloseable owned, Optional<InstallationRepository> installations,
                     WorkflowRuns workflowRuns, ThreadMemory threadMemory,
                     Optional<AssistantThreads> assistantThreads)
        implements AutoCloseable {

    /**
     * Stores over resources someone else owns and closes; request signatures are remembered by this process; no
     * installations (distribution mode cannot run on them); no thread remembers its last question.
     */
    public Stores(GuideChoices guideChoices, AnswerFeedback answerFeedback, ProcessedEvents processedEvents,
                  ConversationStore conversations, SavedPlans savedPlans, ForgetMe forgetMe,
                  ChecklistRepository checklists, QuestionLog questionLog) {
        this(guideChoices, answerFeedback, processedEvents, conversations, savedPlans, forgetMe, checklists,
                questionLog, new InMemorySeenSignatures(Clock.systemUTC()), () -> {
        }, Optional.empty(), new InMemoryWorkflowRuns(), ThreadMemory.none(), Optional.empty());
    }

    /** The same stores with another record of processed events (tests make it fail or share it). */
    public Stores withProcessedEvents(ProcessedEvents events) {
        return new Stores(guideChoices, answerFeedback, events, conversations, savedPlans, forgetMe, checklists,
                questionLog, seenSignatures, owned, installations, workflowRuns, threadMemory, assistantThreads);
    }

    /** The same stores with another checklist repository (tests slow it down or make it fail). */
    public Stores withChecklists(ChecklistRepository repository) {
        return new Stores(guideChoices, answerFeedback, processedEvents, conversations, savedPlans, forgetMe,
                repository, questionLog, seenSignatures, owned, installations, workflowRuns, threadMemory, assistantThreads);
    }

    /**
     * One instance, nothing durable: the production stores on a private in-memory database, lost on close. For
     * tests and trials; forget-me covers exactly what it covers in production.
     */
    public static Stores inMemory() {
        Database database = Database.open("jdbc:h2:mem:career-coach-" + UUID.randomUUID() + Database.H2_SETTINGS
                + ";DB_CLOSE_DELAY=-1");
        Stores stores = database(database, Clock.systemUTC());
        return new Stores(stores.guideChoices(), stores.answerFeedback(), new InMemoryProcessedEvents(10_000),
                stores.conversations(), stores.savedPlans(), stores.forgetMe(), stores.checklists(), stores.questionLog(),
                stores.seenSignatures(), () -> {
                    // DB_CLOSE_DELAY=-1 keeps an in-memory database until it is shut down explicitly.
                    try (var connection = database.dataSource().getConnection();
                         var statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN");
                    } catch (SQLException alreadyClosed) {
                        // Closed before (H2 closes at JVM exit): nothing left to release.
                    } finally {
                        database.close();
                    }
                }, stores.installations(), stores.workflowRuns(), stores.threadMemory(), stores.assistantThreads());
    }

    /** Everything in the database, shared by every instance that uses it. */
    public static Stores database(Database database, Clock clock) {
        JdbcGuideChoices stored = new JdbcGuideChoices(database, clock);
        // Choices are kept in memory only where no other instance can change them behind this one's back.
        var choices = database.ownedByThisProcess() ? new CachedGuideChoices(stored) : stored;
        JdbcAnswerFeedback feedback = new JdbcAnswerFeedback(database, clock);
        JdbcConversations conversations = new JdbcConversations(database);
        JdbcSavedPlans plans = new JdbcSavedPlans(database);
        JdbcChecklistRepository checklists = new JdbcChecklistRepository(database.dataSource());
        JdbcInstallations installations = new JdbcInstallations(database, teamKey -> {
            if (choices instanceof CachedGuideChoices cached) {
                cached.forgetTeam(teamKey);
            }
        });
        JdbcWorkflowRuns workflowRuns = new JdbcWorkflowRuns(database);
        JdbcThreadMemory threads = new JdbcThreadMemory(database, clock);
        JdbcAssistantThreads assistantThreads = new JdbcAssistantThreads(database, clock);
        ForgetMe forgetMe = new ForgetMe(List.of(choices, feedback, conversations, plans,
                new ChecklistPersonalData(checklists, clock), installations, workflowRuns, threads, assistantThreads));
        return new Stores(choices, feedback, processedEvents(database, clock), conversations, plans, forgetMe,
                checklists, new JdbcQuestionLog(database), seenSignatures(database, clock), () -> {
                }, Optional.of(installations), workflowRuns, threads, Optional.of(assistantThreads));
    }

    /** The deliveries handled, in the database; claims in memory only where no other instance handles the same. */
    private static ProcessedEvents processedEvents(Database database, Clock clock) {
        var stored = new JdbcProcessedEvents(database, clock, JdbcProcessedEvents.DEFAULT_RETENTION);
        if (!database.ownedByThisProcess()) {
            return ProcessedEvents.of(stored::claim, stored::done, stored::release);
        }
        var claimedHere = new SingleWriterProcessedEvents(stored);
        return ProcessedEvents.of(claimedHere::claim, claimedHere::done, claimedHere::release);
    }

    /** Signatures are kept in memory only where no other instance takes the same requests. */
    private static SeenSignatures seenSignatures(Database database, Clock clock) {
        return database.ownedByThisProcess() ? new InMemorySeenSignatures(clock)
                : new JdbcSeenSignatures(database, clock)::firstTime;
    }

    @Override
    public void close() throws Exception {
        owned.close();
    }
}
