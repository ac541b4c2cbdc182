package careercoach.slack;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Remembers which Slack deliveries were already handled, so a redelivery (same {@code event_id}) is answered once,
 * and a delivery whose handling failed is handled again when Slack retries it. Kept in the database (filled from
 * {@code careercoach.store}), so instances that share it answer a delivery once.
 * <p>
 * A delivery is claimed before its listener runs ({@link #claim}), then marked {@link #done} when the listener
 * succeeded or {@link #release}d when it failed. A claim left by a process that died while handling is taken over
 * once it is older than a few listener run times.
 */
public interface ProcessedEvents {

    /**
     * The port over three functions: how the composition root fills it with the store's deliveries (the store knows
     * no Slack code).
     */
    static ProcessedEvents of(Predicate<String> claim, Consumer<String> done, Consumer<String> release) {
        return new ProcessedEvents() {
            @Override
            public boolean claim(String deliveryId) {
                return claim.test(deliveryId);
            }

            @Override
            public void done(String deliveryId) {
                done.accept(deliveryId);
            }

            @Override
            public void release(String deliveryId) {
                release.accept(deliveryId);
            }
        };
    }

    /** True when the caller should handle this delivery: the first time, or after a failed or abandoned attempt. */
    boolean claim(String deliveryId);

    /** The delivery was handled: every later delivery of it is skipped. */
    void done(String deliveryId);

    /** Handling failed: the next delivery of it (Slack's retry) is handled again. */
    void release(String deliveryId);
}
