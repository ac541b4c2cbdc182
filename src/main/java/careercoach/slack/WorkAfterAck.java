package careercoach.slack;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool for work a listener hands off after its ack (Web API calls, searches). Most of that work waits on
 * Slack, so the pool has many more threads than cores; tasks that find every thread busy wait in a bounded queue,
 * and past it are refused ({@link RejectedExecutionException}, counted) rather than piling up. Each task runs with
 * the log context (request id, team, user) of the request that submitted it. It counts the tasks it was given and
 * has not finished, so a caller can wait until everything a request started has happened ({@link #awaitIdle}).
 */
public final class WorkAfterAck extends ThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkAfterAck.class);

    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final int queueCapacity;

    public WorkAfterAck(int threads, int queueCapacity, MeterRegistry metrics) {
        super(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity), namedDaemonThreads());
        this.queueCapacity = queueCapacity;
        allowCoreThreadTimeOut(true);
        Gauge.builder("career.work.queue.depth", this, pool -> pool.getQueue().size())
                .description("tasks waiting for a worker after their ack").register(metrics);
        Gauge.builder("career.work.queue.capacity", () -> queueCapacity).register(metrics);
        FunctionCounter.builder("career.work.refused", refused, AtomicLong::get)
                .description("requests and tasks turned away because the pool was full").register(metrics);
        FunctionCounter.builder("career.work.failed", failed, AtomicLong::get)
                .description("tasks after an ack that ended with an exception").register(metrics);
    }

    @Override
    public void execute(Runnable task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        unfinished.incrementAndGet();
        try {
            super.execute(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    if (Failures.isMalformedInput(e)) {
                        LOG.warn("work after an ack gave up on its payload: {}", Failures.oneLine(e));
                    } else {
                        LOG.error("work after an ack failed", e);
                    }
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            unfinished.decrementAndGet();
            if (!isShutdown()) {
                refused.incrementAndGet();
                LOG.warn("refused work after an ack: {} tasks queued, every one of {} threads busy",
                        getQueue().size(), getMaximumPoolSize());
            }
            throw e;
        }
    }

    /**
     * Whether a new request should be taken on: false once the queue is nine tenths full, which leaves the rest
     * for the work of requests already accepted.
     */
    public boolean hasRoom() {
        return getQueue().size() < queueCapacity - Math.max(1, queueCapacity / 10);
    }

    /** A request turned away because {@link #hasRoom()} said no. */
    public void countRefusal() {
        refused.incrementAndGet();
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        super.afterExecute(task, failure);
        unfinished.decrementAndGet();
    }

    /** Waits until every task given so far (and every task those gave) has finished; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unfinished.get() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
