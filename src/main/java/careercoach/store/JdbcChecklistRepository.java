package careercoach.store;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistItem;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ForgetResult;
import careercoach.checklist.ItemChange;
import careercoach.checklist.ItemSource;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.checklist.Places;
import careercoach.checklist.PrivateSave;
import careercoach.failure.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checklists in SQL that runs on H2 and PostgreSQL (tables from {@code V10__checklists.sql}; managers' gentle
 * reminders and weekly digests from {@code V19__team_nudges_and_digests.sql}).
 */
public final class JdbcChecklistRepository implements ChecklistRepository {
    private static final String CHECKLIST_COLUMNS = "id, team_id, channel_id, message_channel, message_ts, "
            + "permalink, person_id, manager_id, due_date, archived, created_at, guide_id";

    private final DataSource dataSource;
    private final Jdbc jdbc;

    public JdbcChecklistRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    private <T> T inTransaction(String what, Jdbc.InTransaction<T> work) {
        return jdbc.transaction(what, work);
    }

    private <T> T read(String what, Jdbc.InTransaction<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    @Override
    public Checklist insert(NewChecklist checklist, AuditEntry creation) {
        return find(insert(checklist, null, creation)).orElseThrow();
    }

    @Override
    public PrivateSave insertPrivateOnce(NewChecklist checklist, String planKey, AuditEntry creation) {
        Optional<Checklist> existing = withPlanKey(checklist, planKey);
        if (existing.isPresent()) {
            return new PrivateSave(existing.get(), false);
        }
        try {
            return new PrivateSave(find(insert(checklist, planKey, creation)).orElseThrow(), true);
        } catch (StoreException e) {
            // The unique index on (team, person, plan key): a concurrent save of the same plan won.
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                return new PrivateSave(withPlanKey(checklist, planKey).orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    private Optional<Checklist> withPlanKey(NewChecklist checklist, String planKey) {
        return read("find private checklist", c -> load(c, "SELECT " + CHECKLIST_COLUMNS + " FROM checklist "
                + "WHERE team_id = ? AND person_id = ? AND plan_key = ?", ps -> {
                    ps.setString(1, checklist.teamId());
                    ps.setString(2, checklist.personId());
                    ps.setString(3, planKey);
                }).stream().findFirst());
    }

    private long insert(NewChecklist checklist, String planKey, AuditEntry creation) {
        return inTransaction("insert checklist", c -> {
            long newId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist (team_id, channel_id, person_id, "
                    + "manager_id, due_date, archived, created_at, plan_key, guide_id) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, checklist.teamId());
                ps.setString(2, checklist.channelId().orElse(null));
                ps.setString(3, checklist.personId());
                ps.setString(4, checklist.managerId());
                ps.setObject(5, checklist.dueDate().orElse(null));
                ps.setObject(6, utc(creation.at()));
                ps.setString(7, planKey);
                ps.setString(8, checklist.guideId());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist_item (checklist_id, item_id, pos, "
                    + "source, ref, item_text) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pos = 0;
                for (NewItem item : checklist.items()) {
                    pos++;
                    ps.setLong(1, newId);
                    ps.setString(2, String.valueOf(pos));
                    ps.setInt(3, pos);
                    ps.setString(4, item.source().name());
                    ps.setString(5, item.ref());
                    ps.setString(6, item.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertAudit(c, withChecklist(creation, newId), null);
            return newId;
        });
    }

    @Override
    public Optional<Checklist> find(long checklistId) {
        return read("find checklist", c -> loadOne(c, checklistId));
    }

    @Override
    public boolean setTick(long checklistId, String itemId, Optional<ItemTick> tick, AuditEntry entry,
                           String deliveryKey) {
        return inTransaction("tick item", c -> setTick(c, new ItemChange(itemId, tick, entry, deliveryKey),
                checklistId));
    }

    @Override
    public Optional<Checklist> changeItems(long checklistId, Function<Checklist, List<ItemChange>> decide) {
        return inTransaction("change items", c -> {
            Optional<Checklist> before = loadOne(c, checklistId);
            if (before.isEmpty()) {
                return before;
            }
            List<ItemChange> changes = decide.apply(before.get());
            boolean changed = false;
            for (ItemChange change : changes) {
                changed |= setTick(c, change, checklistId);
            }
            return changed ? loadOne(c, checklistId) : before;
        });
    }

    private static Optional<Checklist> loadOne(Connection c, long checklistId) throws SQLException {
        return load(c, "SELECT " + CHECKLIST_COLUMNS + " FROM checklist WHERE id = ?", ps -> ps.setLong(1, checklistId))
                .stream().findFirst();
    }

    private static boolean setTick(Connection c, ItemChange change, long checklistId) throws SQLException {
        if (change.deliveryKey() != null && deliverySeen(c, change.deliveryKey())) {
            return false;
        }
        Optional<ItemTick> tick = change.tick();
        String sql = tick.isPresent()
                ? "UPDATE checklist_item SET ticked_by = ?, ticked_at = ? "
                + "WHERE checklist_id = ? AND item_id = ? AND ticked_at IS NULL"
                : "UPDATE checklist_item SET ticked_by = NULL, ticked_at = NULL "
                + "WHERE checklist_id = ? AND item_id = ? AND ticked_at IS NOT NULL";
        int changed;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (tick.isPresent()) {
                ps.setString(i++, tick.get().userId());
                ps.setObject(i++, utc(tick.get().at()));
            }
            ps.setLong(i++, checklistId);
            ps.setString(i, change.itemId());
            changed = ps.executeUpdate();
        }
        if (changed == 0) {
            return false;
        }
        insertAudit(c, change.entry(), change.deliveryKey());
        return true;
    }

    private static boolean deliverySeen(Connection c, String deliveryKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM checklist_audit WHERE delivery_key = ?")) {
            ps.setString(1, deliveryKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean archive(long checklistId, AuditEntry entry) {
        return inTransaction("archive checklist", c -> {
            // An archived private checklist no longer stands for its plan: saving the plan again makes a new one.
            if (update(c, "UPDATE checklist SET archived = TRUE, plan_key = NULL WHERE id = ? AND archived = FALSE",
                    ps -> ps.setLong(1, checklistId)) == 0) {
                return false;
            }
            insertAudit(c, entry, null);
            return true;
        });
    }

    @Override
    public void record(AuditEntry entry) {
        inTransaction("record audit entry", c -> {
            insertAudit(c, entry, null);
            return null;
        });
    }

    @Override
    public void attachMessage(long checklistId, String channelId, String messageTs, String permalink) {
        inTransaction("attach message", c -> update(c,
                "UPDATE checklist SET message_channel = ?, message_ts = ?, permalink = ? WHERE id = ?", ps -> {
                    ps.setString(1, channelId);
                    ps.setString(2, messageTs);
                    ps.setString(3, permalink);
                    ps.setLong(4, checklistId);
                }));
    }

    @Override
    public List<Checklist> involving(String teamId, String userId) {
        return read("list checklists", c -> load(c, "SELECT " + CHECKLIST_COLUMNS + " FROM checklist "
                + "WHERE team_id = ? AND (person_id = ? OR manager_id = ?) AND archived = FALSE "
                + "ORDER BY created_at DESC, id DESC", ps -> {
                    ps.setString(1, teamId);
                    ps.setString(2, userId);
                    ps.setString(3, userId);
                }));
    }

    @Override
    public List<AuditEntry> historyFor(String teamId, String userId, int limit) {
        return read("read history", c -> audit(c, "SELECT a.checklist_id, a.actor_id, a.action_kind, a.detail, "
                + "a.happened_at, a.place FROM checklist_audit a JOIN checklist k ON k.id = a.checklist_id "
                + "WHERE k.team_id = ? AND (k.person_id = ? OR k.manager_id = ?) "
                + "ORDER BY a.happened_at DESC, a.id DESC LIMIT " + limit, ps -> {
                    ps.setString(1, teamId);
                    ps.setString(2, userId);
                    ps.setString(3, userId);
                }));
    }

    @Override
    public List<AuditEntry> history(long checklistId) {
        return read("read history", c -> audit(c, "SELECT checklist_id, actor_id, action_kind, detail, "
                + "happened_at, place FROM checklist_audit WHERE checklist_id = ? ORDER BY happened_at, id",
                ps -> ps.setLong(1, checklistId)));
    }

    @Override
    public List<Long> dueForReminder(LocalDate day) {
        return read("find due checklists", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM checklist WHERE due_date <= ? "
                    + "AND reminded_at IS NULL AND archived = FALSE ORDER BY due_date, id")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public boolean claimReminder(long checklistId, Instant at) {
        return inTransaction("claim reminder", c -> update(c,
                "UPDATE checklist SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL", ps -> {
                    ps.setObject(1, utc(at));
                    ps.setLong(2, checklistId);
                }) == 1);
    }

    @Override
    public List<Long> staleReminderClaims(Instant claimedBefore) {
        return read("find stale reminder claims", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ch.id FROM checklist ch WHERE ch.reminded_at < ? "
                    + "AND ch.archived = FALSE AND EXISTS (SELECT 1 FROM checklist_item i WHERE i.checklist_id = ch.id "
                    + "AND i.ticked_by IS NULL) AND NOT EXISTS (SELECT 1 FROM checklist_audit a WHERE a.checklist_id = "
                    + "ch.id AND a.action_kind IN ('REMIND', 'REMIND_FAILED') AND a.happened_at >= ch.reminded_at) "
                    + "ORDER BY ch.id")) {
                ps.setObject(1, utc(claimedBefore));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public boolean reclaimReminder(long checklistId, Instant claimedBefore, Instant at) {
        return inTransaction("reclaim reminder", c -> update(c,
                "UPDATE checklist SET reminded_at = ? WHERE id = ? AND reminded_at < ?", ps -> {
                    ps.setObject(1, utc(at));
                    ps.setLong(2, checklistId);
                    ps.setObject(3, utc(claimedBefore));
                }) == 1);
    }

    @Override
    public void releaseReminder(long checklistId) {
        inTransaction("release reminder", c -> update(c,
                "UPDATE checklist SET reminded_at = NULL WHERE id = ?", ps -> ps.setLong(1, checklistId)));
    }

    @Override
    public List<Checklist> naming(String teamId, String userId) {
        return read("find checklists naming a user", c -> load(c, "SELECT " + CHECKLIST_COLUMNS + " FROM checklist "
                + "WHERE team_id = ? AND (person_id = ? OR manager_id = ? OR id IN (SELECT checklist_id FROM "
                + "checklist_item WHERE ticked_by = ?) OR id IN (SELECT checklist_id FROM checklist_audit "
                + "WHERE actor_id = ?)) ORDER BY id", ps -> {
                    ps.setString(1, teamId);
                    for (int i = 2; i <= 5; i++) {
                        ps.setString(i, userId);
                    }
                }));
    }

    @Override
    public ForgetResult forget(String teamId, String userId, Instant at) {
        return inTransaction("forget user in checklists", c -> {
            update(c, "DELETE FROM team_nudge WHERE team_id = ? AND (person_id = ? OR manager_id = ?)", ps -> {
                ps.setString(1, teamId);
                ps.setString(2, userId);
                ps.setString(3, userId);
            });
            update(c, "DELETE FROM manager_digest WHERE team_id = ? AND manager_id = ?", ps -> {
                ps.setString(1, teamId);
                ps.setString(2, userId);
            });
            int deleted = update(c, "DELETE FROM checklist WHERE team_id = ? AND channel_id IS NULL "
                    + "AND person_id = ?", ps -> {
                        ps.setString(1, teamId);
                        ps.setString(2, userId);
                    });
            List<Long> shared = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM checklist WHERE team_id = ? "
                    + "AND (person_id = ? OR manager_id = ? OR id IN (SELECT checklist_id FROM checklist_item "
                    + "WHERE ticked_by = ?) OR id IN (SELECT checklist_id FROM checklist_audit WHERE actor_id = ?))")) {
                ps.setString(1, teamId);
                for (int i = 2; i <= 5; i++) {
                    ps.setString(i, userId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shared.add(rs.getLong(1));
                    }
                }
            }
            String forgotten = ChecklistPolicy.FORGOTTEN_USER;
            for (long id : shared) {
                for (String sql : List.of(
                        "UPDATE checklist SET person_id = ? WHERE id = ? AND person_id = ?",
                        "UPDATE checklist SET manager_id = ? WHERE id = ? AND manager_id = ?",
                        "UPDATE checklist_item SET ticked_by = ? WHERE checklist_id = ? AND ticked_by = ?",
                        "UPDATE checklist_audit SET actor_id = ? WHERE checklist_id = ? AND actor_id = ?")) {
                    update(c, sql, ps -> {
                        ps.setString(1, forgotten);
                        ps.setLong(2, id);
                        ps.setString(3, userId);
                    });
                }
                insertAudit(c, new AuditEntry(id, forgotten, AuditAction.FORGET, "", at, Places.FORGET_ME), null);
                // Keys of the user's clicks start with their id; a click of a forgotten user is refused anyway.
                update(c, "UPDATE checklist_audit SET delivery_key = NULL WHERE checklist_id = ? "
                        + "AND delivery_key LIKE ? ESCAPE '!'", ps -> {
                            ps.setLong(1, id);
                            ps.setString(2, likePrefix(userId + ":"));
                        });
            }
            return new ForgetResult(deleted, shared.size());
        });
    }

    @Override
    public boolean claimNudge(String teamId, String managerId, String personId, LocalDate day, AuditEntry entry,
                              Instant at) {
        try {
            return inTransaction("claim gentle reminder", c -> {
                update(c, "INSERT INTO team_nudge (team_id, person_id, nudge_day, manager_id, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?)", ps -> {
                            ps.setString(1, teamId);
                            ps.setString(2, personId);
                            ps.setObject(3, day);
                            ps.setString(4, managerId);
                            ps.setObject(5, utc(at));
                        });
                insertAudit(c, entry, null);
                return true;
            });
        } catch (StoreException e) {
            // The key (team, person, day): another click, or another instance, sent today's already.
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void releaseNudge(String teamId, String personId, LocalDate day) {
        inTransaction("release gentle reminder", c -> update(c,
                "DELETE FROM team_nudge WHERE team_id = ? AND person_id = ? AND nudge_day = ?", ps -> {
                    ps.setString(1, teamId);
                    ps.setString(2, personId);
                    ps.setObject(3, day);
                }));
    }

    @Override
    public boolean nudged(String teamId, String personId, LocalDate day) {
        return read("read gentle reminders", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM team_nudge WHERE team_id = ? AND person_id = ? AND nudge_day = ?")) {
                ps.setString(1, teamId);
                ps.setString(2, personId);
                ps.setObject(3, day);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void setDigest(String teamId, String managerId, boolean enabled) {
        inTransaction("set weekly digest", c -> {
            int changed = update(c, "UPDATE manager_digest SET enabled = ? WHERE team_id = ? AND manager_id = ?",
                    ps -> {
                        ps.setBoolean(1, enabled);
                        ps.setString(2, teamId);
                        ps.setString(3, managerId);
                    });
            if (changed == 0) {
                update(c, "INSERT INTO manager_digest (team_id, manager_id, enabled) VALUES (?, ?, ?)", ps -> {
                    ps.setString(1, teamId);
                    ps.setString(2, managerId);
                    ps.setBoolean(3, enabled);
                });
            }
            return null;
        });
    }

    @Override
    public boolean digestEnabled(String teamId, String managerId) {
        return read("read weekly digest", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT enabled FROM manager_digest WHERE team_id = ? AND manager_id = ?")) {
                ps.setString(1, teamId);
                ps.setString(2, managerId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<DigestSubscriber> digestSubscribers() {
        return read("read weekly digests", c -> {
            List<DigestSubscriber> subscribers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT team_id, manager_id, sent_week, fingerprint "
                    + "FROM manager_digest WHERE enabled = TRUE ORDER BY team_id, manager_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    subscribers.add(new DigestSubscriber(rs.getString(1), rs.getString(2),
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
                }
            }
            return subscribers;
        });
    }

    @Override
    public boolean claimDigest(String teamId, String managerId, String week) {
        return inTransaction("claim weekly digest", c -> update(c, "UPDATE manager_digest SET sent_week = ? "
                + "WHERE team_id = ? AND manager_id = ? AND enabled = TRUE AND (sent_week IS NULL OR sent_week <> ?)",
                ps -> {
                    ps.setString(1, week);
                    ps.setString(2, teamId);
                    ps.setString(3, managerId);
                    ps.setString(4, week);
                }) == 1);
    }

    @Override
    public void digestSent(String teamId, String managerId, String fingerprint) {
        inTransaction("record weekly digest", c -> update(c,
                "UPDATE manager_digest SET fingerprint = ? WHERE team_id = ? AND manager_id = ?", ps -> {
                    ps.setString(1, fingerprint);
                    ps.setString(2, teamId);
                    ps.setString(3, managerId);
                }));
    }

    @Override
    public void releaseDigest(String teamId, String managerId, String week, String previousWeek) {
        inTransaction("release weekly digest", c -> update(c, "UPDATE manager_digest SET sent_week = ? "
                + "WHERE team_id = ? AND manager_id = ? AND sent_week = ?", ps -> {
                    ps.setString(1, previousWeek);
                    ps.setString(2, teamId);
                    ps.setString(3, managerId);
                    ps.setString(4, week);
                }));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    private static void insertAudit(Connection c, AuditEntry entry, String deliveryKey) throws SQLException {
        update(c, "INSERT INTO checklist_audit (checklist_id, actor_id, action_kind, detail, happened_at, place, "
                + "delivery_key) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, entry.checklistId());
                    ps.setString(2, entry.actorId());
                    ps.setString(3, entry.action().name());
                    ps.setString(4, entry.detail());
                    ps.setObject(5, utc(entry.at()));
                    ps.setString(6, entry.place());
                    ps.setString(7, deliveryKey);
                });
    }

    private static List<AuditEntry> audit(Connection c, String sql, Binder binder) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), AuditAction.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
        }
        return entries;
    }

    private static List<Checklist> load(Connection c, String sql, Binder binder) throws SQLException {
        Map<Long, Checklist> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    byId.put(id, new Checklist(id, rs.getString(2), Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getString(6)), rs.getString(7), rs.getString(8),
                            Optional.ofNullable(rs.getObject(9, LocalDate.class)), rs.getBoolean(10),
                            rs.getObject(11, OffsetDateTime.class).toInstant(), List.of(), rs.getString(12)));
                }
            }
        }
        List<Checklist> result = new ArrayList<>();
        for (Checklist checklist : byId.values()) {
            result.add(new Checklist(checklist.id(), checklist.teamId(), checklist.channelId(),
                    checklist.messageChannel(), checklist.messageTs(), checklist.permalink(), checklist.personId(), checklist.managerId(),
                    checklist.dueDate(), checklist.archived(), checklist.createdAt(), items(c, checklist.id()),
                    checklist.guideId()));
        }
        return result;
    }

    private static List<ChecklistItem> items(Connection c, long checklistId) throws SQLException {
        List<ChecklistItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, source, ref, item_text, ticked_by, ticked_at "
                + "FROM checklist_item WHERE checklist_id = ? ORDER BY pos")) {
            ps.setLong(1, checklistId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime tickedAt = rs.getObject(6, OffsetDateTime.class);
                    Optional<ItemTick> tick = tickedAt == null ? Optional.empty()
                            : Optional.of(new ItemTick(rs.getString(5), tickedAt.toInstant()));
                    items.add(new ChecklistItem(rs.getString(1), ItemSource.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), tick));
                }
            }
        }
        return items;
    }

    private static AuditEntry withChecklist(AuditEntry entry, long checklistId) {
        return new AuditEntry(checklistId, entry.actorId(), entry.action(), entry.detail(), entry.at(),
                entry.place());
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
