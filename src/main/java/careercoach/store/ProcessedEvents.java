package careercoach.store;

/**
 * Remembers which Slack deliveries were already handled, so a redelivery (same {@code event_id}) is answered once,
 * and a delivery whose handling failed is handled again when Slack retries it. Shared through the store when
 * several instances run.
 * <p>
 * A delivery is claimed before its listener runs ({@link #claim}), then marked {@link #done} when the listener
 * succeeded or {@link #release}d when it failed. A claim left by a process that died while handling is taken over
 * once it is older than a few listener run times.
 */
public interface ProcessedEvents {

    /** True when the caller should handle this delivery: the first time, or after a failed or abandoned attempt. */
    boolean claim(String deliveryId);

    /** The delivery was handled: every later delivery of it is skipped. */
    void done(String deliveryId);

    /** Handling failed: the next delivery of it (Slack's retry) is handled again. */
    void release(String deliveryId);
}
