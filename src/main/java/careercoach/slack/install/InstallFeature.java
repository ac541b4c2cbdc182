package careercoach.slack.install;

import careercoach.config.Distribution;
import careercoach.install.InstallationRepository;
import careercoach.install.Installations;
import careercoach.install.TokenCipher;
import careercoach.install.TokenRefresh;
import careercoach.install.TokenRefreshException;
import careercoach.slack.MultiWorkspace;
import careercoach.slack.NotInstalledException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.WorkspaceClients;
import com.slack.api.Slack;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Distribution mode: the app installed by many workspaces with "Add to Slack". It gives the kit the OAuth settings,
 * the install pages and the per-workspace authorization ({@link MultiWorkspace}), answers {@code app_uninstalled}
 * and {@code tokens_revoked} (tokens deleted before the ack), and runs the installations' jobs: rotating tokens
 * refreshed before they expire, removed installations' data deleted after {@code UNINSTALL_RETENTION}, expired
 * OAuth states dropped.
 */
public final class InstallFeature implements SlackFeature, MultiWorkspace, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstallFeature.class);
    /** Rotating tokens are looked at this often; one is refreshed within two hours of its expiry. */
    static final Duration REFRESH_PERIOD = Duration.ofMinutes(5);
    /** Removed installations past their retention, and expired states, are looked for this often. */
    static final Duration CLEANUP_PERIOD = Duration.ofHours(1);

    private final InstallationRepository repository;
    private final Distribution settings;
    private final URI slackApiUrl;
    private final String scopes;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Installations installations;
    private volatile TokenRefresh refresh;
    private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "installations");
        thread.setDaemon(true);
        return thread;
    });

    /** @param scopes the bot scopes an install asks for ({@link InstallScopes#bot()}) */
    public InstallFeature(InstallationRepository repository, Distribution settings, URI slackApiUrl, String scopes,
                          Clock clock, MeterRegistry metrics) {
        this.repository = repository;
        this.settings = settings;
        this.slackApiUrl = slackApiUrl;
        this.scopes = scopes;
        this.clock = clock;
        this.metrics = metrics;
        this.installations = new Installations(repository, new TokenCipher(settings.tokenKeys()), this::refresh,
                clock, metrics);
    }

    /** The installations, for the jobs and for whoever drives the app from outside (tests). */
    public Installations installations() {
        return installations;
    }

    /**
     * Refuses to start when tokens are stored under keys {@code TOKEN_ENCRYPTION_KEY} does not hold (those
     * workspaces could not be served), and seals under the current key what an older one sealed.
     */
    public void checkKeys() {
        Set<String> missing = installations.missingKeyIds();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("TOKEN_ENCRYPTION_KEY does not hold the key(s) " + missing
                    + " that sealed stored tokens; add them after the current key (see docs/slack-setup.md)");
        }
        installations.resealUnderCurrentKey();
    }

    @Override
    public void configure(AppConfig.AppConfigBuilder config) {
        String redirectUri = settings.redirectUri().map(URI::toString).orElse(null);
        config.singleTeamBotToken(null)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(scopes)
                .userScope(null)
                .redirectUri(redirectUri)
                .oauthInstallPath(Distribution.INSTALL_PATH)
                .oauthStartPath(Distribution.INSTALL_PATH)
                .oauthRedirectUriPath(Distribution.REDIRECT_PATH)
                .oauthCallbackPath(Distribution.REDIRECT_PATH)
                .oAuthInstallPathEnabled(true)
                .oAuthRedirectUriPathEnabled(true)
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .stateValidationEnabled(true)
                // auth.test is answered from the installation (WorkspaceAuthorization), never asked of Slack.
                .authTestCacheEnabled(false);
    }

    @Override
    public List<Middleware> middleware(App app) {
        Slack slack = app.slack();
        this.refresh = new SlackTokenRefresh(slack, settings.clientId(), settings.clientSecret(), clock);
        slack.getConfig().getHttpClientResponseHandlers().add(new RefusedTokens(installations, slack));
        return List.of(
                new InstallPages(app, installations, new DatabaseOAuthStates(repository, clock), settings,
                        slackApiUrl, clock, metrics),
                new SSLCheck(null),
                new WorkspaceAuthorization(app.config(), installations),
                new IgnoringSelfEvents(slack.getConfig(), true));
    }

    @Override
    public WorkspaceClients clients(Slack slack) {
        return teamKey -> slack.methods(installations.forKey(teamKey)
                .orElseThrow(() -> new NotInstalledException(teamKey)).botToken());
    }

    @Override
    public void install(SlackSurface surface) {
        surface.app().event(AppUninstalledEvent.class, (payload, ctx) -> {
            installations.remove(payload.getEnterpriseId(), payload.getTeamId(), "app_uninstalled", issued(payload));
            return ctx.ack();
        });
        surface.app().event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                installations.remove(payload.getEnterpriseId(), payload.getTeamId(), "tokens_revoked",
                        issued(payload));
            }
            return ctx.ack();
        });
    }

    /** When Slack issued the event: a removal issued before the latest install is about an earlier one. */
    private static Instant issued(EventsApiPayload<?> payload) {
        return payload.getEventTime() == null ? null : Instant.ofEpochSecond(payload.getEventTime());
    }

    /** Starts the installations' jobs. */
    public void start() {
        jobs.scheduleWithFixedDelay(() -> run("refresh tokens", installations::refreshDue), 0,
                REFRESH_PERIOD.toSeconds(), TimeUnit.SECONDS);
        jobs.scheduleWithFixedDelay(() -> run("delete removed installations' data", this::cleanUp), 0,
                CLEANUP_PERIOD.toSeconds(), TimeUnit.SECONDS);
    }

    /** Deletes the data of installations removed longer ago than the retention, and expired OAuth states. */
    public int cleanUp() {
        repository.deleteExpiredStates(clock.instant());
        return installations.deleteDataRemovedBefore(settings.uninstallRetention());
    }

    private static void run(String job, IntSupplier work) {
        try {
            work.getAsInt();
        } catch (RuntimeException e) {
            // A failed run (database away) must not cancel the schedule: the next run tries again.
            LOG.warn("installations job '{}' failed; trying again later: {}", job, e.toString());
        }
    }

    private TokenRefresh.Refreshed refresh(String refreshToken) {
        TokenRefresh current = refresh;
        if (current == null) {
            throw new TokenRefreshException("not_started", null);
        }
        return current.refresh(refreshToken);
    }

    @Override
    public void close() {
        jobs.shutdownNow();
    }
}
