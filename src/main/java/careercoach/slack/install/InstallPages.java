package careercoach.slack.install;

import careercoach.config.Distribution;
import careercoach.failure.StoreException;
import careercoach.install.Installations;
import careercoach.install.NewInstallation;
import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * {@code /slack/install} and {@code /slack/oauth_redirect}, as Bolt's parser recognises them from the app's
 * configuration. Answered here rather than by Bolt's default OAuth handlers, so that each fault gets a page that
 * says what happened and one log line: a state that cannot be stored (Bolt answers 500 "something wrong"), a
 * missing, forged, replayed or expired state, a cancelled install, Slack refusing or not answering
 * {@code oauth.v2.access}, and the database out of reach while the installation is saved. Nothing is written
 * unless the whole installation is, in one transaction.
 */
final class InstallPages implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(InstallPages.class);
    /** Where Bolt builds Slack's authorize page; the same page of the configured Slack is used instead. */
    private static final String SLACKS_AUTHORIZE = "https://slack.com/oauth/v2/authorize";

    private final App app;
    private final Installations installations;
    private final DatabaseOAuthStates states;
    private final Distribution settings;
    private final URI slack;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final InstallPageRenderer pages = new InstallPageRenderer();

    /** @param slackApiUrl the Web API's base; Slack's pages are on the same host ({@code /oauth/v2/authorize}) */
    InstallPages(App app, Installations installations, DatabaseOAuthStates states, Distribution settings,
                 URI slackApiUrl, Clock clock, MeterRegistry metrics) {
        this.app = app;
        this.installations = installations;
        this.states = states;
        this.settings = settings;
        this.slack = slackApiUrl.resolve("/");
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.OAuthStart) {
            return start(req);
        }
        if (req.getRequestType() == RequestType.OAuthCallback) {
            return callback((OAuthCallbackRequest) req);
        }
        return chain.next(req);
    }

    private Response start(Request<?> req) throws Exception {
        Response response = newResponse();
        String state;
        try {
            state = states.issueNewState(req, response);
        } catch (StoreException e) {
            return unavailable(newResponse(), "start", e);
        }
        String url = app.buildAuthorizeUrl(state);
        if (url.startsWith(SLACKS_AUTHORIZE)) {
            url = slack.resolve("oauth/v2/authorize") + url.substring(SLACKS_AUTHORIZE.length());
        }
        count("start", "shown");
        return html(response, 200, pages.start(url));
    }

    private Response callback(OAuthCallbackRequest req) {
        Response response = newResponse();
        states.clearCookie(response);
        VerificationCodePayload payload = req.getPayload();
        if (payload.getError() != null) {
            String error = safe(payload.getError());
            LOG.info("an install was not completed at Slack ({})", error);
            count("callback", "cancelled");
            return html(response, 200, pages.notInstalled("access_denied".equals(error)
                    ? "You chose not to allow " + InstallPageRenderer.APP_NAME + ", so nothing was installed."
                    : "Slack did not complete the installation (" + error + "), so nothing was installed.",
                    Distribution.INSTALL_PATH));
        }
        boolean valid;
        try {
            valid = states.isValid(req);
        } catch (StoreException e) {
            return unavailable(response, "callback", e);
        }
        if (!valid) {
            LOG.warn("refused an install: its state was missing, unknown, expired or used before, or not this"
                    + " browser's");
            count("callback", "bad_state");
            return html(response, 400, pages.notInstalled("This install link is no longer valid: it expired, was"
                    + " used already, or was not started from this browser. Nothing was installed.",
                    Distribution.INSTALL_PATH));
        }
        if (payload.getCode() == null || payload.getCode().isBlank()) {
            LOG.warn("refused an install: Slack's redirect carried no code");
            count("callback", "no_code");
            return html(response, 400, pages.notInstalled("Slack sent no authorization code, so nothing was"
                    + " installed.", Distribution.INSTALL_PATH));
        }
        OAuthV2AccessResponse granted;
        try {
            granted = app.slack().methods().oauthV2Access(r -> r.clientId(settings.clientId())
                    .clientSecret(settings.clientSecret()).code(payload.getCode())
                    .redirectUri(settings.redirectUri().map(URI::toString).orElse(null)));
        } catch (IOException | SlackApiException e) {
            String why = e instanceof SlackApiException api ? "http_" + api.getResponse().code()
                    : e instanceof InterruptedIOException ? "timeout" : e.getClass().getSimpleName();
            LOG.warn("an install failed: oauth.v2.access did not answer ({})", why);
            count("callback", "slack_unreachable");
            return html(response, 502, pages.notInstalled("Slack did not answer in time, so nothing was installed."
                    + " Please try again.", Distribution.INSTALL_PATH));
        }
        if (!granted.isOk() || granted.getAccessToken() == null || granted.getBotUserId() == null) {
            String error = granted.isOk() ? "no_bot_token" : safe(granted.getError());
            LOG.warn("an install failed: Slack refused oauth.v2.access ({})", error);
            count("callback", "refused");
            return html(response, 502, pages.notInstalled("Slack refused the installation (" + error + "), so"
                    + " nothing was installed.", Distribution.INSTALL_PATH));
        }
        NewInstallation installation = installation(granted);
        boolean again;
        try {
            again = installations.install(installation);
        } catch (StoreException e) {
            return unavailable(response, "callback", e);
        }
        count("callback", again ? "reinstalled" : "installed");
        String name = granted.getTeam() != null ? granted.getTeam().getName()
                : granted.getEnterprise() != null ? granted.getEnterprise().getName() : null;
        return html(response, 200, pages.installed(name, again, slack.resolve("app_redirect?app="
                + encode(granted.getAppId()) + installation.teamId().map(t -> "&team=" + encode(t)).orElse(""))
                .toString()));
    }

    private NewInstallation installation(OAuthV2AccessResponse granted) {
        Optional<String> botId = Optional.empty();
        try {
            // The bot id is not in the grant; Slack's own tools use it to tell the bot's messages.
            AuthTestResponse auth = app.slack().methods(granted.getAccessToken()).authTest(r -> r);
            if (auth.isOk()) {
                botId = Optional.ofNullable(auth.getBotId());
            } else {
                LOG.warn("installed without the bot id: auth.test answered {}", safe(auth.getError()));
            }
        } catch (IOException | SlackApiException e) {
            LOG.warn("installed without the bot id: auth.test failed ({})", e.getClass().getSimpleName());
        }
        Optional<String> enterpriseId = Optional.ofNullable(granted.getEnterprise()).map(e -> e.getId());
        Optional<String> teamId = granted.isEnterpriseInstall() ? Optional.empty()
                : Optional.ofNullable(granted.getTeam()).map(t -> t.getId());
        Optional<String> name = Optional.ofNullable(granted.getTeam()).map(t -> t.getName())
                .or(() -> Optional.ofNullable(granted.getEnterprise()).map(e -> e.getName()));
        return new NewInstallation(enterpriseId, teamId, granted.isEnterpriseInstall(), name,
                granted.getAppId(), granted.getBotUserId(), botId,
                Optional.ofNullable(granted.getAuthedUser()).map(u -> u.getId()), String.valueOf(granted.getScope()),
                granted.getAccessToken(), Optional.ofNullable(granted.getRefreshToken()),
                Optional.ofNullable(granted.getExpiresIn()).map(s -> clock.instant().plusSeconds(s)));
    }

    private Response unavailable(Response response, String page, StoreException e) {
        LOG.warn("an install page could not reach the database: {}", e.getMessage());
        count(page, "store_unavailable");
        return html(response, 503, pages.notInstalled("The app's database is out of reach for a moment, so"
                + " nothing was installed. Please try again in a minute.", Distribution.INSTALL_PATH));
    }

    private void count(String page, String outcome) {
        metrics.counter("career.install.pages", "page", page, "outcome", outcome).increment();
    }

    private static Response newResponse() {
        return Response.builder().statusCode(200).headers(new HashMap<>()).build();
    }

    private static Response html(Response response, int status, String body) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(body);
        response.getHeaders().put("Cache-Control", List.of("no-store"));
        return response;
    }

    /** An error code from a query string or an answer, fit for a log line and a page. */
    private static String safe(String error) {
        String clean = error == null ? "unknown" : error.replaceAll("[^A-Za-z0-9_.-]", "");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
