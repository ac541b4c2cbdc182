package careercoach.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the questions and votes kept for the authors' report once they are past {@link AnswerRecorder#RETENTION}:
 * at start, then once a day; a run that fails (the database away) is tried again the next day.
 */
public final class DailyPurge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPurge.class);

    private final AnswerRecorder recorder;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "content-retention");
        thread.setDaemon(true);
        return thread;
    });

    public DailyPurge(AnswerRecorder recorder) {
        this.recorder = recorder;
    }

    public DailyPurge start() {
        executor.scheduleWithFixedDelay(this::purge, 0, 1, TimeUnit.DAYS);
        return this;
    }

    private void purge() {
        try {
            recorder.purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("could not purge old questions and votes; trying again tomorrow: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
