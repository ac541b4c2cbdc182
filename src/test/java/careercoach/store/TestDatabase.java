package careercoach.store;

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

    @Override
    public synchronized void close() {
        opened.forEach(Database::close);
        dropper.run();
    }
}
