package careercoach.checklist;

import careercoach.store.Database;
import careercoach.store.JdbcChecklistRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChecklistRemindersTest {
    private final JdbcChecklistRepository repository = new JdbcChecklistRepository(
            Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + Database.H2_SETTINGS).dataSource());
    private final Clock dueDay = Clock.fixed(Instant.parse("2026-12-24T09:30:00Z"), ZoneOffset.UTC);
    private final ChecklistService service = new ChecklistService(repository, dueDay);
    private final List<Checklist> sent = new ArrayList<>();

    private Checklist due(LocalDate day) {
        return service.share("T1", "C1", "UP", "UM", List.of(NewItem.custom("One"), NewItem.custom("Two")),
                Optional.of(day));
    }

    @Test
    void sendDue_remindsOnceWithOpenItems() {
        Checklist c = due(LocalDate.of(2026, 12, 24));
        due(LocalDate.of(2026, 12, 25));
        service.setDone(c.teamId(), c.id(), "1", true, "UP", "C1", null);
        ChecklistReminders reminders = new ChecklistReminders(repository, (checklist, to) -> sent.add(checklist), dueDay);

        assertEquals(1, reminders.sendDue());
        assertEquals(0, reminders.sendDue());

        assertEquals(List.of("Two"), sent.get(0).openItems().stream().map(ChecklistItem::text).toList());
        assertEquals(AuditAction.REMIND, repository.history(c.id()).get(2).action());
    }

    @Test
    void sendDue_failedSendIsRetriedNextRun() {
        due(LocalDate.of(2026, 12, 20));
        ReminderSender failing = (c, to) -> {
            throw new IllegalStateException("Slack unreachable");
        };

        assertEquals(0, new ChecklistReminders(repository, failing, dueDay).sendDue());
        assertEquals(1, new ChecklistReminders(repository, (checklist, to) -> sent.add(checklist), dueDay).sendDue());
    }

    @Test
    void sendDue_completedChecklistNotReminded() {
        Checklist c = due(LocalDate.of(2026, 12, 24));
        service.setDone(c.teamId(), c.id(), "1", true, "UP", "C1", null);
        service.setDone(c.teamId(), c.id(), "2", true, "UP", "C1", null);

        assertEquals(0, new ChecklistReminders(repository, (checklist, to) -> sent.add(checklist), dueDay).sendDue());
        assertEquals(0, new ChecklistReminders(repository, (checklist, to) -> sent.add(checklist), dueDay).sendDue());
    }
}
