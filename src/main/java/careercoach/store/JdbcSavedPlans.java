package careercoach.store;

import careercoach.coach.Plan;
import careercoach.coach.SavedPlans;
import careercoach.privacy.PersonalData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved plans (every save is kept, the latest is the one shown to its owner) and the plans their owners shared:
 * each share points at the saved plan as it was shared.
 */
public final class JdbcSavedPlans implements SavedPlans, PersonalData {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each share with the plan it shares, as {@link #readShare} reads them; a WHERE and ORDER BY follow. */
    private static final String SHARES = "SELECT s.viewer_id, s.shared_at, p.team_id, p.user_id, p.guide_id,"
            + " p.source, p.created_at, p.entries, p.target_guide_id"
            + " FROM plan_share s JOIN saved_plan p ON p.id = s.plan_id";
    private static final TypeReference<List<Plan.Entry>> ENTRIES = new TypeReference<>() {
    };

    private final Jdbc jdbc;

    public JdbcSavedPlans(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public void save(Plan plan) {
        jdbc.transaction("save plan", c -> insert(c, plan));
    }

    private static long insert(Connection c, Plan plan) throws SQLException {
        String entries;
        try {
            entries = JSON.writeValueAsString(plan.entries());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan not serialisable", e);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_plan (team_id, user_id, guide_id, source,"
                + " created_at, entries, target_guide_id) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, plan.teamId());
            ps.setString(2, plan.userId());
            ps.setString(3, plan.guideId());
            ps.setString(4, plan.source().name());
            ps.setObject(5, plan.createdAt().atOffset(ZoneOffset.UTC));
            ps.setString(6, entries);
            ps.setString(7, plan.targetGuideId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public Optional<Plan> latest(String teamId, String userId) {
        return latestToward(teamId, userId, "");
    }

    @Override
    public Optional<Plan> latestToward(String teamId, String userId, String targetGuideId) {
        return jdbc.queryOne("SELECT team_id, user_id, guide_id, source, created_at, entries, target_guide_id"
                + " FROM saved_plan WHERE team_id = ? AND user_id = ? AND target_guide_id = ? ORDER BY id DESC LIMIT 1",
                JdbcSavedPlans::read, teamId, userId, targetGuideId);
    }

    @Override
    public void share(Plan plan, String viewerId, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        long planId = jdbc.transaction("save shared plan", c -> insert(c, plan));
        jdbc.upsert("UPDATE plan_share SET shared_at = ?, plan_id = ? WHERE team_id = ? AND owner_id = ?"
                        + " AND viewer_id = ?",
                new Object[] {when, planId, plan.teamId(), plan.userId(), viewerId},
                "INSERT INTO plan_share (team_id, owner_id, viewer_id, shared_at, plan_id) VALUES (?, ?, ?, ?, ?)",
                new Object[] {plan.teamId(), plan.userId(), viewerId, when, planId});
    }

    @Override
    public Optional<Plan> latestVisibleTo(String teamId, String ownerId, String viewerId) {
        if (ownerId.equals(viewerId)) {
            return latest(teamId, ownerId);
        }
        return jdbc.queryOne("SELECT p.team_id, p.user_id, p.guide_id, p.source, p.created_at, p.entries, p.target_guide_id"
                + " FROM plan_share s JOIN saved_plan p ON p.id = s.plan_id"
                + " WHERE s.team_id = ? AND s.owner_id = ? AND s.viewer_id = ?", JdbcSavedPlans::read,
                teamId, ownerId, viewerId);
    }

    @Override
    public List<PlanShare> sharesBy(String teamId, String ownerId) {
        return jdbc.query(SHARES + " WHERE s.team_id = ? AND s.owner_id = ? ORDER BY s.shared_at DESC, s.viewer_id",
                JdbcSavedPlans::readShare, teamId, ownerId);
    }

    @Override
    public List<PlanShare> sharedWith(String teamId, String viewerId) {
        return jdbc.query(SHARES + " WHERE s.team_id = ? AND s.viewer_id = ? ORDER BY s.shared_at DESC, s.owner_id",
                JdbcSavedPlans::readShare, teamId, viewerId);
    }

    @Override
    public boolean revoke(String teamId, String ownerId, String viewerId) {
        return jdbc.update("DELETE FROM plan_share WHERE team_id = ? AND owner_id = ? AND viewer_id = ?",
                teamId, ownerId, viewerId) > 0;
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

    private static PlanShare readShare(ResultSet row) throws SQLException {
        return new PlanShare(row.getString("viewer_id"), row.getObject("shared_at", OffsetDateTime.class).toInstant(),
                read(row));
    }

    private static Plan read(ResultSet row) throws SQLException {
        try {
            return new Plan(row.getString("team_id"), row.getString("user_id"), row.getString("guide_id"),
                    Plan.Source.valueOf(row.getString("source")),
                    row.getObject("created_at", OffsetDateTime.class).toInstant(),
                    JSON.readValue(row.getString("entries"), ENTRIES), row.getString("target_guide_id"));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable saved plan", e);
        }
    }
}
