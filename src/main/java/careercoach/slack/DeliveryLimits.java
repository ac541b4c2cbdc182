package careercoach.slack;

import java.time.Duration;

/**
 * How work after the ack and calls to Slack are bounded.
 *
 * @param threads      threads for work after the ack; most of it waits on Slack, so more than the cores
 * @param queue        tasks that may wait for a thread; past it new requests are refused with "try again"
 * @param callTimeout  deadline of one Web API or response_url call (connect, send, wait, read)
 * @param attempts     tries of a call in all (retries only where a repeat cannot post twice)
 * @param firstBackoff wait before the first retry of a 5xx or network error; doubles each time
 * @param homeWindow   how long a republish of an App Home waits for more changes to show with it (a checklist
 *                     ticked item by item: one publish of the latest state, not one per tick)
 */
public record DeliveryLimits(int threads, int queue, Duration callTimeout, int attempts, Duration firstBackoff,
                             Duration homeWindow) {
    public static final DeliveryLimits DEFAULT =
            new DeliveryLimits(32, 512, Duration.ofSeconds(10), 4, Duration.ofMillis(250), Duration.ofMillis(500));

    public DeliveryLimits {
        if (threads < 1 || queue < 1 || attempts < 1) {
            throw new IllegalArgumentException("threads, queue and attempts must be positive");
        }
        if (homeWindow.isNegative()) {
            throw new IllegalArgumentException("homeWindow must not be negative");
        }
    }

    public DeliveryLimits withCallTimeout(Duration timeout) {
        return new DeliveryLimits(threads, queue, timeout, attempts, firstBackoff, homeWindow);
    }

    public DeliveryLimits withPool(int newThreads, int newQueue) {
        return new DeliveryLimits(newThreads, newQueue, callTimeout, attempts, firstBackoff, homeWindow);
    }

    public DeliveryLimits withHomeWindow(Duration window) {
        return new DeliveryLimits(threads, queue, callTimeout, attempts, firstBackoff, window);
    }
}
