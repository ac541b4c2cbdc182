package careercoach.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool for work a listener hands off after its ack (searches, Web API calls): a fixed number of threads and a
 * bounded queue, so a flood of requests cannot grow memory without end. When the queue is full the submit is
 * refused with a {@link RejectedExecutionException} and counted. Each task runs with the log context (request id,
 * team, user) of the request that submitted it. It counts the tasks it was given and has not finished, so a caller
 * can wait until everything a request started has happened ({@link #awaitIdle}).
 */
public final class WorkAfterAck extends ThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkAfterAck.class);

    private final AtomicInteger unfinished = new AtomicInteger();

    public WorkAfterAck(int threads, int queueCapacity, MeterRegistry metrics) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), named(),
                refusing(metrics));
        Gauge.builder("career.work.queue.depth", this, pool -> pool.getQueue().size())
                .description("tasks waiting for a worker after their ack").register(metrics);
        Gauge.builder("career.work.queue.capacity", () -> queueCapacity).register(metrics);
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
            throw e;
        }
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

    private static RejectedExecutionHandler refusing(MeterRegistry metrics) {
        Counter refused = Counter.builder("career.work.refused")
                .description("tasks refused because the work queue was full or stopping").register(metrics);
        return (task, pool) -> {
            refused.increment();
            throw new RejectedExecutionException(pool.isShutdown() ? "stopping" : "work queue full ("
                    + pool.getQueue().size() + " waiting)");
        };
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
