package careercoach.slack.install;

import careercoach.install.ActiveInstallation;
import careercoach.install.Installations;
import careercoach.slack.TeamKey;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * Bolt's multi-workspace authorization over the stored installations, with three differences:
 * <ul>
 *   <li>the {@code auth.test} Bolt would ask Slack before every request's ack (or cache) is answered from the
 *       installation itself, which the install verified: no ack waits on Slack;</li>
 *   <li>a request from a workspace with no installation is answered 200 and ignored with one log line (Bolt
 *       answers 401, which Slack takes for a failure and retries); a command or click there still gets Bolt's
 *       note through its response URL;</li>
 *   <li>the request's {@link TeamKey} is set to its installation's key.</li>
 * </ul>
 */
final class WorkspaceAuthorization extends MultiTeamsAuthorization {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAuthorization.class);

    private final Installations installations;

    WorkspaceAuthorization(AppConfig config, Installations installations) {
        super(config, new StoredInstallations(installations));
        this.installations = installations;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        return super.apply(req, resp, authorized -> {
            Context context = authorized.getContext();
            if (context.getBotToken() != null) {
                installations.byToken(context.getBotToken()).map(ActiveInstallation::key)
                        .ifPresent(key -> TeamKey.set(context, key));
            }
            return chain.next(authorized);
        });
    }

    @Override
    protected AuthTestResponse callAuthTest(String token, AppConfig config, MethodsClient client)
            throws IOException, SlackApiException {
        Optional<ActiveInstallation> known = installations.byToken(token);
        if (known.isEmpty()) {
            return super.callAuthTest(token, config, client);
        }
        ActiveInstallation installation = known.get();
        AuthTestResponse answer = new AuthTestResponse();
        answer.setOk(true);
        answer.setTeamId(installation.teamId().orElse(null));
        answer.setEnterpriseId(installation.enterpriseId().orElse(null));
        answer.setEnterpriseInstall(installation.orgWide());
        answer.setUserId(installation.botUserId());
        answer.setBotId(installation.botId().orElse(null));
        return answer;
    }

    @Override
    protected Response buildError(int statusCode, AuthTestResponse authTestResponse, IOException ioException,
                                  SlackApiException slackException) {
        if (statusCode == 401) {
            // The request's team, surface and ids are on the log line (the request's context).
            LOG.info("ignored a request from a workspace where the app is not installed");
            return Response.builder().statusCode(200).body("").build();
        }
        return super.buildError(statusCode, authTestResponse, ioException, slackException);
    }
}
