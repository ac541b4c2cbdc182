package careercoach.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Migrated databases for store tests: a fresh in-memory H2 always, and a fresh schema on the PostgreSQL at
 * 127.0.0.1:5432 (user postgres, database test) when it is reachable. Each PostgreSQL schema is dropped by
 * {@link #drop}.
 */
public final class ChecklistDatabases {
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private ChecklistDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        migrate(ds, null);
        return ds;
    }

    /** A fresh migrated schema, or empty when PostgreSQL is not reachable. */
    public static Optional<PGSimpleDataSource> postgres() {
        PGSimpleDataSource probe = pg(null);
        try (Connection ignored = probe.getConnection()) {
            String schema = "t_checklist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = probe.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            PGSimpleDataSource ds = pg(schema);
            migrate(ds, schema);
            return Optional.of(ds);
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + PG_URL + " not reachable, skipping: " + e.getMessage());
            return Optional.empty();
        }
    }

    public static void drop(PGSimpleDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + ds.getCurrentSchema() + " CASCADE");
        }
    }

    private static PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(PG_URL);
        ds.setUser("postgres");
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static void migrate(DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema);
        }
        config.load().migrate();
    }
}
