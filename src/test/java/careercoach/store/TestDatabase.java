package careercoach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One throw-away database for one test: the URL the app would be given, and {@link Database} pools opened on it.
 * Everything opened here is closed, and the data dropped, after the test.
 */
public final class TestDatabase implements AutoCloseable {
    private final Database.Kind kind;
    private final String url;
    private final Runnable dropper;
    private final List<Database> opened = new ArrayList<>();
    private Database main;

    TestDatabase(Database.Kind kind, String url, Runnable dropper) {
        this.kind = kind;
        this.url = url;
        this.dropper = dropper;
    }

    public Database.Kind kind() {
        return kind;
    }

    /** The DATABASE_URL of this database, e.g. to start a second app instance on it. */
    public String url() {
        return url;
    }

    /** The database the test works on, migrated. */
    public synchronized Database database() {
        if (main == null) {
            main = openAnother();
        }
        return main;
    }

    /** Another pool on the same data, as a second instance of the app (or the app after a restart) has. */
    public synchronized Database openAnother() {
        Database database = Database.open(url);
        opened.add(database);
        return database;
    }

    /** The tables of the database the test works on (Flyway's history among them). */
    public List<String> tables() throws SQLException {
        try (Connection c = database().dataSource().getConnection()) {
            return tables(c);
        }
    }

    /**
     * "table.column = value" for every cell of every table (Flyway's history aside) that contains {@code needle}:
     * what a dump of the database would show of it.
     */
    public List<String> cellsContaining(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = database().dataSource().getConnection()) {
            for (String table : tables(c)) {
                if (table.startsWith("flyway")) {
                    continue;
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            if (value != null && value.contains(needle)) {
                                found.add(table + "." + columns.getColumnName(i) + " = " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    @Override
    public synchronized void close() {
        opened.forEach(Database::close);
        dropper.run();
    }
}
