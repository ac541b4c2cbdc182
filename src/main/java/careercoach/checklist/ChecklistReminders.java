package careercoach.checklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends each due checklist's reminder once. The claim is in the store, so several instances (and restarts)
 * never send one twice; a failed send gives the claim back for the next run.
 */
public final class ChecklistReminders {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistReminders.class);

    private final ChecklistRepository repository;
    private final ReminderSender sender;
    private final Clock clock;

    public ChecklistReminders(ChecklistRepository repository, ReminderSender sender, Clock clock) {
        this.repository = repository;
        this.sender = sender;
        this.clock = clock;
    }

    /** @return how many reminders this call sent */
    public int sendDue() {
        int sent = 0;
        for (long id : repository.dueForReminder(LocalDate.now(clock))) {
            if (!repository.claimReminder(id, clock.instant())) {
                continue;
            }
            try {
                var checklist = repository.find(id).orElseThrow(() -> new ChecklistNotFoundException(id));
                if (checklist.openItems().isEmpty()) {
                    continue;
                }
                sender.remind(checklist);
                repository.record(new AuditEntry(id, ChecklistPolicy.SYSTEM_USER, AuditAction.REMIND,
                        checklist.openItems().size() + " open", clock.instant(), Places.SCHEDULER));
                sent++;
            } catch (RuntimeException e) {
                LOG.warn("reminder for checklist {} failed, will retry: {}", id, e.toString());
                repository.releaseReminder(id);
            }
        }
        return sent;
    }
}
