package careercoach.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The last question of each conversation thread (a DM, a mention's thread, an assistant thread), kept so a follow-up
 * is read with it. Entries older than {@link #KEPT} are never returned and are purged.
 */
public interface ThreadMemory {
    /** How long the last question of a thread is kept. */
    Duration KEPT = Duration.ofHours(1);

    /** Where a conversation is: the team its asker's data is kept under, the asker, the channel and the thread. */
    record Thread(String teamId, String userId, String channelId, String threadTs) {
        public Thread {
            threadTs = threadTs == null ? "" : threadTs;
        }
    }

    /** The last question of the thread, if one was answered there within {@link #KEPT}. */
    Optional<LastQuestion> last(Thread thread);

    /** Keeps {@code question} as the thread's last, replacing the one before. */
    void remember(Thread thread, LastQuestion question);

    /** Remembers nothing: every message is read on its own. */
    static ThreadMemory none() {
        return new ThreadMemory() {
            @Override
            public Optional<LastQuestion> last(Thread thread) {
                return Optional.empty();
            }

            @Override
            public void remember(Thread thread, LastQuestion question) {
            }
        };
    }
}
