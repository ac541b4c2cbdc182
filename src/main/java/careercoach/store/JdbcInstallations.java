package careercoach.store;

import careercoach.failure.StoreException;
import careercoach.install.InstallationEvent;
import careercoach.install.InstallationRecord;
import careercoach.install.InstallationRepository;
import careercoach.privacy.PersonalData;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Installations, OAuth states and the installations' audit in the database ({@code slack_installation},
 * {@code oauth_state}, {@code installation_audit}). Tokens arrive sealed and are stored as they are.
 * <p>
 * Deleting a team's data deletes the rows of every table that has a {@code team_id} column, found in the
 * database's own catalogue when first needed, so a table added later is covered without a change here.
 */
public final class JdbcInstallations implements InstallationRepository, PersonalData {
    private static final String TABLE = "slack_installation";
    private static final String COLUMNS = "installation_key, enterprise_id, team_id, org_wide, team_name, app_id,"
            + " bot_user_id, bot_id, installer_user_id, bot_scopes, bot_token, refresh_token, token_expires_at,"
            + " token_version, refresh_failures, refresh_retry_at, installed_at, updated_at, removed_at,"
            + " removed_because";

    private final Jdbc jdbc;
    private final Consumer<String> afterTeamDataDeleted;
    private volatile List<String> teamTables;

    public JdbcInstallations(Database database) {
        this(database, teamKey -> {
        });
    }

    /** @param afterTeamDataDeleted told the key of a team whose rows were deleted (caches forget it) */
    public JdbcInstallations(Database database, Consumer<String> afterTeamDataDeleted) {
        this.jdbc = new Jdbc(database.dataSource());
        this.afterTeamDataDeleted = afterTeamDataDeleted;
    }

