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
 */
public record DeliveryLimits(int threads, int queue, Duration callTimeout, int attempts, Duration firstBackoff) {
    public static final DeliveryLimits DEFAULT =
            new DeliveryLimits(32, 512, Duration.ofSeconds(10), 4, Duration.ofMillis(250));

    public DeliveryLimits {
        if (threads < 1 || queue < 1 || attempts < 1) {
            throw new IllegalArgumentException("threads, queue and attempts must be positive");
        }
    }

    public DeliveryLimits withCallTimeout(Duration timeout) {
        return new DeliveryLimits(threads, queue, timeout, attempts, firstBackoff);
    }

    public DeliveryLimits withPool(int newThreads, int newQueue) {
        return new DeliveryLimits(newThreads, newQueue, callTimeout, attempts, firstBackoff);
    }
}
