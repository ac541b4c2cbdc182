package careercoach;

import careercoach.config.Config;
import careercoach.config.ConfigException;
import careercoach.guide.GuideValidationException;
import careercoach.search.LiveGuides;
import careercoach.slack.BotTokenCheck;
import careercoach.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code serve}: reads the configuration from the environment and runs the server until SIGTERM. */
public final class ServeCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** Returned by {@link #run} when the server was started and the JVM must keep running. */
    public static final int KEEP_RUNNING = -1;

    private final Function<String, String> env;
    private final PrintStream err;

    public ServeCommand() {
        this(System::getenv, System.err);
    }

    public ServeCommand(Function<String, String> env, PrintStream err) {
        this.env = env;
        this.err = err;
    }

    /**
     * @param args none; or {@code --stop-when-ready}: start in local mode (only {@code PORT}, {@code DATABASE_URL}
     *             and {@code INDEX_DATA} are read, so Slack is never called), then stop at once and return 0. The
     *             build starts the server so once, with {@code -XX:ArchiveClassesAtExit}, to make the class-data
     *             archive of the classes a start loads.
     */
    public int run(String[] args) {
        boolean stopWhenReady = List.of(args).contains("--stop-when-ready");
        Function<String, String> variables = stopWhenReady
                ? name -> List.of("PORT", "DATABASE_URL", "INDEX_DATA").contains(name) ? env.apply(name) : null
                : env;
        Config config;
        try {
            config = Config.from(variables);
        } catch (ConfigException e) {
            err.println("serve: " + e.getMessage());
            return 2;
        }
        LOG.info("starting with {}", config);
        Database database = null;
        // The guides are loaded (then indexed) while the database opens: the two do not depend on each other.
        CompletableFuture<LiveGuides> guides = CareerCoachApp.loadGuides(config, Clock.systemUTC());
        // So is the bot token checked with Slack, and the Slack client loaded, meanwhile.
        CompletableFuture<Void> slackChecked = BotTokenCheck.inBackground(config);
        try {
            database = Database.open(config.databaseUrl().orElse(null));
            Database opened = database;
            CareerCoachApp app = CareerCoachApp.builder(config, Stores.database(database, Clock.systemUTC()))
                    .guides(guides).slackChecked(slackChecked).build().start();
            compactHeapOnceIndexed(app);
            if (stopWhenReady) {
                app.close();
                opened.close();
                return 0;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.close();
                opened.close();
            }, "shutdown"));
            return KEEP_RUNNING;
        } catch (GuideValidationException e) {
            e.problems().forEach(err::println);
            err.println("serve: not started: the guides under " + config.indexData() + " have problems");
            close(database);
            return 1;
        } catch (Exception e) {
            guides.thenAccept(LiveGuides::close);
            // Libraries may quote the database URL or a token in their messages: print neither.
            err.println("serve: could not start: " + config.redact(reason(e)));
            close(database);
            return 1;
        }
    }

    /**
     * Has the JVM collect the heap once, when the guides' search index is built (at start, or at once if it already
     * is). A start leaves garbage from indexing and loading in the old generation; with a heap sized for the live
     * set, the first requests then fill it and a full collection (around 100 ms) lands on traffic a minute after the
     * start. Collected here, it is part of the start (a second or two after ready, when traffic is still light).
     */
    private static void compactHeapOnceIndexed(CareerCoachApp app) {
        app.guides().searchReady().thenRunAsync(System::gc, task -> {
            Thread thread = new Thread(task, "compact-heap");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The message of the exception and of its causes, as far as they add anything. */
    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !reason.toString().contains(message)) {
                reason.append(": ").append(message);
            }
        }
        return reason.toString();
    }

    private static void close(Database database) {
        if (database != null) {
            database.close();
        }
    }
}
