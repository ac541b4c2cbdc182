package careercoach;

import careercoach.checklist.ChecklistReminders;
import careercoach.checklist.ChecklistService;
import careercoach.checklist.PlanItems;
import careercoach.checklist.ReminderScheduler;
import careercoach.coach.Coach;
import careercoach.coach.ConversationKind;
import careercoach.config.Config;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.search.GuideSearch;
import careercoach.slack.CoachListeners;
import careercoach.slack.GuideCommands;
import careercoach.slack.ChecklistFeature;
import careercoach.slack.ChecklistHomeRenderer.StartCheckButton;
import careercoach.slack.CoachRenderer;
import careercoach.slack.SkillCheckSummaries;
import careercoach.slack.QuestionAnswerer;
import careercoach.slack.QuestionFeature;
import careercoach.slack.SlackBot;
import careercoach.slack.SlackFeature;
import careercoach.slack.UserGuides;
import careercoach.web.SlackEventsHandler;
import careercoach.web.SlackSignatureVerifier;
import careercoach.web.WebServer;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: builds every part by constructor from a {@link Config} and {@link Stores}.
 * {@link #start()} serves HTTP on the configured port (0 picks a free one, see {@link #port()}) and, with an
 * app token, connects Socket Mode; {@link #close()} stops gracefully.
 */
public final class CareerCoachApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CareerCoachApp.class);

    /** How often due checklists are looked for; reminders are per day, so minutes of delay do not matter. */
    private static final Duration REMINDER_PERIOD = Duration.ofMinutes(5);
    private final Clock clock = Clock.systemUTC();
    private final Config config;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final GuideSearch search;
    private final ExecutorService executor;
    private final SlackBot bot;
    private final Javalin web;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final ReminderScheduler reminders;
    private SocketModeApp socketMode;

    public CareerCoachApp(Config config, Stores stores) throws IOException {
        this.config = config;
        GuideLibrary library = new GuideLoader().load(config.indexData());
        this.search = GuideSearch.forIndexData(library, config.indexData(), GuideSearch.cacheDirectory(System::getenv));
        QuestionAnswerer answerer = search::search;
        UserGuides guides = new UserGuides(library, stores.guideChoices());
        this.executor = Executors.newFixedThreadPool(4, workerThreads());
        Coach coach = new Coach(library, stores.conversations(), stores.savedPlans(), Clock.systemUTC(),
                Coach.DEFAULT_EXPIRY, () -> UUID.randomUUID().toString());
        ChecklistFeature checklists = new ChecklistFeature(new ChecklistService(stores.checklists(), clock),
                PlanItems.visibleToOwnerAndSharees(stores.savedPlans()), SkillCheckSummaries.of(coach),
                Optional.of(new StartCheckButton(CoachRenderer.START_ACTION, ConversationKind.SKILL_CHECK.name())),
                clock);
        List<SlackFeature> features = List.of(
                new GuideCommands(),
                new QuestionFeature(answerer, stores.answerFeedback()),
                new CoachListeners(coach, stores.forgetMe(),
                        (surface, plan) -> checklists.savePrivate(surface, plan.teamId(), plan.userId(),
                                PlanItems.of(plan))),
                checklists);
        this.bot = new SlackBot(config, guides, stores.processedEvents(), executor, metrics, features);
        this.reminders = new ReminderScheduler(
                new ChecklistReminders(stores.checklists(), checklists.messages(), clock),
                REMINDER_PERIOD);
        Optional<SlackSignatureVerifier> verifier = config.signingSecret()
                .map(secret -> new SlackSignatureVerifier(secret, Clock.systemUTC()));
        this.web = WebServer.create(new SlackEventsHandler(verifier, bot.app(), metrics), ready::get, metrics);
    }

    public CareerCoachApp start() throws Exception {
        bot.app().start();
        web.start(config.port());
        if (config.mode() == Config.Mode.SOCKET) {
            socketMode = new SocketModeApp(config.appToken().orElseThrow(), bot.app(),
                    SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        }
        if (config.mode() != Config.Mode.LOCAL) {
            reminders.start();
        }
        ready.set(true);
        switch (config.mode()) {
            case HTTP -> LOG.info("serving Slack on http://0.0.0.0:{}/slack/events", port());
            case SOCKET -> LOG.info("connected to Slack in Socket Mode; health and metrics on port {}", port());
            case LOCAL -> LOG.info("local mode on port {}: no Slack credentials, so /slack/events refuses every"
                    + " request. To connect to Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or"
                    + " SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); see docs/slack-setup.md", port());
        }
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return web.port();
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
        web.stop();
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
        try {
            search.close();
        } catch (IOException e) {
            LOG.warn("search index did not close cleanly", e);
        }
        metrics.close();
        LOG.info("stopped");
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
