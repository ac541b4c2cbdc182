package careercoach.slack;

import careercoach.config.Config;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks Slack who the bot token belongs to before Bolt does, so that an unreachable Slack and a refused token each
 * stop the start with a one-line message saying which it is.
 */
public final class BotTokenCheck {

    private BotTokenCheck() {
    }

    /** Checks the token now (nothing to check without one); throws a one-line {@link IllegalStateException}. */
    public static void check(Config config) {
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
     * Starts {@link #check} on a thread of its own: the Slack client's first call (loading it, connecting) is a good
     * part of a start and needs nothing else that is started. {@link #await} waits for it.
     */
    public static CompletableFuture<Void> inBackground(Config config) {
        CompletableFuture<Void> checked = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                check(config);
                checked.complete(null);
            } catch (Throwable e) {
                checked.completeExceptionally(e);
            }
        }, "slack-check");
        thread.setDaemon(true);
        thread.start();
        return checked;
    }

    /** Waits for a check started by {@link #inBackground}; throws what it threw. */
    public static void await(CompletableFuture<Void> checked) {
        try {
            checked.join();
        } catch (CompletionException e) {
            // As check threw it: a one-line IllegalStateException naming what is wrong.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
