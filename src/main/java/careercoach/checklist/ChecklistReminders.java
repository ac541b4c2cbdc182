package careercoach.checklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Sends each due checklist's reminder, at {@link #REMINDER_TIME} on the due date in the recipient's time zone: at
 * least once, de-duplicated by a claim in the store, so several instances (and restarts) send it once. A transient
 * failure gives the claim back for the next run; a permanent one (the recipient is gone) is logged once and given
 * up. A post whose outcome is unknown (sent, then timed out) may have arrived: it is recorded and never sent again
 * blindly. Once sent, the claim is kept even if recording the send fails. A claim whose process stopped before
 * sending (or before recording the outcome) is taken over after {@link #CLAIM_LEASE}, so a crash never loses a
 * reminder for good; in the rare crash between a send and its record, the reminder is sent a second time.
 * The recipient is the person; when the person was forgotten, the manager who shared the checklist; when both
 * were, nobody.
 */
public final class ChecklistReminders {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistReminders.class);

    /** A morning hour on the due date, in the recipient's zone. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    /** How long a claim may stay without an outcome before another run takes it over. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(15);

    private final ChecklistRepository repository;
    private final ReminderSender sender;
    private final PersonZones zones;
    private final Clock clock;

    public ChecklistReminders(ChecklistRepository repository, ReminderSender sender, PersonZones zones, Clock clock) {
        this.repository = repository;
        this.sender = sender;
        this.zones = zones;
        this.clock = clock;
    }

    /** Everyone in UTC. */
    public ChecklistReminders(ChecklistRepository repository, ReminderSender sender, Clock clock) {
        this(repository, sender, PersonZones.UTC, clock);
    }

    /** @return how many reminders this call sent */
    public int sendDue() {
        Instant now = clock.instant();
        // Due dates are days in the recipient's zone; the zones furthest ahead are 14 hours ahead of UTC.
        LocalDate latestDue = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        int sent = 0;
        Instant staleBefore = now.minus(CLAIM_LEASE);
        for (long id : repository.staleReminderClaims(staleBefore)) {
            Optional<Checklist> found = repository.find(id);
            Optional<String> recipient = found.flatMap(ChecklistReminders::recipient);
            if (recipient.isPresent() && repository.reclaimReminder(id, staleBefore, now)) {
                LOG.info("reminder for checklist {} taken over: its claim had no outcome after {} min", id,
                        CLAIM_LEASE.toMinutes());
                if (deliver(found.get(), recipient.get(), now)) {
                    sent++;
                }
            }
        }
        for (long id : repository.dueForReminder(latestDue)) {
            Optional<Checklist> found = repository.find(id);
            if (found.isEmpty() || found.get().dueDate().isEmpty()) {
                continue;
            }
            Checklist checklist = found.get();
            if (checklist.openItems().isEmpty()) {
                // Nothing to remind of; claimed so that later runs do not look at it again.
                repository.claimReminder(id, now);
                continue;
            }
            Optional<String> recipient = recipient(checklist);
            if (recipient.isEmpty()) {
                if (repository.claimReminder(id, now)) {
                    LOG.info("reminder for checklist {} skipped: its person and manager were forgotten", id);
                    record(id, AuditAction.REMIND_FAILED, "nobody to remind", now);
                }
                continue;
            }
            ZoneId zone = zones.zoneOf(checklist.teamId(), recipient.get());
            if (now.isBefore(checklist.dueDate().get().atTime(REMINDER_TIME).atZone(zone).toInstant())) {
                continue;
            }
            if (!repository.claimReminder(id, now)) {
                continue;
            }
            if (deliver(checklist, recipient.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Checklist checklist, String recipient, Instant now) {
        long id = checklist.id();
        try {
            sender.remind(checklist, recipient);
        } catch (ReminderNotDeliveredException e) {
            if (e.outcomeUnknown()) {
                // It may be in the recipient's DMs: the claim stays, and the outcome is recorded.
                LOG.warn("reminder for checklist {} may or may not have been delivered ({}); not sent again", id,
                        e.reason());
                recordQuietly(id, AuditAction.REMIND_FAILED, "delivered-unknown: " + e.reason(), now);
            } else if (e.permanent()) {
                LOG.warn("reminder for checklist {} given up: {}", id, e.reason());
                record(id, AuditAction.REMIND_FAILED, e.reason(), now);
            } else {
                LOG.info("reminder for checklist {} failed, will retry: {}", id, e.reason());
                repository.releaseReminder(id);
            }
            return false;
        } catch (RuntimeException e) {
            LOG.warn("reminder for checklist {} failed, will retry: {}", id, e.toString());
            repository.releaseReminder(id);
            return false;
        }
        // Sent: whatever happens to its record, the claim is kept.
        recordQuietly(id, AuditAction.REMIND, checklist.openItems().size() + " open"
                + (recipient.equals(checklist.personId()) ? "" : ", sent to the manager"), now);
        return true;
    }

    /** Records an outcome; a store failure is logged, and the claim stays (the reminder is not sent again now). */
    private void recordQuietly(long id, AuditAction action, String detail, Instant at) {
        try {
            record(id, action, detail, at);
        } catch (RuntimeException e) {
            LOG.warn("reminder for checklist {}: could not record {} ({}); its claim stays", id, action,
                    e.toString());
        }
    }

    private static Optional<String> recipient(Checklist checklist) {
        if (!ChecklistPolicy.FORGOTTEN_USER.equals(checklist.personId())) {
            return Optional.of(checklist.personId());
        }
        if (!checklist.isPrivate() && !ChecklistPolicy.FORGOTTEN_USER.equals(checklist.managerId())) {
            return Optional.of(checklist.managerId());
        }
        return Optional.empty();
    }

    private void record(long id, AuditAction action, String detail, Instant at) {
        repository.record(new AuditEntry(id, ChecklistPolicy.SYSTEM_USER, action, detail, at, Places.SCHEDULER));
    }
}