    @Override
    public Optional<InstallationRecord> find(String key) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE installation_key = ?",
                JdbcInstallations::record, key);
    }

    @Override
    public Optional<InstallationRecord> findActive(String enterpriseId, String teamId) {
        // A workspace's own install wins over its org's org-wide one.
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE installation_key IN (?, ?)"
                        + " AND removed_at IS NULL AND bot_token IS NOT NULL ORDER BY org_wide",
                        JdbcInstallations::record, teamId == null ? "" : teamId,
                        enterpriseId == null ? "" : enterpriseId).stream()
                .filter(r -> r.orgWide() ? r.key().equals(enterpriseId) : r.key().equals(teamId))
                .findFirst();
    }

    @Override
    public List<InstallationRecord> withTokens() {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE bot_token IS NOT NULL"
                + " ORDER BY installation_key", JdbcInstallations::record);
    }

    @Override
    public boolean save(InstallationRecord r, Instant at) {
        try {
            return saveOnce(r, at);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                // Installed by two instances at once: the second finds the first's row.
                return saveOnce(r, at);
            }
            throw e;
        }
    }

    private boolean saveOnce(InstallationRecord r, Instant at) {
        OffsetDateTime now = time(at);
        return jdbc.transaction("save installation", c -> {
            boolean known = !Jdbc.query(c, "SELECT installation_key FROM " + TABLE
                    + " WHERE installation_key = ? FOR UPDATE", row -> row.getString(1), r.key()).isEmpty();
            if (known) {
                Jdbc.update(c, "UPDATE " + TABLE + " SET enterprise_id = ?, team_id = ?, org_wide = ?, team_name = ?,"
                                + " app_id = ?, bot_user_id = ?, bot_id = ?, installer_user_id = ?, bot_scopes = ?,"
                                + " bot_token = ?, refresh_token = ?, token_expires_at = ?,"
                                + " token_version = token_version + 1, refresh_claimed_until = NULL,"
                                + " refresh_failures = 0, refresh_retry_at = NULL, installed_at = ?, updated_at = ?,"
                                + " removed_at = NULL, removed_because = NULL WHERE installation_key = ?",
                        r.enterpriseId(), r.teamId(), r.orgWide(), r.teamName(), r.appId(), r.botUserId(), r.botId(),
                        r.installerUserId(), r.scopes(), r.sealedBotToken(), r.sealedRefreshToken(),
                        time(r.tokenExpiresAt()), now, now, r.key());
            } else {
                Jdbc.update(c, "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES"
                                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, ?, ?, NULL, NULL)",
                        r.key(), r.enterpriseId(), r.teamId(), r.orgWide(), r.teamName(), r.appId(), r.botUserId(),
                        r.botId(), r.installerUserId(), r.scopes(), r.sealedBotToken(), r.sealedRefreshToken(),
                        time(r.tokenExpiresAt()), now, now);
            }
            audit(c, r.key(), r.enterpriseId(), r.orgWide(),
                    known ? InstallationEvent.Kind.REINSTALLED : InstallationEvent.Kind.INSTALLED, null, now);
            return known;
        });
    }

    @Override
    public boolean claimRefresh(String key, long version, Instant now, Instant until) {
        return jdbc.update("UPDATE " + TABLE + " SET refresh_claimed_until = ? WHERE installation_key = ?"
                        + " AND token_version = ? AND removed_at IS NULL"
                        + " AND (refresh_claimed_until IS NULL OR refresh_claimed_until < ?)",
                time(until), key, version, time(now)) == 1;
    }

    @Override
    public boolean saveRefreshed(String key, long version, String sealedBotToken, String sealedRefreshToken,
                                 Instant expiresAt, Instant now) {
        return jdbc.update("UPDATE " + TABLE + " SET bot_token = ?, refresh_token = ?, token_expires_at = ?,"
                        + " token_version = token_version + 1, refresh_claimed_until = NULL, refresh_failures = 0,"
                        + " refresh_retry_at = NULL, updated_at = ? WHERE installation_key = ? AND token_version = ?"
                        + " AND removed_at IS NULL",
                sealedBotToken, sealedRefreshToken, time(expiresAt), time(now), key, version) == 1;
    }

    @Override
    public void refreshFailed(String key, long version, Instant retryAt) {
        jdbc.update("UPDATE " + TABLE + " SET refresh_claimed_until = NULL, refresh_failures = refresh_failures + 1,"
                + " refresh_retry_at = ? WHERE installation_key = ? AND token_version = ?", time(retryAt), key,
                version);
    }

    @Override
    public boolean reseal(String key, long version, String sealedBotToken, String sealedRefreshToken) {
        return jdbc.update("UPDATE " + TABLE + " SET bot_token = ?, refresh_token = ?,"
                        + " token_version = token_version + 1 WHERE installation_key = ? AND token_version = ?"
                        + " AND bot_token IS NOT NULL",
                sealedBotToken, sealedRefreshToken, key, version) == 1;
    }

    @Override
    public boolean remove(String key, String reason, Instant at, Instant unlessSavedAfter) {
        OffsetDateTime now = time(at);
        String detail = reason.length() > 32 ? reason.substring(0, 32) : reason;
        return jdbc.transaction("remove installation", c -> {
            List<Object> params = new ArrayList<>(List.of(now, detail, now, key));
            String sql = "UPDATE " + TABLE + " SET bot_token = NULL, refresh_token = NULL, token_expires_at = NULL,"
                    + " token_version = token_version + 1, refresh_claimed_until = NULL, refresh_retry_at = NULL,"
                    + " removed_at = ?, removed_because = ?, updated_at = ?"
                    + " WHERE installation_key = ? AND removed_at IS NULL";
            if (unlessSavedAfter != null) {
                sql += " AND installed_at < ?";
                // Slack's event times are whole seconds: an install in a later second is a newer one.
                params.add(time(unlessSavedAfter.plusSeconds(1)));
            }
            if (Jdbc.update(c, sql, params.toArray()) != 1) {
                return false;
            }
            var removed = Jdbc.query(c, "SELECT enterprise_id, org_wide FROM " + TABLE
                    + " WHERE installation_key = ?", row -> new Object[] {row.getString(1), row.getBoolean(2)}, key);
            audit(c, key, (String) removed.get(0)[0], (Boolean) removed.get(0)[1], InstallationEvent.Kind.REMOVED,
                    detail, now);
            return true;
        });
    }

    @Override
    public List<String> removedBefore(Instant cutoff) {
        return jdbc.query("SELECT installation_key FROM " + TABLE + " WHERE removed_at IS NOT NULL"
                + " AND removed_at < ? ORDER BY removed_at", row -> row.getString(1), time(cutoff));
    }

    @Override
    public boolean deleteTeamData(String key, Instant cutoff, Instant at) {
        List<String> tables = teamTables();
        boolean deleted = jdbc.transaction("delete team data", c -> {
            var due = Jdbc.query(c, "SELECT enterprise_id, org_wide FROM " + TABLE + " WHERE installation_key = ?"
                            + " AND removed_at IS NOT NULL AND removed_at < ? FOR UPDATE",
                    row -> new Object[] {row.getString(1), row.getBoolean(2)}, key, time(cutoff));
            if (due.isEmpty()) {
                return false;
            }
            for (String table : tables) {
                Jdbc.update(c, "DELETE FROM " + table + " WHERE team_id = ?", key);
            }
            Jdbc.update(c, "DELETE FROM " + TABLE + " WHERE installation_key = ?", key);
            audit(c, key, (String) due.get(0)[0], (Boolean) due.get(0)[1], InstallationEvent.Kind.DATA_DELETED,
                    null, time(at));
            return true;
        });
        if (deleted) {
            afterTeamDataDeleted.accept(key);
        }
        return deleted;
    }

    /** Every table with a {@code team_id} column but the installations themselves, as the catalogue lists them. */
    List<String> teamTables() {
        List<String> tables = teamTables;
        if (tables == null) {
            tables = jdbc.transaction("list team tables", c -> {
                List<String> found = new ArrayList<>();
                DatabaseMetaData meta = c.getMetaData();
                for (String column : new String[] {"team_id", "TEAM_ID"}) {
                    try (ResultSet columns = meta.getColumns(c.getCatalog(), c.getSchema(), null, column)) {
                        while (columns.next()) {
                            String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                            if (!table.equals(TABLE) && table.matches("[a-z_][a-z0-9_]*") && !found.contains(table)) {
                                found.add(table);
                            }
                        }
                    }
                }
                found.sort(null);
                return List.copyOf(found);
            });
            teamTables = tables;
        }
        return tables;
    }

    @Override
    public List<InstallationEvent> audit() {
        return jdbc.query("SELECT installation_key, enterprise_id, org_wide, action_kind, detail, happened_at"
                + " FROM installation_audit ORDER BY id", row -> new InstallationEvent(row.getString(1),
                row.getString(2), row.getBoolean(3), InstallationEvent.Kind.valueOf(row.getString(4)),
                row.getString(5), instant(row, 6)));
    }

    @Override
    public void addState(String state, Instant expiresAt) {
        jdbc.update("INSERT INTO oauth_state (state, expires_at) VALUES (?, ?)", state, time(expiresAt));
    }

    @Override
    public boolean consumeState(String state, Instant now) {
        if (jdbc.update("DELETE FROM oauth_state WHERE state = ? AND expires_at > ?", state, time(now)) == 1) {
            return true;
        }
        jdbc.update("DELETE FROM oauth_state WHERE state = ?", state);
        return false;
    }

    @Override
    public int deleteExpiredStates(Instant now) {
        return jdbc.update("DELETE FROM oauth_state WHERE expires_at <= ?", time(now));
    }

    /** Who installed the app is kept for support; forget-me clears it. */
    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        int cleared = jdbc.update("UPDATE " + TABLE + " SET installer_user_id = NULL WHERE installation_key = ?"
                + " AND installer_user_id = ?", teamId, userId);
        return Map.of("note that you installed the app", cleared);
    }

    private static void audit(Connection c, String key, String enterpriseId, boolean orgWide,
                              InstallationEvent.Kind kind, String detail, OffsetDateTime at) throws SQLException {
        Jdbc.update(c, "INSERT INTO installation_audit (installation_key, enterprise_id, org_wide, action_kind,"
                + " detail, happened_at) VALUES (?, ?, ?, ?, ?, ?)", key, enterpriseId, orgWide, kind.name(), detail, at);
    }

    private static InstallationRecord record(ResultSet row) throws SQLException {
        return new InstallationRecord(row.getString("installation_key"), row.getString("enterprise_id"),
                row.getString("team_id"), row.getBoolean("org_wide"), row.getString("team_name"),
                row.getString("app_id"), row.getString("bot_user_id"), row.getString("bot_id"),
                row.getString("installer_user_id"), row.getString("bot_scopes"), row.getString("bot_token"),
                row.getString("refresh_token"), instant(row, "token_expires_at"), row.getLong("token_version"),
                row.getInt("refresh_failures"), instant(row, "refresh_retry_at"), instant(row, "installed_at"),
                instant(row, "updated_at"), instant(row, "removed_at"), row.getString("removed_because"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
