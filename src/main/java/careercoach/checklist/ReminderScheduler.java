package careercoach.checklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Runs {@link ChecklistReminders} (and any other job of the same kind, like {@link WeeklyDigests}) every period;
 * their state is in the store, so a restart just carries on. A job that fails does not stop the others.
 */
public final class ReminderScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    /** How often due checklists are looked for; reminders are per day, so minutes of delay do not matter. */
    public static final Duration PERIOD = Duration.ofMinutes(5);

    private final List<IntSupplier> jobs;
    private final Duration period;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "checklist-reminders");
        t.setDaemon(true);
        return t;
    });

    public ReminderScheduler(ChecklistReminders reminders, Duration period) {
        this(List.of(reminders::sendDue), period);
    }

    /** @param jobs each returns how many messages it sent */
    public ReminderScheduler(List<IntSupplier> jobs, Duration period) {
        this.jobs = List.copyOf(jobs);
        this.period = period;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("checklist reminders every {}", period);
    }

    private void runOnce() {
        for (IntSupplier job : jobs) {
            try {
                int sent = job.getAsInt();
                if (sent > 0) {
                    LOG.info("sent {} checklist reminders or digests", sent);
                }
            } catch (RuntimeException e) {
                // A failed run (database away) must not cancel the schedule: the next run tries again.
                LOG.warn("checklist reminder run failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
