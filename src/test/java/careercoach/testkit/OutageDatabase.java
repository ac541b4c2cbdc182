package careercoach.testkit;

import careercoach.failure.StoreException;
import careercoach.store.Database;
import org.h2.tools.Server;

import java.nio.file.Path;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A database whose network can be cut: a networked H2 under {@code dir} behind a {@link TcpProxy}, so that
 * {@link #cut()} puts it out of reach of the app, as when the network to a database server goes away, and
 * {@link #restore()} brings it back. {@link #close()} closes the app's pool first, then the relay and the server.
 */
public final class OutageDatabase implements AutoCloseable {
    private final Server h2;
    private final TcpProxy network;
    private final Database database;

    public OutageDatabase(Path dir) throws Exception {
        // DB_CLOSE_DELAY=-1: like a database server, H2 keeps the database open while no client is connected.
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        network = new TcpProxy(h2.getPort());
        database = Database.open("jdbc:h2:tcp://127.0.0.1:" + network.port() + "/career-coach" + Database.H2_SETTINGS
                + ";DB_CLOSE_DELAY=-1");
    }

    public Database database() {
        return database;
    }

    /** Drops every connection to the database and refuses new ones. */
    public void cut() {
        network.cut();
    }

    /** Lets connections through again. */
    public void restore() {
        network.restore();
    }

    /** Reads as soon as the pool has reconnected (it retries on its own, backing off up to a few seconds). */
    public static <T> T whenReachable(Supplier<T> read) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                return read.get();
            } catch (StoreException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            database.close();
            network.close();
        } finally {
            h2.stop();
        }
    }
}
