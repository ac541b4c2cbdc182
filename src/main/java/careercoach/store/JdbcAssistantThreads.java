package careercoach.store;

import careercoach.assistant.AssistantThread;
import careercoach.assistant.AssistantThreads;
import careercoach.privacy.PersonalData;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Assistant threads, one row per thread; the first start of a thread wins. */
public final class JdbcAssistantThreads implements AssistantThreads, PersonalData {
    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAssistantThreads(Database database, Clock clock) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
    }

    @Override
    public boolean started(AssistantThread thread) {
        return jdbc.insertIfAbsent("INSERT INTO assistant_thread (channel_id, thread_ts, team_id, user_id, viewed_channel,"
                        + " titled, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)", thread.channelId(), thread.threadTs(),
                thread.teamId(), thread.userId(), thread.viewedChannel().orElse(null), thread.titled(),
                OffsetDateTime.now(clock));
    }

    @Override
    public Optional<AssistantThread> find(String channelId, String threadTs) {
        return jdbc.queryOne("SELECT team_id, user_id, viewed_channel, titled FROM assistant_thread"
                        + " WHERE channel_id = ? AND thread_ts = ?",
                row -> new AssistantThread(row.getString(1), row.getString(2), channelId, threadTs,
                        Optional.ofNullable(row.getString(3)), row.getBoolean(4)), channelId, threadTs);
    }

    @Override
    public void viewing(String channelId, String threadTs, Optional<String> viewedChannel) {
        jdbc.update("UPDATE assistant_thread SET viewed_channel = ? WHERE channel_id = ? AND thread_ts = ?",
                viewedChannel.orElse(null), channelId, threadTs);
    }

    @Override
    public boolean title(String channelId, String threadTs) {
        return jdbc.update("UPDATE assistant_thread SET titled = TRUE WHERE channel_id = ? AND thread_ts = ?"
                + " AND titled = FALSE", channelId, threadTs) == 1;
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        int deleted = jdbc.update("DELETE FROM assistant_thread WHERE team_id = ? AND user_id = ?", teamId, userId);
        return Map.of("assistant threads", deleted);
    }
}
