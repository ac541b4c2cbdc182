package careercoach.cli;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.config.ConfigException;
import careercoach.guide.GuideValidationException;
import careercoach.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** {@code serve}: reads the configuration from the environment and runs the server until SIGTERM. */
public final class ServeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** Returned by {@link #run} when the server was started and the JVM must keep running. */
    public static final int KEEP_RUNNING = -1;

    public int run(String[] args) {
        Config config;
        try {
            config = Config.fromEnvironment();
        } catch (ConfigException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        LOG.info("starting with {}", config);
        try {
            Database database = Database.open(config.databaseUrl().orElse(null));
            CareerCoachApp app = new CareerCoachApp(config, Stores.database(database, Clock.systemUTC())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                database.close();
            }, "shutdown"));
            return KEEP_RUNNING;
        } catch (GuideValidationException e) {
            e.problems().forEach(System.err::println);
            System.err.println("serve: not started: the guides under " + config.indexData() + " have problems");
            return 1;
        } catch (Exception e) {
            System.err.println("serve: could not start: " + e.getMessage());
            LOG.debug("start failed", e);
            return 1;
        }
    }
}
