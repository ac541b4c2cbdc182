package careercoach.store;

import careercoach.coach.Plan;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database created by the previous release (its migrations are kept in {@code db/previous-release}, exactly as
 * released) starts with this one: Flyway applies only the new migrations, and the data reads as before.
 */
class MigrationUpgradeTest {

    private static Flyway previousRelease(TestDatabase db) {
        return Flyway.configure().dataSource(db.url(), null, null)
                .locations("classpath:db/previous-release").load();
    }

    private static Plan plan(String label, Instant at) {
        return new Plan("T1", "U1", "guide", Plan.Source.SKILL_CHECK, at, List.of(new Plan.Entry("next-steps/a", label)));
    }

    @DatabaseTest
    void open_onADatabaseOfThePreviousRelease_appliesTheNewMigrationsAndKeepsTheData(TestDatabase db)
            throws Exception {
        assertEquals(4, previousRelease(db).migrate().migrationsExecuted);
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO saved_plan (team_id, user_id, guide_id, source, created_at, entries) VALUES "
                    + "('T1', 'U1', 'guide', 'SKILL_CHECK', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', "
                    + "'[{\"ref\":\"next-steps/a\",\"label\":\"Shared before the upgrade\"}]')");
            s.execute("INSERT INTO plan_share (team_id, owner_id, viewer_id, shared_at) VALUES "
                    + "('T1', 'U1', 'UMGR', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00')");
            s.execute("INSERT INTO plan_share (team_id, owner_id, viewer_id, shared_at) VALUES "
                    + "('T1', 'UNOPLAN', 'UMGR', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00')");
            s.execute("INSERT INTO checklist (team_id, person_id, manager_id, archived, created_at) VALUES "
                    + "('T1', 'U1', 'U1', FALSE, TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00')");
        }

        Database upgraded = db.database();

        Flyway current = Flyway.configure().dataSource(upgraded.dataSource()).load();
        assertEquals(0, current.info().pending().length, "every migration of this release applied");
        JdbcSavedPlans plans = new JdbcSavedPlans(upgraded);
        Plan sharedBefore = plans.latestVisibleTo("T1", "U1", "UMGR").orElseThrow();
        assertEquals("Shared before the upgrade", sharedBefore.entries().get(0).label());
        plans.save(plan("Made after the upgrade", Instant.parse("2026-02-01T10:00:00Z")));
        assertEquals(Optional.of(sharedBefore), plans.latestVisibleTo("T1", "U1", "UMGR"));
        assertTrue(plans.sharesBy("T1", "UNOPLAN").isEmpty());
        assertEquals(1, new JdbcChecklistRepository(upgraded.dataSource()).involving("T1", "U1").size());
    }

    @Test
    void releasedMigrations_areNeverEdited() throws IOException, URISyntaxException {
        Path released = Path.of(getClass().getResource("/db/previous-release").toURI());
        try (Stream<Path> files = Files.list(released)) {
            List<Path> scripts = files.toList();
            assertFalse(scripts.isEmpty());
            for (Path script : scripts) {
                try (InputStream now = getClass().getResourceAsStream("/db/migration/" + script.getFileName())) {
                    assertNotNull(now, script.getFileName() + " was released; it must stay");
                    assertArrayEquals(Files.readAllBytes(script), now.readAllBytes(),
                            script.getFileName() + " was released and applied: add a new migration instead");
                }
            }
        }
    }
}
