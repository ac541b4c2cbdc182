package careercoach.checklist;

import careercoach.store.Database;
import careercoach.store.JdbcChecklistRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void sendDue_postTimedOutAfterSending_isDeliveredUnknown_andNeverSentAgain() {
        Checklist c = due(LocalDate.of(2026, 12, 24));
        ReminderSender timedOut = (checklist, to) -> {
            throw ReminderNotDeliveredException.outcomeUnknown("timeout_not_retried", null);
        };
        ReminderSender working = (checklist, to) -> sent.add(checklist);

        assertEquals(0, new ChecklistReminders(repository, timedOut, dueDay).sendDue());
        assertEquals(0, new ChecklistReminders(repository, working, dueDay).sendDue());
        assertEquals(0, new ChecklistReminders(repository, working, afterTheLease()).sendDue());

        assertEquals(List.of(), sent);
        AuditEntry last = repository.history(c.id()).get(repository.history(c.id()).size() - 1);
        assertEquals(AuditAction.REMIND_FAILED, last.action());
        assertEquals("delivered-unknown: timeout_not_retried", last.detail());
    }

    @Test
    void sendDue_auditWriteFailsAfterASuccessfulSend_keepsTheClaim() {
        due(LocalDate.of(2026, 12, 24));
        ChecklistRepository failingAudit = (ChecklistRepository) Proxy.newProxyInstance(
                ChecklistRepository.class.getClassLoader(), new Class<?>[] {ChecklistRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("record")) {
                        throw new IllegalStateException("database went away");
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ReminderSender working = (checklist, to) -> sent.add(checklist);

        assertEquals(1, new ChecklistReminders(failingAudit, working, dueDay).sendDue());
        assertEquals(0, new ChecklistReminders(repository, working, dueDay).sendDue());
        assertEquals(1, sent.size());
    }

    @Test
    void sendDue_processStoppedBetweenClaimAndSend_isSentOnceAfterTheLease() {
        Checklist c = due(LocalDate.of(2026, 12, 24));
        // Claimed by a process that then stopped before sending.
        assertTrue(repository.claimReminder(c.id(), dueDay.instant()));
        ReminderSender working = (checklist, to) -> sent.add(checklist);

        assertEquals(0, new ChecklistReminders(repository, working, dueDay).sendDue());
        assertEquals(1, new ChecklistReminders(repository, working, afterTheLease()).sendDue());
        assertEquals(0, new ChecklistReminders(repository, working,
                Clock.offset(afterTheLease(), ChecklistReminders.CLAIM_LEASE.multipliedBy(2))).sendDue());
        assertEquals(1, sent.size());
    }

    private Clock afterTheLease() {
        return Clock.offset(dueDay, ChecklistReminders.CLAIM_LEASE.plusMinutes(1));
    }
}
