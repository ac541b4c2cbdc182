package careercoach.slack;

import careercoach.config.Config;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.socket_mode.SocketModeClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Bolt app with every feature installed, over HTTP or Socket Mode. Signature checks happen in front of it, in UTF-8
 * ({@code careercoach.web.SlackSignatureVerifier}), so Bolt's own platform-charset check is switched off.
 */
public final class SlackBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    private final Config config;
    private final Slack slack;
    private final App app;
    private final CareerCommands commands;
    private final HomeTab home;
    private final Admission admission;
    private final List<SlackFeature> features;
    private SocketModeApp socketMode;

    public SlackBot(Config config, UserGuides guides, ProcessedEvents processedEvents, WorkAfterAck executor,
                    DeliveryLimits limits, MeterRegistry metrics, List<SlackFeature> features) {
        this(config, guides, processedEvents, executor, limits, metrics, features, Optional.empty());
    }

    /** @param workspaces in distribution mode: how each request and job finds its own workspace's token */
    public SlackBot(Config config, UserGuides guides, ProcessedEvents processedEvents, WorkAfterAck executor,
                    DeliveryLimits limits, MeterRegistry metrics, List<SlackFeature> features,
                    Optional<? extends MultiWorkspace> workspaces) {
        this.config = config;
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl().toString());
        // One deadline for every call to Slack, so a hung call frees its thread instead of holding it for good.
        int timeoutMillis = Math.toIntExact(limits.callTimeout().toMillis());
        slackConfig.setHttpClientCallTimeoutMillis(timeoutMillis);
        slackConfig.setHttpClientReadTimeoutMillis(timeoutMillis);
        slackConfig.setHttpClientWriteTimeoutMillis(timeoutMillis);
        // The client's own per-team call statistics: unused here (WebApi counts calls in our metrics), and they
        // cost an auth.test per token and bookkeeping on every call.
        slackConfig.setStatsEnabled(false);
        this.slack = new SharedGsonSlack(slackConfig);
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(config.botToken().orElse(null))
                .signingSecret(config.signingSecret().orElse(null))
                .requestVerificationEnabled(false)
                // One workspace, one bot token, checked at start: Bolt's cache of that auth.test otherwise expires
                // at once (it is stamped as 10 minutes old) and every request of the first burst asks Slack again.
                .authTestCacheExpirationMillis(-1)
                // Bot messages, edits and deletes are not for us: acknowledged quietly, logged at debug.
                .subtypedMessageEventsAutoAckEnabled(true);
        workspaces.ifPresent(w -> w.configure(appConfig));
        // Distribution mode brings its own authorization, in its own place in the chain (see MultiWorkspace).
        this.app = workspaces.isEmpty() ? new App(appConfig.build())
                : new App(appConfig.build(), slack, new ArrayList<>());
        WebApi webApi = new WebApi(limits.attempts(), limits.firstBackoff(), metrics);
        this.admission = new Admission(executor, webApi);
        app.use(admission);
        app.use(new StoreOutage(webApi, executor, metrics));
        workspaces.ifPresent(w -> w.middleware(app).forEach(app::use));
        app.use(new EventDeduplication(processedEvents));
        app.use(new ClicksNameTheirSender());
        WorkspaceClients clients = workspaces.isPresent() ? workspaces.get().clients(slack) : teamKey -> app.client();
        this.commands = new CareerCommands(guides);
        app.command(CareerCommands.COMMAND, commands::handle);
        MessageRouter messages = new MessageRouter();
        app.event(MessageEvent.class, (payload, ctx) -> {
            Optional<IncomingMessage> message = IncomingMessage.of(payload);
            if (message.isPresent()) {
                messages.route(message.get().keptUnder(TeamKey.of(ctx, payload.getTeamId())), ctx);
            }
            return ctx.ack();
        });
        // A DM with a file: its words are answered as any DM's; a file alone is told files are not read.
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            Optional<IncomingMessage> message = IncomingMessage.ofFileShare(payload);
            if (message.isPresent() && !message.get().text().isBlank()) {
                messages.route(message.get().keptUnder(TeamKey.of(ctx, payload.getTeamId())), ctx);
            } else if (message.isPresent()) {
                MethodsClient client = ctx.client();
                String channel = message.get().channelId();
                executor.execute(() -> {
                    try {
                        webApi.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                                .text(IncomingMessage.FILES_NOT_READ)));
                    } catch (SlackDeliveryException e) {
                        LOG.warn("could not say that files are not read: {}", e.error());
                    }
                });
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            Optional<IncomingMessage> message = IncomingMessage.ofMention(payload);
            if (message.isPresent()) {
                messages.route(message.get().keptUnder(TeamKey.of(ctx, payload.getTeamId())), ctx);
            }
            return ctx.ack();
        });
        this.home = new HomeTab(webApi, clients, executor, limits.homeWindow());
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                String teamKey = TeamKey.of(ctx, payload.getTeamId());
                executor.execute(() -> home.publish(teamKey, event.getUser()));
            }
            return ctx.ack();
        });
        SlackSurface surface = new SlackSurface(app, commands, messages, home, guides, webApi, executor, metrics,
                clients, processedEvents);
        this.features = List.copyOf(features);
        this.features.forEach(feature -> feature.install(surface));
    }

    /**
     * Starts the Bolt app, connects Socket Mode when the configuration has an app token (HTTP requests reach the
     * app through {@code careercoach.web}), then starts what the features run on their own.
     */
    public void start() throws Exception {
        app.start();
        if (config.mode() == Config.Mode.SOCKET) {
            socketMode = new SocketModeApp(config.appToken().orElseThrow(), app,
                    SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        }
        features.forEach(SlackFeature::start);
    }

    /** Stops taking requests over Socket Mode (the first step of a stop); HTTP requests stop with the server. */
    public void disconnect() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            LOG.warn("Socket Mode did not close cleanly", e);
        }
    }

    public App app() {
        return app;
    }

    public CareerCommands commands() {
        return commands;
    }

    public HomeTab home() {
        return home;
    }

    @Override
    public void close() throws Exception {
        features.forEach(SlackFeature::close);
        admission.close();
        app.stop();
        slack.close();
    }
}
