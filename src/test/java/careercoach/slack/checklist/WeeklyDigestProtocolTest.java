package careercoach.slack.checklist;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.store.Database;
import careercoach.store.DatabaseTest;
import careercoach.store.JdbcChecklistRepository;
import careercoach.store.TestDatabase;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager's weekly digest: turned on with {@code /career digest on}, sent Monday 09:00 in the manager's zone,
 * once across instances on one database, never when nothing changed, never to a deactivated account.
 */
class WeeklyDigestProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String MANAGER = "UMANAGER";
    /** Monday, March 9, 2026, 09:30 in UTC (the fake Slack's zone for everyone not given one). */
    private static final Instant MONDAY = Instant.parse("2026-03-09T09:30:00Z");

    private static Checklist team(ChecklistRepository repository, String manager) {
        Checklist moving = repository.insert(new NewChecklist(TEAM, Optional.of("CTEAM"), "UPERSON", manager,
                        Optional.of(LocalDate.of(2026, 3, 6)), List.of(NewItem.custom("Write the design doc"),
                        NewItem.custom("Run the review"))),
                new AuditEntry(0, manager, AuditAction.SHARE, "", MONDAY.minus(Duration.ofDays(10)), "CTEAM"));
        repository.setTick(moving.id(), "1", Optional.of(new ItemTick("UPERSON", MONDAY.minus(Duration.ofDays(2)))),
                new AuditEntry(moving.id(), "UPERSON", AuditAction.TICK, "", MONDAY.minus(Duration.ofDays(2)),
                        "CTEAM"), null);
        repository.insert(new NewChecklist(TEAM, Optional.of("CTEAM"), "UFRESH", manager, Optional.empty(),
                        List.of(NewItem.custom("Shadow on-call"))),
                new AuditEntry(0, manager, AuditAction.SHARE, "", MONDAY.minus(Duration.ofDays(10)), "CTEAM"));
        return moving;
    }

    @DatabaseTest
    void digest_twoInstancesOnOneDatabaseSendOneDm(TestDatabase database) throws Exception {
        JdbcChecklistRepository repository = new JdbcChecklistRepository(database.database().dataSource());
        team(repository, MANAGER);
        repository.setDigest(TEAM, MANAGER, true);
        MutableClock clock = new MutableClock(MONDAY);

        CompletableFuture<SlackTestKit> first = CompletableFuture.supplyAsync(() -> start(database.openAnother(),
                clock));
        CompletableFuture<SlackTestKit> second = CompletableFuture.supplyAsync(() -> start(database.openAnother(),
                clock));
        SlackTestKit one = first.join();
        SlackTestKit two = second.join();
        try {
            Await.until("a digest was sent", () -> repository.digestSubscribers().stream()
                    .anyMatch(s -> s.fingerprint().isPresent()));
            // Both instances run their schedule again: the week is claimed, nothing more is sent.
            one.app().awaitIdle(Duration.ofSeconds(5));
        } finally {
            one.close();
            two.close();
        }
        // The due-date reminder of the overdue checklist goes to its person; the digest to the manager.
        List<FakeSlackApi.Call> dms = new ArrayList<>(one.slack().calls(c -> c.method().equals("chat.postMessage")
                && MANAGER.equals(c.param("channel"))));
        dms.addAll(two.slack().calls(c -> c.method().equals("chat.postMessage") && MANAGER.equals(c.param("channel"))));
        assertEquals(1, dms.size(), dms.toString());
        String text = dms.get(0).blocks().toString();
        assertTrue(text.contains("<@UPERSON> ticked 1 item"), text);
        assertTrue(text.contains("*Overdue*") && text.contains("<@UPERSON>: 1 item past the due date"), text);
        assertTrue(text.contains("*Not started*") && text.contains("<@UFRESH>"), text);
    }

    @Test
    void digest_onByCommandSentMondayMorningOnlyWhenSomethingChangedAndNeverToADeactivatedAccount()
            throws Exception {
        MutableClock clock = new MutableClock(MONDAY.minus(Duration.ofHours(1)));
        try (SlackTestKit kit = SlackTestKit.start(Map.of(), clock)) {
            ChecklistRepository repository = kit.stores().checklists();
            Checklist moving = team(repository, MANAGER);
            team(repository, "UGONEMGR");
            assertEquals(200, kit.command(MANAGER, "D1", "digest on").statusCode());
            assertTrue(repository.digestEnabled(TEAM, MANAGER));
            repository.setDigest(TEAM, "UGONEMGR", true);
            kit.slack().deactivateUser("UGONEMGR");

            assertEquals(0, kit.app().sendDueDigests(), "08:30 on Monday: not yet");
            clock.advance(Duration.ofHours(1));
            assertEquals(1, kit.app().sendDueDigests(), "09:30: the manager's digest, not the gone one's");
            assertEquals(0, kit.app().sendDueDigests(), "once a week");

            clock.advance(Duration.ofDays(7));
            assertEquals(0, kit.app().sendDueDigests(), "nothing changed in a week: nothing sent");

            repository.setTick(moving.id(), "2", Optional.of(new ItemTick("UPERSON", clock.instant())),
                    new AuditEntry(moving.id(), "UPERSON", AuditAction.TICK, "", clock.instant(), "CTEAM"), null);
            clock.advance(Duration.ofDays(7));
            assertEquals(1, kit.app().sendDueDigests(), "something moved: sent");
            assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage")
                    && "UGONEMGR".equals(c.param("channel"))).isEmpty());
        }
    }

    /** One instance of the app, with its own connection pool on the shared database, on the test's clock. */
    private static SlackTestKit start(Database database, Clock clock) {
        Stores memory = Stores.inMemory();
        try {
            return SlackTestKit.start(new Stores(memory.guideChoices(), memory.answerFeedback(),
                    memory.processedEvents(), memory.conversations(), memory.savedPlans(), memory.forgetMe(),
                    new JdbcChecklistRepository(database.dataSource()), memory.questionLog()), Map.of(), clock);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
