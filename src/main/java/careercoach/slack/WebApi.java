package careercoach.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;

/**
 * Calls the Slack Web API with bounded retries: HTTP 429 waits for {@code Retry-After}; 5xx and I/O errors back off
 * exponentially. An {@code ok=false} answer becomes a {@link SlackDeliveryException} carrying Slack's error code.
 */
public final class WebApi {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final int maxAttempts;
    private final Duration firstBackoff;
    private final MeterRegistry metrics;

    /** Counts {@code slack.webapi.calls} by method and outcome and {@code slack.webapi.retries} by reason. */
    public WebApi(int maxAttempts, Duration firstBackoff, MeterRegistry metrics) {
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.metrics = metrics;
    }

    /** One Web API call, such as {@code () -> client.chatPostMessage(r -> ...)}. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException, SlackApiException;
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) throws SlackDeliveryException {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            Exception failure;
            try {
                T response = call.call();
                if (response.isOk()) {
                    count(method, "ok");
                    return response;
                }
                count(method, "slack_error");
                throw new SlackDeliveryException(method, response.getError(), null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    wait = retryAfter(e);
                } else if (status >= 500) {
                    wait = backoff;
                    backoff = backoff.multipliedBy(2);
                } else {
                    count(method, "http_error");
                    throw new SlackDeliveryException(method, "http_" + status, e);
                }
                failure = e;
            } catch (IOException e) {
                wait = backoff;
                backoff = backoff.multipliedBy(2);
                failure = e;
            }
            String reason = failure instanceof SlackApiException api
                    ? (api.getResponse().code() == 429 ? "rate_limited" : "server_error") : "network_error";
            if (attempt >= maxAttempts) {
                count(method, "gave_up_" + reason);
                throw new SlackDeliveryException(method, "gave_up_after_" + attempt + "_attempts", failure);
            }
            LOG.info("{} failed ({}), retrying in {} ms (attempt {} of {})", method, failure.getMessage(),
                    wait.toMillis(), attempt + 1, maxAttempts);
            metrics.counter("slack.webapi.retries", "method", method, "reason", reason).increment();
            sleep(wait);
        }
    }

    private void count(String method, String outcome) {
        metrics.counter("slack.webapi.calls", "method", method, "outcome", outcome).increment();
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            Duration wait = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.strip()));
            return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
        } catch (NumberFormatException ignored) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration wait) throws SlackDeliveryException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackDeliveryException("retry", "interrupted", e);
        }
    }
}
