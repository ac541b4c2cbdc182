package careercoach.slack.install;

import careercoach.install.Installations;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.util.http.listener.HttpResponseListener;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Watches every Web API answer for a workspace's token that Slack calls dead ({@code invalid_auth},
 * {@code account_inactive}, {@code token_revoked}) and removes that installation at once, so its token is never
 * used again and no job retries it. One method's {@code account_inactive} can be about the recipient (a
 * deactivated user), not the token, so an answer other than {@code auth.test}'s is first confirmed by asking
 * {@code auth.test} with the same token.
 */
final class RefusedTokens extends HttpResponseListener {
    private static final Logger LOG = LoggerFactory.getLogger(RefusedTokens.class);
    private static final Set<String> DEAD = Set.of("invalid_auth", "account_inactive", "token_revoked");

    private final Installations installations;
    private final Slack slack;

    RefusedTokens(Installations installations, Slack slack) {
        this.installations = installations;
        this.slack = slack;
    }

    @Override
    public void accept(State state) {
        String body = state.getParsedResponseBody();
        Response response = state.getResponse();
        if (body == null || response == null || !body.contains("\"ok\":false")) {
            return;
        }
        String error = error(body);
        String authorization = response.request().header("Authorization");
        if (error == null || !DEAD.contains(error) || authorization == null || !authorization.startsWith("Bearer ")) {
            return;
        }
        String token = authorization.substring("Bearer ".length());
        if (installations.byToken(token).isEmpty()) {
            return;
        }
        String method = response.request().url().pathSegments().get(response.request().url().pathSize() - 1);
        if (method.equals("auth.test")) {
            installations.removeRefused(token, error);
            return;
        }
        try {
            // Its answer comes back through here: an auth.test that says the token is dead removes it.
            slack.methods(token).authTest(r -> r);
        } catch (Exception e) {
            LOG.info("could not confirm with auth.test whether a token is dead: {}", e.getClass().getSimpleName());
        }
    }

    private static String error(String body) {
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject()) {
                JsonObject answer = parsed.getAsJsonObject();
                JsonElement error = answer.get("error");
                return error != null && error.isJsonPrimitive() ? error.getAsString() : null;
            }
        } catch (RuntimeException notJson) {
            // not an answer of the Web API
        }
        return null;
    }
}
