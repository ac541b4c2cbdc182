package careercoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The application's database: a connection pool over the {@code DATABASE_URL}, migrated to the current schema
 * when opened. Without a URL it is an embedded H2 file under {@code ./data}; with a PostgreSQL URL several
 * instances of the app can share one database.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** H2 in PostgreSQL mode, so the migrations and queries are written once for both databases. */
    public static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** Where the embedded database is without a URL, relative to the folder the app runs from (H2 adds .mv.db). */
    public static final String DEFAULT_FILE = "data/career-coach";
    public static final String DEFAULT_URL = "jdbc:h2:file:./" + DEFAULT_FILE + H2_SETTINGS;

    /** How long a request waits for a connection before it answers "try again in a moment". */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(2000);

    /** Where the migrations are, and the newest of them (a test checks it is the newest file there). */
    static final String MIGRATIONS = "db/migration";
    static final String NEWEST_MIGRATION = "V25__asked_question_team.sql";
    /** Flyway's schema history table, as Flyway names it (lower case, quoted) on H2 and PostgreSQL. */
    private static final String HISTORY = "flyway_schema_history";
    static final String NEWEST_MIGRATION_VERSION =
            NEWEST_MIGRATION.substring(1, NEWEST_MIGRATION.indexOf("__")).replace('_', '.');

    /** Bytes at which H2 splits a page; its default is 16 KiB. */
    static final int H2_PAGE_SIZE = 4096;

    private final HikariDataSource dataSource;
    private final Kind kind;

    public enum Kind { H2, POSTGRESQL }

    private Database(HikariDataSource dataSource, Kind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @param databaseUrl blank for the default H2 file; {@code jdbc:h2:...}; {@code jdbc:postgresql://...};
     *                    or {@code postgres://user:password@host:port/database} as hosting platforms hand it out
     * @throws InvalidDatabaseUrlException when the URL is none of these
     */
    public static Database open(String databaseUrl) {
        HikariConfig config = configFor(databaseUrl);
        if (config.getJdbcUrl().startsWith("jdbc:h2:") && !config.getJdbcUrl().toUpperCase(Locale.ROOT)
                .contains("WRITE_DELAY")) {
            // H2 writes a commit to its file up to a second later by default: a kill -9 in that second loses a
            // change the user was already told about. With no delay the commit is in the file before it returns.
            config.setJdbcUrl(config.getJdbcUrl() + ";WRITE_DELAY=0");
        }
        if (config.getJdbcUrl().startsWith("jdbc:h2:") && !config.getJdbcUrl().toUpperCase(Locale.ROOT)
                .contains("DB_CLOSE_ON_EXIT")) {
            // H2 closes the database in a shutdown hook of its own, which runs alongside the app's: work after
            // acks still draining would meet a closed database. The app closes the pool itself, last.
            config.setJdbcUrl(config.getJdbcUrl() + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        if (config.getJdbcUrl().startsWith("jdbc:h2:") && !config.getJdbcUrl().toUpperCase(Locale.ROOT)
                .contains("PAGE_SIZE")) {
            // H2 rewrites every page a commit touches, whole, at the end of the file: with pages of 4 KiB instead of
            // 16 KiB a commit of a few small rows writes a third fewer bytes, takes less time and grows the file less.
            config.setJdbcUrl(config.getJdbcUrl() + ";PAGE_SIZE=" + H2_PAGE_SIZE);
        }
        Kind kind = config.getJdbcUrl().startsWith("jdbc:h2:") ? Kind.H2 : Kind.POSTGRESQL;
        config.setPoolName("career-coach-db");
        // A database out of reach must fail a request within Slack's 3-second ack, not hang it for 30 s.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Math.min(1000, CONNECTION_TIMEOUT.toMillis() - 250));
        config.setExceptionOverrideClassName(BrokenConnections.class.getName());
        // Embedded H2 writes one commit at a time, but reads run alongside: with only a few connections, reads
        // queued behind commits waiting for the file.
        config.setMaximumPoolSize(10);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            if (schemaCurrent(dataSource)) {
                LOG.info("database {} ready at schema version {} (0 migrations applied now)", kind,
                        NEWEST_MIGRATION_VERSION);
            } else {
                Flyway flyway = Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:" + MIGRATIONS)
                        .load();
                var result = flyway.migrate();
                LOG.info("database {} ready at schema version {} ({} migrations applied now)",
                        kind, result.targetSchemaVersion != null ? result.targetSchemaVersion
                                : result.initialSchemaVersion, result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, kind);
    }

    /**
     * True when the newest migration of this release is the newest one applied, unchanged, and no migration failed:
     * then there is nothing for Flyway to do, and a restart does not pay for loading it and scanning the jar for
     * migrations. Anything else (a new or older database, an edited or failed migration, one from a newer release)
     * goes through Flyway, which migrates or refuses as before.
     */
    static boolean schemaCurrent(DataSource dataSource) {
        int expectedChecksum;
        try {
            expectedChecksum = checksum(MIGRATIONS + "/" + NEWEST_MIGRATION);
        } catch (IOException e) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            // A new database has no history yet: asking for it would only leave an error in H2's trace file.
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    HISTORY, null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            return historyCurrent(connection, expectedChecksum);
        } catch (SQLException unreadable) {
            return false;
        }
    }

    private static boolean historyCurrent(Connection connection, int expectedChecksum) throws SQLException {
        try (Statement statement = connection.createStatement();
             // Quoted as Flyway creates them, so the names match with or without H2's DATABASE_TO_LOWER.
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"checksum\", \"success\""
                     + " FROM \"" + HISTORY + "\" ORDER BY \"installed_rank\" DESC")) {
            boolean newestSeen = false;
            boolean current = false;
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                String version = rows.getString("version");
                if (version != null && !newestSeen) {
                    newestSeen = true;
                    int checksum = rows.getInt("checksum");
                    current = version.equals(NEWEST_MIGRATION_VERSION) && !rows.wasNull()
                            && checksum == expectedChecksum;
                }
            }
            return current;
        }
    }

    /** Flyway's checksum of a SQL migration: CRC-32 of its lines' UTF-8 bytes, without line breaks or a BOM. */
    static int checksum(String resource) throws IOException {
        InputStream in = Database.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no " + resource);
        }
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    /** Turns a DATABASE_URL into pool settings; the password never goes into the JDBC URL, so it is never logged. */
    static HikariConfig configFor(String databaseUrl) {
        HikariConfig config = new HikariConfig();
        if (databaseUrl == null || databaseUrl.isBlank()) {
            config.setJdbcUrl(DEFAULT_URL);
        } else if (databaseUrl.startsWith("jdbc:h2:") || databaseUrl.startsWith("jdbc:postgresql:")) {
            config.setJdbcUrl(databaseUrl);
        } else if (databaseUrl.startsWith("postgres://") || databaseUrl.startsWith("postgresql://")) {
            // The user info ends at the last '@' before the query: a password may hold '/', '^' or '@' unencoded,
            // which java.net.URI would misread (or quote back in its error message).
            String rest = databaseUrl.substring(databaseUrl.indexOf("://") + 3);
            int queryStart = rest.indexOf('?');
            int at = (queryStart < 0 ? rest : rest.substring(0, queryStart)).lastIndexOf('@');
            String userInfo = at < 0 ? null : rest.substring(0, at);
            URI uri;
            try {
                uri = URI.create("postgres://" + rest.substring(at + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidDatabaseUrlException("host, port or database name is not valid");
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new InvalidDatabaseUrlException("needs a host and a database name");
            }
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query);
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                config.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    config.setPassword(decode(userInfo.substring(colon + 1)));
                }
            }
        } else {
            throw new InvalidDatabaseUrlException("expected jdbc:h2:..., jdbc:postgresql://... or postgres://...");
        }
        return config;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            return part;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * True when no other process can write this database: embedded H2 (a file it locks, or memory). H2 served over
     * TCP, a file opened with {@code AUTO_SERVER}, and PostgreSQL may have other writers.
     */
    public boolean ownedByThisProcess() {
        String url = dataSource.getJdbcUrl().toUpperCase(Locale.ROOT);
        return kind == Kind.H2 && !url.startsWith("JDBC:H2:TCP:") && !url.startsWith("JDBC:H2:SSL:")
                && !url.contains("AUTO_SERVER=TRUE");
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** DATABASE_URL is not a URL the app can use; the message names the problem but never echoes the URL. */
    public static final class InvalidDatabaseUrlException extends IllegalArgumentException {
        public InvalidDatabaseUrlException(String problem) {
            super("DATABASE_URL: " + problem);
        }
    }
}
