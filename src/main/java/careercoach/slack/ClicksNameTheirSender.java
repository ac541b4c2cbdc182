package careercoach.slack;

import careercoach.failure.MalformedPayloadException;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * A click Slack sends always names its workspace and its user: one without them is malformed, refused here once,
 * so that no feature's listener has to check them (and a missing one is never mistaken for our own bug). The
 * workspace is the payload's {@code team}, or, in an org-wide install where Slack leaves {@code team} null, the
 * user's {@code team_id} ({@link TeamKey#teamOf}).
 */
final class ClicksNameTheirSender implements Middleware {

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req instanceof BlockActionRequest click) {
            BlockActionPayload payload = click.getPayload();
            if (payload == null || payload.getUser() == null || payload.getUser().getId() == null
                    || TeamKey.teamOf(payload) == null) {
                throw new MalformedPayloadException("a click without its team or user");
            }
        }
        return chain.next(req);
    }
}
