package careercoach.store;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistService;
import careercoach.checklist.NewItem;
import careercoach.checklist.Places;
import careercoach.checklist.PrivateSave;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving one plan as a private checklist makes one checklist, however many saves race (two instances). */
class PrivateChecklistOnceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @DatabaseTest
    void savePrivate_racingSavesOfOnePlan_makeOneChecklist(TestDatabase db) throws Exception {
        ChecklistService first = new ChecklistService(new JdbcChecklistRepository(db.database().dataSource()), CLOCK);
        ChecklistService second = new ChecklistService(
                new JdbcChecklistRepository(db.openAnother().dataSource()), CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                String user = "U" + round;
                List<NewItem> plan = List.of(NewItem.custom("Run a design review"), NewItem.custom("Pair on call"));
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<PrivateSave>> saves = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    ChecklistService service = i % 2 == 0 ? first : second;
                    saves.add(pool.submit(() -> {
                        together.await();
                        return service.savePrivate("T1", user, plan, Optional.empty(), Places.DM);
                    }));
                }
                List<PrivateSave> results = new ArrayList<>();
                for (Future<PrivateSave> save : saves) {
                    results.add(save.get());
                }
                List<Checklist> mine = first.overview("T1", user).forMe();
                assertEquals(1, mine.size(), "round " + round);
                assertEquals(1, results.stream().filter(PrivateSave::created).count(), "round " + round);
                assertTrue(results.stream().allMatch(r -> r.checklist().id() == mine.get(0).id()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void savePrivate_afterArchiving_makesANewChecklist(TestDatabase db) {
        ChecklistService service = new ChecklistService(new JdbcChecklistRepository(db.database().dataSource()), CLOCK);
        List<NewItem> plan = List.of(NewItem.custom("Run a design review"));
        Checklist saved = service.savePrivate("T1", "U1", plan, Optional.empty(), Places.DM).checklist();
        assertFalse(service.savePrivate("T1", "U1", plan, Optional.empty(), Places.DM).created());

        service.archive("T1", saved.id(), "U1", Places.DM);

        assertTrue(service.savePrivate("T1", "U1", plan, Optional.empty(), Places.DM).created());
    }
}
