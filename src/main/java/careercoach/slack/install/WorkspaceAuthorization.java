package careercoach.slack.install;

import careercoach.install.ActiveInstallation;
import careercoach.install.Installations;
import careercoach.slack.TeamKey;
import com.google.gson.JsonObject;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
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
 *   <li>a request from a workspace with no installation is answered at once and ignored with one log line: a
 *       command's ack tells the person the app isn't installed there (any more); anything else gets an empty 200.
 *       Bolt answers an event 401, which Slack takes for a failure and retries, and posts its note to a command's
 *       response URL before the ack;</li>
 *   <li>the {@code auth.test} Bolt asks Slack before a request's ack (or caches) is answered from the installation,
 *       which the install verified: no ack waits on Slack;</li>
 *   <li>the request's {@link TeamKey} is set to its installation's key.</li>
 * </ul>
 * The installation is looked up once per request: Bolt's {@code findBot} gets the one found here.
 */
final class WorkspaceAuthorization extends MultiTeamsAuthorization {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAuthorization.class);

    private final Installations installations;
    private final ThreadLocal<ActiveInstallation> resolved;

    WorkspaceAuthorization(AppConfig config, Installations installations) {
        this(config, installations, new ThreadLocal<>());
    }

    private WorkspaceAuthorization(AppConfig config, Installations installations,
                                   ThreadLocal<ActiveInstallation> resolved) {
        super(config, new StoredInstallations(installations, resolved::get));
        this.installations = installations;
        this.resolved = resolved;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType())
                || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        Context context = req.getContext();
        Optional<ActiveInstallation> found = installations.forRequest(context.getEnterpriseId(), context.getTeamId());
        if (found.isEmpty()) {
            return notInstalled(req);
        }
        resolved.set(found.get());
        try {
            return super.apply(req, resp, authorized -> {
                TeamKey.set(authorized.getContext(), found.get().key());
                return chain.next(authorized);
            });
        } finally {
            resolved.remove();
        }
    }

    private static Response notInstalled(Request<?> req) {
        // The request's team, surface and ids are on this line (the request's log context).
        LOG.info("ignored a request from a workspace where the app is not installed");
        if (req.getRequestType() == RequestType.Command) {
            JsonObject body = new JsonObject();
            body.addProperty("response_type", "ephemeral");
            body.addProperty("text", StoredInstallations.NOT_INSTALLED);
            return Response.json(200, body);
        }
        return Response.builder().statusCode(200).body("").build();
    }

    @Override
    protected AuthTestResponse callAuthTest(String token, AppConfig config, MethodsClient client)
            throws IOException, SlackApiException {
        ActiveInstallation installation = resolved.get();
        if (installation == null || !installation.botToken().equals(token)) {
            return super.callAuthTest(token, config, client);
        }
        AuthTestResponse answer = new AuthTestResponse();
        answer.setOk(true);
        answer.setTeamId(installation.teamId().orElse(null));
        answer.setEnterpriseId(installation.enterpriseId().orElse(null));
        answer.setEnterpriseInstall(installation.orgWide());
        answer.setUserId(installation.botUserId());
        answer.setBotId(installation.botId().orElse(null));
        return answer;
    }
}
