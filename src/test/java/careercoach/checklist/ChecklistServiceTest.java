package careercoach.checklist;

import careercoach.store.Database;
import careercoach.store.JdbcChecklistRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistServiceTest {
    private final JdbcChecklistRepository repository = new JdbcChecklistRepository(
            Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + Database.H2_SETTINGS).dataSource());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private final ChecklistService service = new ChecklistService(repository, clock);

    private Checklist share() {
        return service.share("T1", "C1", "UP", "UM", List.of(NewItem.custom("One"), NewItem.custom("Two"),
                NewItem.custom("Three")), Optional.of(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void setDone_tickAndUntickAreAudited() {
        Checklist c = share();

        service.setDone(c.teamId(), c.id(), "2", true, "UP", "C1", null);
        Checklist after = service.setDone(c.teamId(), c.id(), "2", false, "UM", Places.APP_HOME, null);

        assertEquals("0 of 3 done", after.progress().text());
        List<AuditEntry> log = repository.history(c.id());
        assertEquals(List.of(AuditAction.SHARE, AuditAction.TICK, AuditAction.UNTICK),
                log.stream().map(AuditEntry::action).toList());
        assertEquals(new AuditEntry(c.id(), "UM", AuditAction.UNTICK, "Two", clock.instant(), Places.APP_HOME),
                log.get(2));
    }

    @Test
    void setDone_onlookerRefusedAndNothingChanges() {
        Checklist c = share();

        NotAllowedException refusal = assertThrows(NotAllowedException.class,
                () -> service.setDone(c.teamId(), c.id(), "1", true, "UX", "C1", null));

        assertEquals(List.of("UP", "UM"), refusal.allowedUserIds());
        assertEquals("0 of 3 done", service.find(c.id()).orElseThrow().progress().text());
        assertEquals(1, repository.history(c.id()).size());
    }

    @Test
    void applyClick_appliesOnlyWhatTheClickerChanged() {
        Checklist c = share();
        service.setDone(c.teamId(), c.id(), "1", true, "UM", "C1", null);

        // The person still sees item 1 open and ticks item 3: item 1 must stay ticked.
        Checklist after = service.applyClick(c.teamId(), c.id(), "UP", Set.of(), Set.of("3"), "C1", "trigger-9");

        assertTrue(after.item("1").orElseThrow().done());
        assertTrue(after.item("3").orElseThrow().done());
        assertEquals("2 of 3 done", after.progress().text());
    }

    @Test
    void applyClick_redeliveredCountsOnce() {
        Checklist c = share();

        service.applyClick(c.teamId(), c.id(), "UP", Set.of(), Set.of("1"), "C1", "trigger-1");
        service.applyClick(c.teamId(), c.id(), "UP", Set.of(), Set.of("1"), "C1", "trigger-1");

        assertEquals(1, repository.history(c.id()).stream().filter(e -> e.action() == AuditAction.TICK).count());
    }

    @Test
    void anotherWorkspace_withTheSameUserIds_cannotReachTheChecklist() {
        Checklist c = share();

        assertThrows(ChecklistNotFoundException.class,
                () -> service.applyClick("T-OTHER", c.id(), "UP", Set.of(), Set.of("1"), "C1", "trigger-x"));
        assertThrows(ChecklistNotFoundException.class, () -> service.setDone("T-OTHER", c.id(), "1", true, "UM",
                "C1", null));
        assertThrows(ChecklistNotFoundException.class, () -> service.archive("T-OTHER", c.id(), "UM", "C1"));
        assertEquals(Optional.empty(), service.find("T-OTHER", c.id()));
        assertEquals("0 of 3 done", service.find(c.teamId(), c.id()).orElseThrow().progress().text());
    }

    @Test
    void archive_managerOnlyThenFrozen() {
        Checklist c = share();

        assertThrows(NotAllowedException.class, () -> service.archive(c.teamId(), c.id(), "UP", "C1"));
        assertTrue(service.archive(c.teamId(), c.id(), "UM", "C1").archived());
        assertThrows(ChecklistArchivedException.class, () -> service.setDone(c.teamId(), c.id(), "1", true, "UP", "C1", null));
    }

    @Test
    void overview_splitsForMeAndSharedByMe() {
        Checklist forPerson = share();
        Checklist own = service.savePrivate("T1", "UM", List.of(NewItem.custom("Mine")), Optional.empty(),
                Places.DM).checklist();

        ChecklistOverview manager = service.overview("T1", "UM");

        assertEquals(List.of(own.id()), manager.forMe().stream().map(Checklist::id).toList());
        assertEquals(List.of(forPerson.id()), manager.sharedByMe().stream().map(Checklist::id).toList());
        assertTrue(own.isPrivate());
    }

    @Test
    void savePrivate_onlyOwnerTicks() {
        Checklist own = service.savePrivate("T1", "UP", List.of(NewItem.custom("Mine")), Optional.empty(),
                Places.DM).checklist();

        assertThrows(NotAllowedException.class, () -> service.setDone(own.teamId(), own.id(), "1", true, "UM", Places.DM, null));
        assertTrue(service.setDone(own.teamId(), own.id(), "1", true, "UP", Places.DM, null).progress().complete());
    }

    @Test
    void history_onlyForPersonAndManager() {
        share();

        assertEquals(1, service.history("T1", "UP").size());
        assertEquals(1, service.history("T1", "UM").size());
        assertTrue(service.history("T1", "UX").isEmpty());
    }

    @Test
    void find_unknownChecklistIsATypedFailure() {
        assertThrows(ChecklistNotFoundException.class, () -> service.setDone("T1", 404, "1", true, "UP", "C1", null));
    }
}
