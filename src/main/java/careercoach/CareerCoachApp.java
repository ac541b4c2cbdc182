package careercoach;

import careercoach.checklist.ChecklistService;
import careercoach.checklist.PlanItems;
import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.config.Config;
import careercoach.config.Distribution;
import careercoach.content.AnswerRecorder;
import careercoach.content.ContentReports;
import careercoach.content.DailyPurge;
import careercoach.guide.GuideLoader;
import careercoach.guide.SectionKinds;
import careercoach.guide.RoleComparer;
import careercoach.install.Installations;
import careercoach.playground.Playground;
import careercoach.search.GuideSearch;
import careercoach.search.IndexDataWatcher;
import careercoach.search.KindsByMeaning;
import careercoach.search.LiveGuides;
import careercoach.search.SentenceVectors;
import careercoach.slack.BotTokenCheck;
import careercoach.slack.SlackBot;
import careercoach.slack.SlackFeature;
import careercoach.slack.UserGuides;
import careercoach.slack.WorkAfterAck;
import careercoach.slack.ask.QuestionFeature;
import careercoach.slack.assistant.AssistantFeature;
import careercoach.slack.checklist.ChecklistFeature;
import careercoach.slack.coach.CoachFeature;
import careercoach.slack.guide.GuideFeature;
import careercoach.slack.install.InstallFeature;
import careercoach.slack.install.InstallScopes;
import careercoach.slack.paths.PathsFeature;
import careercoach.slack.report.ReportFeature;
import careercoach.slack.workflow.WorkflowFeature;
import careercoach.web.InstallPagesHandler;
import careercoach.web.SlackEventsHandler;
import careercoach.web.SlackSignatureVerifier;
import careercoach.web.WebServer;
import io.javalin.Javalin;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root: builds every part by constructor from a {@link Config} and {@link Stores}, then starts and
 * stops them in order. {@link #start()} serves HTTP on the configured port (0 picks a free one, see {@link #port()})
 * and, with an app token, connects Socket Mode; {@link #close()} stops gracefully. {@link #builder} changes a part
 * (the clock, the limits, guides loading meanwhile) for tests and {@code serve}.
 */
public final class CareerCoachApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CareerCoachApp.class);

    private final Config config;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * The guides and their index as served now (their content is replaced when index-data changes on disk); loaded
     * on a thread of their own while the rest is built, and complete once the constructor has returned. Their
     * search index may still be being built then (see {@link LiveGuides#searchReady()}).
     */
    private final CompletableFuture<LiveGuides> guides;
    private final WorkAfterAck executor;
    private final ChecklistFeature checklists;
    private final WorkflowFeature workflows;
    private final SlackBot bot;
    private final Javalin web;
    private final Optional<Javalin> management;
    /** Local mode only: the page that drives the bot through a stand-in for Slack. */
    private final Playground playground;
    /** Distribution mode only: installations, the install pages, per-workspace authorization. */
    private final Optional<InstallFeature> distribution;
    private final DailyPurge purge;
    private final AtomicBoolean ready = new AtomicBoolean();
    private IndexDataWatcher watcher;

    /** Production's parts, from the configuration and the stores. */
    public CareerCoachApp(Config config, Stores stores) throws IOException {
        this(builder(config, stores));
    }

    CareerCoachApp(AppBuilder parts) throws IOException {
        Config config = parts.config();
        Stores stores = parts.stores();
        Clock clock = parts.clock();
        this.config = config;
        this.guides = parts.guides().orElseGet(() -> loadGuides(config, clock));
        try {
            UserGuides userGuides = new UserGuides(() -> guides().library(), stores.guideChoices());
            AnswerRecorder recorder = new AnswerRecorder(stores.questionLog(), config.recordQuestions(), clock);
            ContentReports reports = new ContentReports(stores.questionLog(), SentenceVectors::of,
                    () -> guides().status().failure(), () -> guides().library().guides().stream()
                    .flatMap(g -> SectionKinds.describe(g).stream()).toList(), clock, config.recordQuestions());
            this.executor = new WorkAfterAck(parts.limits().threads(), parts.limits().queue(), metrics);
            Coach coach = new Coach(() -> guides().library(), stores.conversations(), stores.savedPlans(), clock,
                    Coach.DEFAULT_EXPIRY, () -> UUID.randomUUID().toString());
            // The playground's people are made up and reset with it: no reminders are scheduled for them.
            this.checklists = new ChecklistFeature(new ChecklistService(stores.checklists(), clock),
                    PlanItems.visibleToOwnerAndSharees(stores.savedPlans()),
                    PlanItems.sharedWithViewer(stores.savedPlans()), stores.checklists(), clock,
                    config.mode() != Config.Mode.LOCAL);
            this.distribution = config.distribution().map(settings -> new InstallFeature(
                    stores.installations().orElseThrow(() -> new IllegalStateException(
                            "distribution mode keeps its installations in the database; these stores have none")),
                    settings, config.slackApiUrl(), InstallScopes.bot(), clock, metrics));
            distribution.ifPresent(InstallFeature::checkKeys);
            RoleComparer comparer = new RoleComparer(SentenceVectors::of);
            CoachFeature coachFeature = new CoachFeature(coach, stores.forgetMe(),
                    (surface, plan) -> checklists.savePrivate(surface, plan.teamId(), plan.userId(),
                            PlanItems.of(plan)),
                    checklists::prepareForget, comparer::match);
            this.workflows = new WorkflowFeature(stores.workflowRuns(), checklists,
                    coachFeature::startSkillCheck, clock);
            List<SlackFeature> features = new ArrayList<>(List.of(
                    new GuideFeature(),
                    new PathsFeature(comparer),
                    new QuestionFeature((question, guideId, limit) -> guides().search(question, guideId, limit),
                            stores.answerFeedback(), recorder, stores.threadMemory(), clock),
                    coachFeature,
                    checklists,
                    new ReportFeature(reports, config::isGuideAuthor, config.mode() == Config.Mode.DISTRIBUTION),
                    workflows));
            distribution.ifPresent(features::add);
            ChecklistService checklistsOfPerson = new ChecklistService(stores.checklists(), clock);
            stores.assistantThreads().ifPresent(threads -> features.add(new AssistantFeature(threads,
                    new AssistantFeature.People() {
                        @Override
                        public boolean pausedSkillCheck(String teamId, String userId) {
                            // The check "Continue my skill check" resumes: the own role's, on a guide still served.
                            return coach.resumable(teamId, userId, ConversationKind.SKILL_CHECK, "")
                                    .filter(c -> c.status() == Conversation.Status.PAUSED).isPresent();
                        }

                        @Override
                        public boolean openChecklistItems(String teamId, String userId) {
                            return checklistsOfPerson.naming(teamId, userId).stream()
                                    .anyMatch(c -> !c.openItems().isEmpty());
                        }
                    })));
            this.playground = config.mode() == Config.Mode.LOCAL ? new Playground() : null;
            Config botConfig = playground == null ? config : playground.botConfig(config);
            if (parts.slackChecked().isEmpty() || playground != null) {
                BotTokenCheck.check(botConfig);
            } else {
                BotTokenCheck.await(parts.slackChecked().get());
            }
            this.bot = new SlackBot(botConfig, userGuides, stores.processedEvents(), executor, parts.limits(), metrics,
                    features, distribution);
            // Caches of people's data made by the features at install: forget-me clears them too.
            features.forEach(feature -> feature.personalCaches().forEach(stores.forgetMe()::register));
            Optional<SlackSignatureVerifier> verifier = botConfig.signingSecret()
                    .map(secret -> new SlackSignatureVerifier(secret, Clock.systemUTC()));
            this.web = WebServer.create(config.host(), config.port(), parts.httpLimits(),
                    new SlackEventsHandler(verifier, bot.app(), stores.seenSignatures(), metrics), this::ready, metrics,
                    config.metricsPort().isEmpty(), playground != null ? playground::routes
                            : distribution.isPresent() ? InstallPagesHandler.routes(bot.app())
                            : routes -> { });
            if (playground != null) {
                playground.connect(stores.forgetMe()::forget, this::awaitIdle);
            }
            this.management = config.metricsPort()
                    .map(port -> WebServer.management(config.host(), port, metrics));
            this.purge = new DailyPurge(recorder);
            guides();
        } catch (RuntimeException | Error e) {
            guides.thenAccept(LiveGuides::close);
            throw e;
        }
    }

    /** Production's parts, to change some of them before {@link AppBuilder#build}. */
    public static AppBuilder builder(Config config, Stores stores) {
        return new AppBuilder(config, stores);
    }

    /** Starts loading the guides of the configuration's index-data, and then indexing them, meanwhile. */
    public static CompletableFuture<LiveGuides> loadGuides(Config config, Clock clock) {
        Optional<Path> searchCache = GuideSearch.cacheDirectory(System::getenv);
        return LiveGuides.loadInBackground(config.indexData(), new GuideLoader(config.defaultGuide())
                .readingKinds(KindsByMeaning.reader(searchCache)), searchCache, clock);
    }

    public CareerCoachApp start() throws Exception {
        bot.start();
        web.start();
        management.ifPresent(Javalin::start);
        if (playground != null) {
            playground.serving(port());
            // The workspace lives in memory, so the bot's data about its people starts afresh with it.
            playground.reset();
        }
        watcher = guides().watch();
        purge.start();
        ready.set(true);
        switch (config.mode()) {
            case HTTP -> LOG.info("serving Slack on http://{}:{}/slack/events{}", config.host(), port(),
                    metricsWhere());
            case SOCKET -> LOG.info("connected to Slack in Socket Mode; health on port {}{}", port(),
                    metricsWhere());
            case DISTRIBUTION -> LOG.info("serving Slack for every workspace that installs the app on"
                    + " http://{}:{}/slack/events; installs start at {}{}", config.host(), port(),
                    Distribution.INSTALL_PATH, metricsWhere());
            case LOCAL -> {
                LOG.info("local mode: no Slack credentials, so the bot talks to the playground's stand-in for"
                        + " Slack. To connect to Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or"
                        + " SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); see docs/slack-setup.md");
                LOG.info("playground: open {} to try the bot in your browser", Playground.url(port()));
            }
        }
        config.guideAuthorsWarning().ifPresent(LOG::warn);
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

    /** Sends the checklist reminders that are due now, as their schedule does; returns how many were sent. */
    public int sendDueReminders() {
        return checklists.sendDueReminders();
    }

    /**
     * Reports to Slack the workflow steps a stopped process left unfinished, as their schedule does; returns how many.
     */
    public int finishInterruptedWorkflowSteps() {
        return workflows.finishInterrupted();
    }

    /** Sends the managers' weekly digests that are due now, as their schedule does; returns how many were sent. */
    public int sendDueDigests() {
        return checklists.sendDueDigests();
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

    /** The port actually bound (useful with port 0). */
    public int port() {
        return web.port();
    }

    /** The management port actually bound, when {@code METRICS_PORT} is set. */
    public Optional<Integer> metricsPort() {
        return management.map(Javalin::port);
    }

    /** Where the management port listens, when {@code METRICS_PORT} is set: loopback only in local mode. */
    public Optional<String> metricsHost() {
        return management.map(WebServer::host);
    }

    private String metricsWhere() {
        return management.map(m -> "; metrics on http://" + config.host() + ":" + m.port() + "/metrics")
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
        bot.disconnect();
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
        purge.close();
        executor.stop(Duration.ofSeconds(10));
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
