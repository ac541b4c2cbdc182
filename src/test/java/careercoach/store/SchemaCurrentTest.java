package careercoach.store;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restart on a database at the current schema does not run Flyway; every other database still goes through it:
 * a new one is migrated, an edited or failed migration is refused as Flyway refuses it.
 */
class SchemaCurrentTest {

    @Test
    void newestMigration_isTheNewestFileOfTheMigrations() throws URISyntaxException, Exception {
        Path migrations = Path.of(getClass().getResource("/" + Database.MIGRATIONS).toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            String newest = files.map(f -> f.getFileName().toString())
                    .max(Comparator.comparingInt(SchemaCurrentTest::version)).orElseThrow();
            assertEquals(newest, Database.NEWEST_MIGRATION, "Database.NEWEST_MIGRATION names the newest migration");
        }
    }

    @DatabaseTest
    void open_aNewDatabase_isMigratedAndThenCurrent(TestDatabase db) throws SQLException {
        assertTrue(Database.schemaCurrent(db.database().dataSource()));
        try (Connection c = db.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '"
                     + Database.NEWEST_MIGRATION_VERSION + "'")) {
            assertTrue(r.next());
            assertEquals(r.getInt(1), Database.checksum(Database.MIGRATIONS + "/" + Database.NEWEST_MIGRATION),
                    "the checksum is Flyway's own");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @DatabaseTest
    void open_aCurrentDatabaseAgain_keepsItsData(TestDatabase db) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO guide_choice (team_id, user_id, guide_id, chosen_at) VALUES ('T1', 'U1', 'g',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00')");
        }
        Database restarted = db.openAnother();
        try (Connection c = restarted.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT guide_id FROM guide_choice WHERE user_id = 'U1'")) {
            assertTrue(r.next());
            assertEquals("g", r.getString(1));
        }
    }

    @DatabaseTest
    void open_whenTheNewestAppliedMigrationWasEdited_isRefusedByFlyway(TestDatabase db) throws SQLException {
        db.database();
        execute(db, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '"
                + Database.NEWEST_MIGRATION_VERSION + "'");
        assertFalse(Database.schemaCurrent(db.database().dataSource()));
        assertThrows(FlywayException.class, db::openAnother);
    }

    @DatabaseTest
    void open_whenAMigrationFailed_isLeftToFlyway(TestDatabase db) throws SQLException {
        db.database();
        execute(db, "UPDATE flyway_schema_history SET success = FALSE WHERE version = '1'");
        assertFalse(Database.schemaCurrent(db.database().dataSource()));
        assertThrows(FlywayException.class, db::openAnother);
    }

    @DatabaseTest
    void open_aDatabaseOneMigrationBehind_appliesIt(TestDatabase db) throws SQLException {
        db.database();
        execute(db, "DROP INDEX asked_question_team");
        execute(db, "ALTER TABLE asked_question DROP COLUMN team_id");
        execute(db, "DELETE FROM flyway_schema_history WHERE version = '" + Database.NEWEST_MIGRATION_VERSION + "'");
        assertFalse(Database.schemaCurrent(db.database().dataSource()));
        Database upgraded = db.openAnother();
        assertTrue(Database.schemaCurrent(upgraded.dataSource()));
        execute(db, "SELECT COUNT(team_id) FROM asked_question");
    }

    @Test
    void open_anH2UrlWithoutTheAppsSettings_isCurrentOnTheSecondOpen(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Database.open(url).close();
        try (Database restarted = Database.open(url)) {
            assertTrue(Database.schemaCurrent(restarted.dataSource()));
        }
        Path trace = dir.resolve("db.trace.db");
        assertFalse(Files.exists(trace) && read(trace).contains("flyway_schema_history"),
                () -> "looking for the history of a new database left an error in H2's trace file: " + read(trace));
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
