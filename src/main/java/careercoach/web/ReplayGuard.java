package careercoach.web;

import careercoach.failure.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells a signed Slack request from the same request sent again while its signature is still accepted: anyone
 * who captured a request (a proxy's log, a browser extension) could otherwise replay a command or a 👍 for five
 * minutes. A request is known by its signature (an HMAC over its timestamp and body, so the same signature means
 * the same request), remembered until Slack's signature on it expires, in the store every instance shares.
 * <p>
 * When the store is out of reach the request is taken (as events are when their de-duplication cannot be checked),
 * and the store is left alone for {@link #PAUSE_AFTER_FAILURE}, so an outage costs one request a connection wait,
 * not every request.
 */
final class ReplayGuard {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayGuard.class);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(10);

    private final SeenSignatures seen;
    private volatile long pausedUntil = System.nanoTime();

    ReplayGuard(SeenSignatures seen) {
        this.seen = seen;
    }

    /**
     * True when the request is to be taken: its signature was not seen before (or the store cannot tell).
     *
     * @param signature a verified {@code X-Slack-Signature}, {@code v0=} and 64 hex digits
     * @param timestamp its verified {@code X-Slack-Request-Timestamp}
     */
    boolean firstTime(String signature, String timestamp) {
        if (System.nanoTime() - pausedUntil < 0) {
            return true;
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()))
                .plus(SlackSignatureVerifier.MAX_AGE);
        try {
            return seen.firstTime(signature.substring("v0=".length()), expiresAt);
        } catch (StoreException e) {
            pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
            LOG.warn("could not check requests for replays, taking them unchecked for {} s: {}",
                    PAUSE_AFTER_FAILURE.toSeconds(), e.getMessage());
            return true;
        }
    }
}
