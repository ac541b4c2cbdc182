package careercoach.store;

import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.ConversationStore;
import careercoach.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations, written after every accepted click with a compare-and-set on the version. */
public final class JdbcConversations implements ConversationStore, PersonalData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "id, team_id, user_id, kind, guide_id, status, step, version, state, started_at, updated_at,"
                    + " target_guide_id";
    private static final String SKILL_CHECK_KINDS = "('" + ConversationKind.SKILL_CHECK + "', '"
            + ConversationKind.LONG_SKILL_CHECK + "')";

    /**
     * The part of a conversation kept as JSON. {@code premarked} is written only when there are some (a check toward
     * another role) and read as none when absent (rows written before it was kept); {@code title}, the guide's title
     * when the conversation started, likewise (absent from rows written before it was kept: no column to add).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record State(List<String> questions, Map<String, String> answers,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> premarked,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) String title) {
    }

    private final Jdbc jdbc;

    public JdbcConversations(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public void insert(Conversation c) {
        jdbc.update("INSERT INTO conversation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.teamId(), c.userId(), c.kind().name(), c.guideId(), c.status().name(), c.step(),
                c.version(), state(c), utc(c.startedAt()), utc(c.updatedAt()), c.targetGuideId());
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM conversation WHERE id = ?", JdbcConversations::read,
                conversationId);
    }

    @Override
    public List<Conversation> open(String teamId, String userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM conversation WHERE team_id = ? AND user_id = ? AND status <> ?"
                        + " ORDER BY updated_at DESC, id",
                JdbcConversations::read, teamId, userId, Conversation.Status.FINISHED.name());
    }

    @Override
    public boolean replace(Conversation c, long expectedVersion) {
        return jdbc.update("UPDATE conversation SET status = ?, step = ?, version = ?, state = ?, updated_at = ?"
                        + " WHERE id = ? AND version = ?",
                c.status().name(), c.step(), c.version(), state(c), utc(c.updatedAt()), c.id(), expectedVersion) == 1;
    }

    @Override
    public void delete(String conversationId) {
        jdbc.update("DELETE FROM conversation WHERE id = ?", conversationId);
    }

    @Override
    public List<Conversation> finishedChecks(String teamId, String userId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM conversation WHERE team_id = ? AND user_id = ? AND status = ?"
                        + " AND kind IN " + SKILL_CHECK_KINDS + " ORDER BY updated_at DESC, id LIMIT ?",
                JdbcConversations::read, teamId, userId, Conversation.Status.FINISHED.name(), limit);
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        return jdbc.transaction("forget conversations", c -> {
            Map<String, Integer> deleted = new LinkedHashMap<>();
            deleted.put("skill check results", Jdbc.update(c, "DELETE FROM conversation WHERE team_id = ? AND user_id = ?"
                    + " AND status = ? AND kind IN " + SKILL_CHECK_KINDS, teamId, userId,
                    Conversation.Status.FINISHED.name()));
            deleted.put("other conversations", Jdbc.update(c,
                    "DELETE FROM conversation WHERE team_id = ? AND user_id = ?", teamId, userId));
            return deleted;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String state(Conversation c) {
        try {
            return JSON.writeValueAsString(new State(c.questions(), c.answers(), c.premarked(), c.guideTitle()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state not serialisable", e);
        }
    }

    private static Conversation read(ResultSet row) throws SQLException {
        State state;
        try {
            state = JSON.readValue(row.getString("state"), State.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable state of conversation " + row.getString("id"), e);
        }
        return new Conversation(row.getString("id"), row.getString("team_id"), row.getString("user_id"),
                ConversationKind.valueOf(row.getString("kind")), row.getString("guide_id"), state.questions(),
                state.answers(), Conversation.Status.valueOf(row.getString("status")), row.getInt("step"),
                row.getLong("version"), row.getObject("started_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getString("target_guide_id"),
                state.premarked(), state.title());
    }
}
