package careercoach.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Calls the Slack Web API (and response URLs) with bounded retries: HTTP 429 waits for {@code Retry-After} (a
 * missing or malformed one means the usual backoff); 5xx and network errors back off exponentially. A call that
 * posts something is never repeated after a timeout: Slack may have posted it already, and a second try would post
 * it twice. Every call that fails for good is logged and counted ({@code career_slack_failures_total}).
 */
public final class WebApi {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** The "method" name under which response URL posts are logged and counted. */
    public static final String RESPONSE_URL = "response_url";
    /** Methods that post something new each time they succeed: repeated after a timeout they would post twice. */
    private static final Set<String> POSTS = Set.of("chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage",
            "chat.meMessage", "views.open", "views.push", "files.completeUploadExternal", RESPONSE_URL);

    private final int maxAttempts;
    private final Duration firstBackoff;
    private final MeterRegistry metrics;

    public WebApi(int maxAttempts, Duration firstBackoff) {
        this(maxAttempts, firstBackoff, new SimpleMeterRegistry());
    }

    /**
     * Counts {@code slack.webapi.calls} by method and final outcome ({@code ok} or why it failed for good) and
     * {@code slack.webapi.retries} by reason.
     */
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

    /** One post to a response URL, such as {@code () -> ctx.respond(r -> ...)}. */
    @FunctionalInterface
    public interface Respond {
        WebhookResponse post() throws IOException;
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) throws SlackDeliveryException {
        return call(method, Optional.empty(), call);
    }

    /**
     * Like {@link #call(String, Call)}, but gives up instead of retrying when the retry could not start before
     * {@code deadline} (a {@code trigger_id} is good for 3 seconds).
     */
    public <T extends SlackApiTextResponse> T callBefore(String method, Instant deadline, Call<T> call)
            throws SlackDeliveryException {
        return call(method, Optional.of(deadline), call);
    }

    private <T extends SlackApiTextResponse> T call(String method, Optional<Instant> deadline, Call<T> call)
            throws SlackDeliveryException {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            Exception failure;
            try {
                T response = call.call();
                if (response.isOk()) {
                    metrics.counter("slack.webapi.calls", "method", method, "outcome", "ok").increment();
                    return response;
                }
                throw failed(method, response.getError(), null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    wait = retryAfter(method, e.getResponse().header("Retry-After"), backoff);
                } else if (status >= 500) {
                    wait = backoff;
                } else {
                    throw failed(method, "http_" + status, e);
                }
                backoff = backoff.multipliedBy(2);
                failure = e;
            } catch (IOException e) {
                if (isTimeout(e) && POSTS.contains(method)) {
                    throw failed(method, "timeout_not_retried", e);
                }
                wait = backoff;
                backoff = backoff.multipliedBy(2);
                failure = e;
            } catch (NumberFormatException e) {
                // The Slack client reads Retry-After of a 429 with Long.valueOf before it throws SlackApiException,
                // so a malformed one (abc) surfaces here: a rate limit without a usable wait.
                LOG.warn("{} was rate limited with a malformed Retry-After; backing off {} ms instead", method,
                        backoff.toMillis());
                wait = backoff;
                backoff = backoff.multipliedBy(2);
                failure = e;
            } catch (NotInstalledException e) {
                // No token for that workspace: nothing was sent, and trying again cannot help.
                throw failed(method, "not_installed", null);
            } catch (RuntimeException e) {
                // An answer the client cannot read: log and count it rather than let it end the worker's task.
                throw failed(method, "unreadable_answer", e);
            }
            String reason = failure instanceof NumberFormatException ? "rate_limited"
                    : failure instanceof SlackApiException api
                    ? (api.getResponse().code() == 429 ? "rate_limited" : "server_error") : "network_error";
            if (attempt >= maxAttempts) {
                throw failed(method, "gave_up_after_" + attempt + "_attempts", failure);
            }
            if (deadline.isPresent() && Instant.now().plus(wait).isAfter(deadline.get())) {
                throw failed(method, "deadline_passed", failure);
            }
            LOG.info("{} failed ({}), retrying in {} ms (attempt {} of {})", method, failure.getMessage(),
                    wait.toMillis(), attempt + 1, maxAttempts);
            metrics.counter("slack.webapi.retries", "method", method, "reason", reason).increment();
            sleep(method, wait);
        }
    }

    /**
     * Posts to a response URL with the same retries; true when Slack took it. A failure is logged and counted,
     * never thrown: the caller has nothing better to do than carry on.
     */
    public boolean respond(String purpose, Respond respond) {
        String method = RESPONSE_URL;
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            String problem;
            Duration wait;
            try {
                WebhookResponse response = respond.post();
                int code = response.getCode() == null ? 0 : response.getCode();
                if (code >= 200 && code < 300) {
                    metrics.counter("slack.webapi.calls", "method", method, "outcome", "ok").increment();
                    return true;
                }
                problem = "http_" + code;
                if (code == 429) {
                    wait = retryAfter(method, header(response, "Retry-After"), backoff);
                } else if (code >= 500) {
                    wait = backoff;
                } else {
                    count(method, problem, purpose, null);
                    return false;
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName();
                if (isTimeout(e)) {
                    count(method, "timeout_not_retried", purpose, e);
                    return false;
                }
                wait = backoff;
            } catch (RuntimeException e) {
                count(method, "unexpected_" + e.getClass().getSimpleName(), purpose, e);
                return false;
            }
            backoff = backoff.multipliedBy(2);
            if (attempt >= maxAttempts) {
                count(method, "gave_up_after_" + attempt + "_attempts", purpose, null);
                return false;
            }
            LOG.info("response_url post ({}) failed ({}), retrying in {} ms", purpose, problem, wait.toMillis());
            try {
                sleep(method, wait);
            } catch (SlackDeliveryException interrupted) {
                count(method, "interrupted", purpose, null);
                return false;
            }
        }
    }

    private SlackDeliveryException failed(String method, String error, Exception cause) {
        count(method, error, null, cause);
        return new SlackDeliveryException(method, error, cause);
    }

    private void count(String method, String error, String purpose, Exception cause) {
        String reason = error.startsWith("gave_up_after_") ? "gave_up" : error;
        metrics.counter("slack.webapi.calls", "method", method, "outcome", reason).increment();
        LOG.warn("{}{} failed: {}{}", method, purpose == null ? "" : " (" + purpose + ")", error,
                cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof InterruptedIOException;
    }

    private static String header(WebhookResponse response, String name) {
        if (response.getHeaders() == null) {
            return null;
        }
        return response.getHeaders().entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0)).findFirst().orElse(null);
    }

    /** Slack's {@code Retry-After} in seconds, at most 30 s; missing, malformed or negative: {@code usual}. */
    static Duration retryAfter(String method, String header, Duration usual) {
        if (header == null) {
            return usual;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            if (seconds >= 0) {
                Duration wait = Duration.ofSeconds(seconds);
                return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the usual backoff
        }
        LOG.warn("{} was rate limited with a malformed Retry-After ({} characters); backing off {} ms instead",
                method, header.length(), usual.toMillis());
        return usual;
    }

    private static void sleep(String method, Duration wait) throws SlackDeliveryException {
        try {
            Thread.sleep(Math.max(0, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackDeliveryException(method, "interrupted", e);
        }
    }
}
