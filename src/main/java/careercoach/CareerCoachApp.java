package careercoach;

import careercoach.checklist.ChecklistReminders;
import careercoach.checklist.ChecklistService;
import careercoach.checklist.PlanItems;
import careercoach.checklist.ReminderScheduler;
import careercoach.coach.Coach;
import careercoach.config.Config;
import careercoach.config.Distribution;
import careercoach.content.AnswerRecorder;
import careercoach.content.ContentReports;
import careercoach.content.IndexDataWatcher;
import careercoach.content.LiveGuides;
import careercoach.guide.GuideLoader;
import careercoach.install.Installations;
import careercoach.playground.Playground;
import careercoach.search.GuideSearch;
import careercoach.search.SentenceVectors;
import careercoach.slack.DeliveryLimits;
import careercoach.slack.MultiWorkspace;
import careercoach.slack.SlackBot;
import careercoach.slack.SlackFeature;
import careercoach.slack.UserGuides;
import careercoach.slack.WorkAfterAck;
import careercoach.slack.ask.QuestionAnswerer;
import careercoach.slack.ask.QuestionFeature;
import careercoach.slack.checklist.ChecklistFeature;
import careercoach.slack.coach.CoachListeners;
import careercoach.slack.guide.GuideCommands;
import careercoach.slack.install.InstallFeature;
import careercoach.slack.install.InstallScopes;
import careercoach.slack.report.ReportFeature;
import careercoach.web.HttpLimits;
import careercoach.web.InstallPagesHandler;
import careercoach.web.SlackEventsHandler;
import careercoach.web.SlackSignatureVerifier;
import careercoach.web.WebServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The composition root: builds every part by constructor from a {@link Config} and {@link Stores}.
 * {@link #start()} serves HTTP on the configured port (0 picks a free one, see {@link #port()}) and, with an
 * app token, connects Socket Mode; {@link #close()} stops gracefully.
 */
public final class CareerCoachApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CareerCoachApp.class);

    /** How often due checklists are looked for; reminders are per day, so minutes of delay do not matter. */
    private static final Duration REMINDER_PERIOD = Duration.ofMinutes(5);
    private static final String HOST = "0.0.0.0";
    private final Clock clock;
    private final Config config;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * The guides and their index as served now (their content is replaced when index-data changes on disk); loaded
     * on a thread of their own while the rest is built, and complete once the constructor has returned. Their
     * search index may still be being built then (see {@link LiveGuides#searchReady()}).
     */
    private final CompletableFuture<LiveGuides> guides;
    private final AnswerRecorder recorder;
    private final ScheduledExecutorService retention = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "content-retention");
        thread.setDaemon(true);
        return thread;
    });
    private IndexDataWatcher watcher;
    private final WorkAfterAck executor;
    private final SlackBot bot;
    private final Javalin web;
    private final Optional<Javalin> management;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final ChecklistReminders dueReminders;
    private final ReminderScheduler reminders;
    /** Local mode only: the page that drives the bot through a stand-in for Slack. */
    private final Playground playground;
    /** Distribution mode only: installations, the install pages, per-workspace authorization. */
    private final Optional<InstallFeature> distribution;
    private SocketModeApp socketMode;
    private boolean compactHeapOnceIndexed;

    public CareerCoachApp(Config config, Stores stores) throws IOException {
        this(config, stores, Clock.systemUTC(), DeliveryLimits.DEFAULT);
    }

    /**
     * @param clock the time of day for expiry, due dates and reminders (tests pass a clock they move); signed
     *              requests are always checked against the system clock, as Slack signs them
     * @param limits the pool for work after acks and the deadline of Web API calls
     */
    public CareerCoachApp(Config config, Stores stores, Clock clock, DeliveryLimits limits) throws IOException {
        this(config, stores, clock, limits, loadGuides(config, clock));
    }

    /**
     * @param loadingGuides the guides being loaded (see {@link #loadGuides}); the Slack and web parts are built
     *                      meanwhile, and the constructor returns once the guides are served
     */
    public CareerCoachApp(Config config, Stores stores, Clock clock, DeliveryLimits limits,
                          CompletableFuture<LiveGuides> loadingGuides) throws IOException {
        this(config, stores, clock, limits, loadingGuides, null);
    }

    /**
     * @param slackChecked the start-up check of the bot token (see {@link #checkSlackInBackground}), made while the
     *                     database opens; null to check here
     */
    public CareerCoachApp(Config config, Stores stores, Clock clock, DeliveryLimits limits,
                          CompletableFuture<LiveGuides> loadingGuides, CompletableFuture<Void> slackChecked)
            throws IOException {
        this.guides = loadingGuides;
        try {
            this.config = config;
            this.clock = clock;
            Timer searchLatency = Timer.builder("career.search").description("one guide search")
                    .publishPercentiles(0.5, 0.9, 0.99).register(metrics);
            // A search embeds the question on one core (about 8 ms). The pool for work after acks has 32 threads;
            // were they all embedding at once they would starve the threads that ack. Searches take turns on all
            // cores but one, and a backlog shows as a full queue, which turns requests away with "try again", rather
            // than as slow acks.
            Semaphore searchSlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
            QuestionAnswerer answerer = (question, guideId, limit) -> {
                searchSlots.acquireUninterruptibly();
                try {
                    return searchLatency.record(() -> guides().search(question, guideId, limit));
                } finally {
                    searchSlots.release();
                }
            };
            UserGuides userGuides = new UserGuides(() -> guides().library(), stores.guideChoices());
            this.recorder = new AnswerRecorder(stores.questionLog(), config.recordQuestions(), clock);
            ContentReports reports = new ContentReports(stores.questionLog(), SentenceVectors::of,
                    () -> guides().status().failure(), clock);
            this.executor = new WorkAfterAck(limits.threads(), limits.queue(), metrics);
            Coach coach = new Coach(() -> guides().library(), stores.conversations(), stores.savedPlans(), clock,
                    Coach.DEFAULT_EXPIRY, () -> UUID.randomUUID().toString());
            ChecklistFeature checklists = new ChecklistFeature(new ChecklistService(stores.checklists(), clock),
                    PlanItems.visibleToOwnerAndSharees(stores.savedPlans()), clock);
            this.distribution = config.distribution().map(settings -> new InstallFeature(
                    stores.installations().orElseThrow(() -> new IllegalStateException(
                            "distribution mode keeps its installations in the database; these stores have none")),
                    settings, config.slackApiUrl(), InstallScopes.bot(), clock, metrics));
            distribution.ifPresent(InstallFeature::checkKeys);
            List<SlackFeature> features = new ArrayList<>(List.of(
                    new GuideCommands(),
                    new QuestionFeature(answerer, stores.answerFeedback(), recorder),
                    new CoachListeners(coach, stores.forgetMe(),
                            (surface, plan) -> checklists.savePrivate(surface, plan.teamId(), plan.userId(),
                                    PlanItems.of(plan)),
                            checklists::prepareForget),
                    checklists,
                    new ReportFeature(reports, config.guideAuthors())));
            distribution.ifPresent(features::add);
            this.playground = config.mode() == Config.Mode.LOCAL ? new Playground() : null;
            Config botConfig = playground == null ? config : playground.botConfig(config);
            if (slackChecked == null || playground != null) {
                checkSlack(botConfig);
            } else {
                joinSlackCheck(slackChecked);
            }
            this.bot = new SlackBot(botConfig, userGuides, stores.processedEvents(), executor, limits, metrics,
                    features, distribution.map(MultiWorkspace.class::cast));
            this.dueReminders = new ChecklistReminders(stores.checklists(), checklists.messages(),
                    checklists.timeZones()::zoneOf, clock);
            this.reminders = new ReminderScheduler(dueReminders, REMINDER_PERIOD);
            Optional<SlackSignatureVerifier> verifier = botConfig.signingSecret()
                    .map(secret -> new SlackSignatureVerifier(secret, Clock.systemUTC()));
            // Local mode listens on loopback only: the playground is for the person at this machine.
            String host = playground == null ? HOST : "127.0.0.1";
            this.web = WebServer.create(host, config.port(), HttpLimits.DEFAULTS,
                    new SlackEventsHandler(verifier, bot.app(), metrics), this::ready, metrics,
                    config.metricsPort().isEmpty(), playground != null ? playground::routes
                            : distribution.isPresent() ? installPages(new InstallPagesHandler(bot.app()))
                            : routes -> { });
            if (playground != null) {
                playground.connect(stores.forgetMe(), this::awaitIdle);
            }
            this.management = config.metricsPort().map(port -> WebServer.management(HOST, port, metrics));
            guides();
        } catch (RuntimeException | Error e) {
            loadingGuides.thenAccept(LiveGuides::close);
            throw e;
        }
    }

    /** Distribution mode's pages: where an install starts, and where Slack sends the installer back. */
    private static Consumer<JavalinConfig> installPages(InstallPagesHandler pages) {
        return routes -> {
            routes.routes.get(Distribution.INSTALL_PATH, pages);
            routes.routes.get(Distribution.REDIRECT_PATH, pages);
        };
    }

    /**
     * Starts loading and indexing the guides on a thread of their own, so that the database can be opened and the
     * Slack and web parts built meanwhile (on two cores this is a good part of a start).
     */
    public static CompletableFuture<LiveGuides> loadGuides(Config config, Clock clock) {
        Optional<Path> searchCache = GuideSearch.cacheDirectory(System::getenv);
        CompletableFuture<LiveGuides> loading = new CompletableFuture<>();
        // The guides are loaded and checked first (commands need them, and guides with problems stop the start);
        // their search index is then built on a thread of its own, and questions wait for it after their acks.
        Executor searchBuilder = task -> {
            Thread thread = new Thread(task, "guide-index");
            thread.setDaemon(true);
            thread.start();
        };
        Thread thread = new Thread(() -> {
            try {
                loading.complete(LiveGuides.loadingSearch(config.indexData(), new GuideLoader(config.defaultGuide()),
                        (library, indexData) -> GuideSearch.forIndexData(library, indexData, searchCache), clock,
                        searchBuilder));
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, "guide-load");
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    /**
     * Starts {@link #checkSlack} on a thread of its own: the Slack client's first call (loading it, connecting) is a
     * good part of a start and needs nothing else that is started. The constructor waits for it.
     */
    public static CompletableFuture<Void> checkSlackInBackground(Config config) {
        CompletableFuture<Void> checked = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                checkSlack(config);
                checked.complete(null);
            } catch (Throwable e) {
                checked.completeExceptionally(e);
            }
        }, "slack-check");
        thread.setDaemon(true);
        thread.start();
        return checked;
    }

    private static void joinSlackCheck(CompletableFuture<Void> checked) {
        try {
            checked.join();
        } catch (CompletionException e) {
            // As checkSlack threw it: a one-line IllegalStateException naming what is wrong.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Asks Slack who the bot token belongs to before Bolt does, so that an unreachable Slack and a refused token
     * each get a one-line message saying which it is.
     */
    private static void checkSlack(Config config) {
        if (config.botToken().isEmpty()) {
            return;
        }
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl().toString());
        try (Slack slack = Slack.getInstance(slackConfig)) {
            AuthTestResponse auth = slack.methods(config.botToken().get()).authTest(r -> r);
            if (!auth.isOk()) {
                throw new IllegalStateException("Slack at " + config.slackApiUrl() + " refused the bot token"
                        + " (auth.test: " + auth.getError() + "); check SLACK_BOT_TOKEN");
            }
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("cannot reach Slack at " + config.slackApiUrl() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach Slack at " + config.slackApiUrl() + ": " + e);
        }
    }

    /**
     * Has the app collect the heap once, when the guides' search index is built (at start, or at once if it already
     * is). A start leaves garbage from indexing and loading in the old generation; with a heap sized for the live
     * set, the first requests then fill it and a full collection (around 100 ms) lands on traffic a minute after the
     * start. Collected here, it is part of the start (a second or two after ready, when traffic is still light).
     */
    public CareerCoachApp compactHeapOnceIndexed() {
        this.compactHeapOnceIndexed = true;
        return this;
    }

    public CareerCoachApp start() throws Exception {
        bot.app().start();
        web.start();
        management.ifPresent(Javalin::start);
        if (playground != null) {
            playground.serving(port());
            // The workspace lives in memory, so the bot's data about its people starts afresh with it.
            playground.reset();
        }
        if (config.mode() == Config.Mode.SOCKET) {
            socketMode = new SocketModeApp(config.appToken().orElseThrow(), bot.app(),
                    SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        }
        if (config.mode() != Config.Mode.LOCAL) {
            reminders.start();
        }
        distribution.ifPresent(InstallFeature::start);
        watcher = new IndexDataWatcher(config.indexData(), guides()::reload, IndexDataWatcher.SETTLE).start();
        retention.scheduleWithFixedDelay(this::purgeExpired, 0, 1, TimeUnit.DAYS);
        if (compactHeapOnceIndexed) {
            // After the search index is built, its garbage too (at once when it already is).
            guides().searchReady().thenRunAsync(System::gc, retention);
        }
        guides().searchReady().whenComplete((built, failed) -> {
            if (failed != null) {
                LOG.error("the guides' search index could not be built: questions cannot be answered", failed);
            } else {
                LOG.info("search ready: questions are answered");
            }
        });
        ready.set(true);
        switch (config.mode()) {
            case HTTP -> LOG.info("serving Slack on http://0.0.0.0:{}/slack/events{}", port(), metricsWhere());
            case SOCKET -> LOG.info("connected to Slack in Socket Mode; health on port {}{}", port(),
                    metricsWhere());
            case DISTRIBUTION -> LOG.info("serving Slack for every workspace that installs the app on"
                    + " http://0.0.0.0:{}/slack/events; installs start at {}{}", port(), Distribution.INSTALL_PATH,
                    metricsWhere());
            case LOCAL -> {
                LOG.info("local mode: no Slack credentials, so the bot talks to the playground's stand-in for"
                        + " Slack. To connect to Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or"
                        + " SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); see docs/slack-setup.md");
                LOG.info("playground: open {} to try the bot in your browser", Playground.url(port()));
            }
        }
        return this;
    }

    /**
     * Ready for Slack: started and not stopping, and the guides' search index built or still being built (a question
     * that arrives meanwhile waits for it after its ack); not ready once building it failed.
     */
    private boolean ready() {
        return ready.get() && !guides().searchReady().isCompletedExceptionally();
    }

    /**
     * Waits until no work after an ack is queued or running (up to {@code timeout}); true when idle. Lets a caller
     * that drives the app from outside (tests, a local playground) see the effects of one request before the next.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return executor.awaitIdle(timeout);
    }

    /**
     * Sends the reminders that are due now, as the scheduler does every few minutes; returns how many were sent.
     * The claim in the store makes a run alongside the scheduler's (or another instance's) send each one once.
     */
    public int sendDueReminders() {
        return dueReminders.sendDue();
    }

    /** In distribution mode, the installations (their jobs run on their own; tests run them at once). */
    public Optional<Installations> installations() {
        return distribution.map(InstallFeature::installations);
    }

    /**
     * In distribution mode, deletes the data of installations removed longer ago than {@code UNINSTALL_RETENTION},
     * as the hourly job does; returns how many.
     */
    public int deleteRemovedInstallationsData() {
        return distribution.map(InstallFeature::cleanUp).orElse(0);
    }

    /** The guides served now, their reloads and what the last one found wrong. */
    public LiveGuides guides() {
        // What stopped them, as the loading threw it (a GuideValidationException for guides with problems).
        return LiveGuides.joined(guides);
    }

    private void purgeExpired() {
        try {
            recorder.purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("could not purge old questions and votes; trying again tomorrow: {}", e.getMessage());
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return web.port();
    }

    /** The management port actually bound, when {@code METRICS_PORT} is set. */
    public Optional<Integer> metricsPort() {
        return management.map(Javalin::port);
    }

    private String metricsWhere() {
        return management.map(m -> "; metrics on http://0.0.0.0:" + m.port() + "/metrics")
                .orElse("; metrics on /metrics");
    }

    public Javalin web() {
        return web;
    }

    public SlackBot bot() {
        return bot;
    }

    /** Stops taking requests, lets those in flight finish, then stops the work after acks and the clients. */
    @Override
    public void close() {
        ready.set(false);
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            LOG.warn("Socket Mode did not close cleanly", e);
        }
        if (playground != null) {
            playground.disconnectPages();
        }
        try {
            web.stop();
        } catch (RuntimeException e) {
            LOG.warn("HTTP requests still running after {} s were cut off", WebServer.STOP_TIMEOUT.toSeconds());
        }
        management.ifPresent(Javalin::stop);
        if (watcher != null) {
            watcher.close();
        }
        retention.shutdownNow();
        distribution.ifPresent(InstallFeature::close);
        try {
            reminders.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("work after acks did not finish in time; stopping it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            bot.close();
        } catch (Exception e) {
            LOG.warn("Slack client did not close cleanly", e);
        }
        if (playground != null) {
            playground.close();
        }
        guides().close();
        metrics.close();
        LOG.info("stopped");
    }
}
