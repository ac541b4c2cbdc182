package careercoach.store;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ChecklistReminders;
import careercoach.checklist.ForgetResult;
import careercoach.checklist.ItemChange;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.checklist.ReminderScheduler;
import careercoach.checklist.ReminderSender;
import careercoach.testkit.Await;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checklists on H2 and on PostgreSQL: the same SQL, the same behaviour. */
class JdbcChecklistRepositoryTest {
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private JdbcChecklistRepository repository;

    @BeforeEach
    void createRepository(TestDatabase database) {
        repository = new JdbcChecklistRepository(database.database().dataSource());
    }

    Checklist shared(String person, String manager, Optional<LocalDate> due) {
        return repository.insert(new NewChecklist("T1", Optional.of("C1"), person, manager, due,
                        List.of(NewItem.custom("Write a design doc"), NewItem.custom("Run an incident review"),
                                NewItem.custom("Mentor a new joiner"))),
                new AuditEntry(0, manager, AuditAction.SHARE, "", NOW, "C1"));
    }

    private AuditEntry tickEntry(long id, String user) {
        return new AuditEntry(id, user, AuditAction.TICK, "item", NOW, "C1");
    }

    @DatabaseTest
    void insert_storesItemsInOrderWithShareEntry() {
        Checklist c = shared("UP", "UM", Optional.of(LocalDate.of(2026, 12, 1)));

        Checklist found = repository.find(c.id()).orElseThrow();
        assertEquals(List.of("Write a design doc", "Run an incident review", "Mentor a new joiner"),
                found.items().stream().map(i -> i.text()).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), found.dueDate());
        assertEquals(Optional.of("C1"), found.channelId());
        assertEquals("0 of 3 done", found.progress().text());
        assertEquals(List.of(AuditAction.SHARE), repository.history(c.id()).stream().map(AuditEntry::action).toList());
    }

    @DatabaseTest
    void setTick_twiceCountsOnce() {
        Checklist c = shared("UP", "UM", Optional.empty());
        var tick = Optional.of(new ItemTick("UP", NOW));

        assertTrue(repository.setTick(c.id(), "2", tick, tickEntry(c.id(), "UP"), null));
        assertFalse(repository.setTick(c.id(), "2", tick, tickEntry(c.id(), "UP"), null));

        Checklist found = repository.find(c.id()).orElseThrow();
        assertEquals("1 of 3 done", found.progress().text());
        assertEquals("UP", found.item("2").orElseThrow().tick().orElseThrow().userId());
        assertEquals(2, repository.history(c.id()).size());
    }

    @DatabaseTest
    void setTick_redeliveredClickAfterUntickChangesNothing() {
        Checklist c = shared("UP", "UM", Optional.empty());
        var tick = Optional.of(new ItemTick("UP", NOW));
        repository.setTick(c.id(), "1", tick, tickEntry(c.id(), "UP"), "trigger-1/1");
        repository.setTick(c.id(), "1", Optional.empty(),
                new AuditEntry(c.id(), "UM", AuditAction.UNTICK, "item", NOW, "C1"), "trigger-2/1");

        assertFalse(repository.setTick(c.id(), "1", tick, tickEntry(c.id(), "UP"), "trigger-1/1"));
        assertFalse(repository.find(c.id()).orElseThrow().item("1").orElseThrow().done());
    }

    @DatabaseTest
    void changeItems_aClickOfSeveralItems_isAppliedWhole_andReadBack() {
        Checklist c = shared("UP", "UM", Optional.empty());
        repository.setTick(c.id(), "3", Optional.of(new ItemTick("UM", NOW)), tickEntry(c.id(), "UM"), null);

        Checklist after = repository.changeItems(c.id(), stored -> List.of(
                new ItemChange("1", Optional.of(new ItemTick("UP", NOW)), tickEntry(c.id(), "UP"), "click-1/1"),
                new ItemChange("2", Optional.of(new ItemTick("UP", NOW)), tickEntry(c.id(), "UP"), "click-1/2"),
                new ItemChange("3", Optional.empty(),
                        new AuditEntry(c.id(), "UP", AuditAction.UNTICK, "item", NOW, "C1"), "click-1/3")))
                .orElseThrow();

        assertEquals(List.of(true, true, false), after.items().stream().map(i -> i.done()).toList());
        assertEquals(after, repository.find(c.id()).orElseThrow());
        assertEquals(5, repository.history(c.id()).size(), "share, the manager's tick and the click's three");
    }

    @DatabaseTest
    void changeItems_refusedOnWhatIsStored_changesNothing() {
        Checklist c = shared("UP", "UM", Optional.empty());

        assertThrows(IllegalStateException.class, () -> repository.changeItems(c.id(), stored -> {
            assertEquals(c, stored);
            throw new IllegalStateException("not allowed");
        }));
        assertEquals(Optional.empty(), repository.changeItems(404, stored -> List.of()));
        assertEquals("0 of 3 done", repository.find(c.id()).orElseThrow().progress().text());
        assertEquals(1, repository.history(c.id()).size());
    }

    @DatabaseTest
    void archive_onlyOnceAndHiddenFromLists() {
        Checklist c = shared("UP", "UM", Optional.empty());
        AuditEntry entry = new AuditEntry(c.id(), "UM", AuditAction.ARCHIVE, "", NOW, "C1");

        assertTrue(repository.archive(c.id(), entry));
        assertFalse(repository.archive(c.id(), entry));
        assertTrue(repository.find(c.id()).orElseThrow().archived());
        assertTrue(repository.involving("T1", "UP").isEmpty());
    }

    @DatabaseTest
    void involving_listsPersonAndManagerSidesOfTheTeamOnly() {
        Checklist forMe = shared("UP", "UM", Optional.empty());
        Checklist mine = shared("UX", "UP", Optional.empty());
        shared("UX", "UM", Optional.empty());

        assertEquals(List.of(mine.id(), forMe.id()),
                repository.involving("T1", "UP").stream().map(Checklist::id).sorted((a, b) -> Long.compare(b, a))
                        .toList());
        assertTrue(repository.involving("T2", "UP").isEmpty());
    }

    @DatabaseTest
    void historyFor_showsOnlyChecklistsTheUserIsPartOf() {
        Checklist c = shared("UP", "UM", Optional.empty());
        shared("UX", "UY", Optional.empty());
        repository.setTick(c.id(), "1", Optional.of(new ItemTick("UP", NOW.plusSeconds(5))),
                new AuditEntry(c.id(), "UP", AuditAction.TICK, "Write a design doc", NOW.plusSeconds(5), "C1"),
                null);

        List<AuditEntry> history = repository.historyFor("T1", "UM", 10);
        assertEquals(List.of(AuditAction.TICK, AuditAction.SHARE), history.stream().map(AuditEntry::action).toList());
        assertEquals("Write a design doc", history.get(0).detail());
        assertEquals(NOW.plusSeconds(5), history.get(0).at());
    }

    @DatabaseTest
    void claimReminder_onlyOneClaimWins() {
        Checklist due = shared("UP", "UM", Optional.of(LocalDate.of(2026, 11, 28)));
        shared("UP", "UM", Optional.of(LocalDate.of(2026, 11, 29)));
        shared("UP", "UM", Optional.empty());

        assertEquals(List.of(due.id()), repository.dueForReminder(LocalDate.of(2026, 11, 28)));
        assertTrue(repository.claimReminder(due.id(), NOW));
        assertFalse(repository.claimReminder(due.id(), NOW));
        assertTrue(repository.dueForReminder(LocalDate.of(2026, 11, 28)).isEmpty());
    }

    @DatabaseTest
    void releaseReminder_makesItDueAgain() {
        Checklist due = shared("UP", "UM", Optional.of(LocalDate.of(2026, 11, 28)));
        repository.claimReminder(due.id(), NOW);

        repository.releaseReminder(due.id());

        assertEquals(List.of(due.id()), repository.dueForReminder(LocalDate.of(2026, 11, 28)));
    }

    @DatabaseTest
    void forget_deletesPrivateAndAnonymisesSharedWithAuditEntry() {
        Checklist shared = shared("UP", "UM", Optional.empty());
        repository.setTick(shared.id(), "1", Optional.of(new ItemTick("UP", NOW)), tickEntry(shared.id(), "UP"),
                null);
        Checklist own = repository.insert(new NewChecklist("T1", Optional.empty(), "UP", "UP", Optional.empty(),
                List.of(NewItem.custom("Read a book"))), new AuditEntry(0, "UP", AuditAction.CREATE_PRIVATE, "", NOW,
                "dm"));

        ForgetResult result = repository.forget("T1", "UP", NOW);

        assertEquals(new ForgetResult(1, 1), result);
        assertTrue(repository.find(own.id()).isEmpty());
        Checklist after = repository.find(shared.id()).orElseThrow();
        assertEquals(ChecklistPolicy.FORGOTTEN_USER, after.personId());
        assertEquals(ChecklistPolicy.FORGOTTEN_USER, after.item("1").orElseThrow().tick().orElseThrow().userId());
        List<AuditEntry> history = repository.history(shared.id());
        assertTrue(history.stream().noneMatch(e -> e.actorId().equals("UP")));
        assertEquals(AuditAction.FORGET, history.get(history.size() - 1).action());
        assertTrue(repository.involving("T1", "UP").isEmpty());
    }

    @DatabaseTest
    void forgetMe_countsWhatWentForTheReply() {
        shared("UP", "UM", Optional.empty());
        shared("UX", "UP", Optional.empty());

        Map<String, Integer> counts = new ChecklistPersonalData(repository, Clock.fixed(NOW, ZoneOffset.UTC))
                .forget("T1", "UP");

        assertEquals(Map.of("private checklists", 0, "shared checklists you were removed from", 2), counts);
        assertEquals(2, repository.involving("T1", ChecklistPolicy.FORGOTTEN_USER).size());
    }

    @DatabaseTest
    void attachMessage_keepsWhereItWasPosted() {
        Checklist c = shared("UP", "UM", Optional.empty());

        repository.attachMessage(c.id(), "C1", "1700000000.000100", "https://example.slack.com/archives/C1/p1");

        Checklist found = repository.find(c.id()).orElseThrow();
        assertEquals(Optional.of("C1"), found.messageChannel());
        assertEquals(Optional.of("1700000000.000100"), found.messageTs());
        assertEquals(Optional.of("https://example.slack.com/archives/C1/p1"), found.permalink());
    }

    @DatabaseTest
    void reminders_twoSchedulersOnOneDatabaseSendEachOnce(TestDatabase database) throws Exception {
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            due.add(shared("UP", "UM", Optional.of(LocalDate.of(2026, 11, 27))).id());
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        ReminderSender sender = (c, to) -> sent.add(c.id());
        try (ReminderScheduler first = new ReminderScheduler(new ChecklistReminders(repository, sender, clock),
                Duration.ofMillis(20));
             ReminderScheduler second = new ReminderScheduler(new ChecklistReminders(
                     new JdbcChecklistRepository(database.openAnother().dataSource()), sender, clock),
                     Duration.ofMillis(20))) {
            first.start();
            second.start();
            Await.until("every due reminder claimed",
                    () -> repository.dueForReminder(LocalDate.of(2026, 11, 28)).isEmpty());
        } // closing waits for both schedulers' runs in flight, so every send has happened here
        assertEquals(due, sent.stream().sorted().toList());
    }

    @DatabaseTest
    void setTick_twoUsersTickingDifferentItemsAtOnceBothKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Checklist c = shared("UP", "UM", Optional.empty());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> ticks = new ArrayList<>();
                for (String[] who : new String[][] {{"UP", "1"}, {"UM", "3"}}) {
                    ticks.add(pool.submit(() -> {
                        together.await();
                        return repository.setTick(c.id(), who[1], Optional.of(new ItemTick(who[0], NOW)),
                                new AuditEntry(c.id(), who[0], AuditAction.TICK, who[1], NOW, "C1"), null);
                    }));
                }
                for (Future<Boolean> tick : ticks) {
                    assertEquals(true, tick.get());
                }
                Checklist after = repository.find(c.id()).orElseThrow();
                assertEquals("2 of 3 done", after.progress().text(), "round " + round);
                assertEquals("UP", after.item("1").orElseThrow().tick().orElseThrow().userId());
                assertEquals("UM", after.item("3").orElseThrow().tick().orElseThrow().userId());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
