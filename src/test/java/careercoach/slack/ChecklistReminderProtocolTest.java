package careercoach.slack;

import careercoach.Stores;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.store.Database;
import careercoach.store.DatabaseTest;
import careercoach.store.JdbcChecklistRepository;
import careercoach.testkit.FakeSlackApi;
import careercoach.store.TestDatabase;
import careercoach.testkit.SlackTestKit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two instances of the app on one database (H2, and PostgreSQL when reachable): a due checklist's reminder is sent once, by one of them. */
class ChecklistReminderProtocolTest {

    @DatabaseTest
    void reminder_twoInstancesOnOneDatabaseSendOneDm(TestDatabase database) throws Exception {
        JdbcChecklistRepository repository = new JdbcChecklistRepository(database.database().dataSource());
        Checklist due = repository.insert(new NewChecklist(FakeSlackApi.TEAM_ID, Optional.of("CTEAM"), "UPERSON",
                "UMANAGER", Optional.of(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                List.of(NewItem.custom("Write the design doc"), NewItem.custom("Run the review"))),
                new AuditEntry(0, "UMANAGER", AuditAction.SHARE, "", Instant.now(), "CTEAM"));

        CompletableFuture<SlackTestKit> first = CompletableFuture.supplyAsync(() -> start(database.openAnother()));
        CompletableFuture<SlackTestKit> second = CompletableFuture.supplyAsync(() -> start(database.openAnother()));
        try (SlackTestKit one = first.join(); SlackTestKit two = second.join()) {
            Instant deadline = Instant.now().plusSeconds(10);
            while (repository.history(due.id()).stream().noneMatch(e -> e.action() == AuditAction.REMIND)) {
                assertTrue(Instant.now().isBefore(deadline), "no reminder was sent");
                Thread.sleep(20);
            }
            Thread.sleep(300);
            List<FakeSlackApi.Call> dms = new ArrayList<>(one.slack().calls("chat.postMessage"));
            dms.addAll(two.slack().calls("chat.postMessage"));
            assertEquals(1, dms.size(), dms.toString());
            assertEquals("UPERSON", dms.get(0).param("channel"));
            String text = dms.get(0).blocks().toString();
            assertTrue(text.contains("Write the design doc") && text.contains("Run the review"), text);
            assertEquals(1, repository.history(due.id()).stream()
                    .filter(e -> e.action() == AuditAction.REMIND).count());
        }
    }

    /** One instance of the app, with its own connection pool on the shared database. */
    private static SlackTestKit start(Database database) {
        Stores memory = Stores.inMemory();
        try {
            return SlackTestKit.start(new Stores(memory.guideChoices(), memory.answerFeedback(),
                    memory.processedEvents(), memory.conversations(), memory.savedPlans(), memory.forgetMe(),
                    new JdbcChecklistRepository(database.dataSource())), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
