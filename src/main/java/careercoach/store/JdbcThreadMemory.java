package careercoach.store;

import careercoach.privacy.PersonalData;
import careercoach.search.LastQuestion;
import careercoach.search.ThreadMemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last question of each thread, one row per thread, shared by every instance on the database. Rows older than
 * {@link ThreadMemory#KEPT} are never read and are purged now and then, by whichever instance notices first.
 */
public final class JdbcThreadMemory implements ThreadMemory, PersonalData {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(5);
    /** Longest question kept: enough to read a follow-up against. */
    static final int QUESTION_CHARS = 2000;

    private final Jdbc jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurged;

    public JdbcThreadMemory(Database database, Clock clock) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
        this.lastPurged = new AtomicReference<>(clock.instant());
    }

    @Override
    public Optional<LastQuestion> last(Thread thread) {
        return jdbc.queryOne("SELECT question, guide_id, section_id, asked_at FROM thread_last_question"
                        + " WHERE team_id = ? AND user_id = ? AND channel_id = ? AND thread_ts = ? AND asked_at > ?",
                row -> new LastQuestion(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant()),
                thread.teamId(), thread.userId(), thread.channelId(), thread.threadTs(), oldestKept());
    }

    @Override
    public void remember(Thread thread, LastQuestion question) {
        purgeWhenDue();
        String text = question.question().length() > QUESTION_CHARS
                ? question.question().substring(0, QUESTION_CHARS) : question.question();
        OffsetDateTime at = OffsetDateTime.ofInstant(question.askedAt(), ZoneOffset.UTC);
        jdbc.upsert("UPDATE thread_last_question SET question = ?, guide_id = ?, section_id = ?, asked_at = ?"
                        + " WHERE team_id = ? AND user_id = ? AND channel_id = ? AND thread_ts = ?",
                new Object[] {text, question.guideId(), question.sectionId(), at, thread.teamId(), thread.userId(),
                        thread.channelId(), thread.threadTs()},
                "INSERT INTO thread_last_question (team_id, user_id, channel_id, thread_ts, question, guide_id,"
                        + " section_id, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {thread.teamId(), thread.userId(), thread.channelId(), thread.threadTs(), text,
                        question.guideId(), question.sectionId(), at});
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        int deleted = jdbc.update("DELETE FROM thread_last_question WHERE team_id = ? AND user_id = ?", teamId,
                userId);
        return Map.of("remembered questions for follow-ups", deleted);
    }

    /** Deletes the rows past their hour; returns how many went. */
    int purge() {
        return jdbc.update("DELETE FROM thread_last_question WHERE asked_at <= ?", oldestKept());
    }

    private OffsetDateTime oldestKept() {
        return OffsetDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC);
    }

    private void purgeWhenDue() {
        Instant last = lastPurged.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurged.compareAndSet(last, now)) {
            purge();
        }
    }
}
