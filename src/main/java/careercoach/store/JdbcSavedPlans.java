package careercoach.store;

import careercoach.coach.Plan;
import careercoach.coach.SavedPlans;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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

/** Saved plans (every save is kept, the latest is the one shown) and whom their owners shared them with. */
public final class JdbcSavedPlans implements SavedPlans, PersonalData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Plan.Entry>> ENTRIES = new TypeReference<>() {
    };

    private final Jdbc jdbc;

    public JdbcSavedPlans(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public void save(Plan plan) {
        String entries;
        try {
            entries = JSON.writeValueAsString(plan.entries());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan not serialisable", e);
        }
        jdbc.update("INSERT INTO saved_plan (team_id, user_id, guide_id, source, created_at, entries)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                plan.teamId(), plan.userId(), plan.guideId(), plan.source().name(),
                plan.createdAt().atOffset(ZoneOffset.UTC), entries);
    }

    @Override
    public Optional<Plan> latest(String teamId, String userId) {
        return jdbc.queryOne("SELECT team_id, user_id, guide_id, source, created_at, entries FROM saved_plan"
                + " WHERE team_id = ? AND user_id = ? ORDER BY id DESC LIMIT 1", JdbcSavedPlans::read, teamId, userId);
    }

    @Override
    public void share(String teamId, String ownerId, String viewerId, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        jdbc.upsert("UPDATE plan_share SET shared_at = ? WHERE team_id = ? AND owner_id = ? AND viewer_id = ?",
                new Object[] {when, teamId, ownerId, viewerId},
                "INSERT INTO plan_share (team_id, owner_id, viewer_id, shared_at) VALUES (?, ?, ?, ?)",
                new Object[] {teamId, ownerId, viewerId, when});
    }

    @Override
    public Optional<Plan> latestVisibleTo(String teamId, String ownerId, String viewerId) {
        boolean visible = ownerId.equals(viewerId) || jdbc.queryOne(
                "SELECT 1 FROM plan_share WHERE team_id = ? AND owner_id = ? AND viewer_id = ?",
                row -> true, teamId, ownerId, viewerId).isPresent();
        return visible ? latest(teamId, ownerId) : Optional.empty();
    }

    /** The person's plans, and the shares in both directions (whom they shared with, who shared with them). */
    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        return jdbc.transaction("forget saved plans", c -> {
            Map<String, Integer> deleted = new LinkedHashMap<>();
            deleted.put("saved plans", Jdbc.update(c, "DELETE FROM saved_plan WHERE team_id = ? AND user_id = ?",
                    teamId, userId));
            deleted.put("plan shares", Jdbc.update(c,
                    "DELETE FROM plan_share WHERE team_id = ? AND (owner_id = ? OR viewer_id = ?)",
                    teamId, userId, userId));
            return deleted;
        });
    }

    private static Plan read(ResultSet row) throws SQLException {
        try {
            return new Plan(row.getString("team_id"), row.getString("user_id"), row.getString("guide_id"),
                    Plan.Source.valueOf(row.getString("source")),
                    row.getObject("created_at", OffsetDateTime.class).toInstant(),
                    JSON.readValue(row.getString("entries"), ENTRIES));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable saved plan", e);
        }
    }
}
