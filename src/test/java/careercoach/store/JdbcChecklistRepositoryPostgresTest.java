package careercoach.store;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ItemTick;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import careercoach.checklist.ChecklistReminders;
import careercoach.checklist.ReminderScheduler;
import careercoach.checklist.ReminderSender;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JdbcChecklistRepositoryPostgresTest extends ChecklistRepositoryContract {
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void connect() {
        dataSource = ChecklistDatabases.postgres().orElse(null);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (dataSource != null) {
            ChecklistDatabases.drop(dataSource);
        }
    }

    @Override
    DataSource dataSource() {
        assumeTrue(dataSource != null, "PostgreSQL at 127.0.0.1:5432 not reachable");
        return dataSource;
    }

    @Test
    void reminders_twoSchedulersOnOneDatabaseSendEachOnce() throws Exception {
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            due.add(shared("UP", "UM", Optional.of(LocalDate.of(2026, 11, 27))).id());
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        ReminderSender sender = c -> sent.add(c.id());
        try (ReminderScheduler first = new ReminderScheduler(new ChecklistReminders(repository, sender, clock),
                Duration.ofMillis(20));
             ReminderScheduler second = new ReminderScheduler(new ChecklistReminders(repository, sender, clock),
                     Duration.ofMillis(20))) {
            first.start();
            second.start();
            while (repository.dueForReminder(LocalDate.of(2026, 11, 28)).size() > 0) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
        }
        assertEquals(due, sent.stream().sorted().toList());
    }

    @Test
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
