package careercoach.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool for work a listener hands off after its ack (Web API calls, slow answers). Most of that work waits on
 * Slack, so the pool has many more threads than cores; tasks that find every thread busy wait in a bounded queue,
 * and past it are refused ({@link RejectedExecutionException}, counted in {@link #refused()}) rather than piling
 * up. It counts the tasks it was given and has not finished, so a caller can wait until everything a request
 * started has happened.
 */
public final class WorkAfterAck extends ThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkAfterAck.class);
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final int queueCapacity;

    public WorkAfterAck(int threads, int queueCapacity) {
        super(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity), namedDaemonThreads());
        this.queueCapacity = queueCapacity;
        allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        unfinished.incrementAndGet();
        try {
            super.execute(task);
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

    /** Requests and tasks turned away because the pool was full, since start. */
    public long refused() {
        return refused.get();
    }

    /** Requests turned away by {@link #hasRoom()} (counted with {@link #refused()}). */
    public void countRefusal() {
        refused.incrementAndGet();
    }

    /** Tasks that ended with an exception, since start (each one is logged). */
    public long failed() {
        return failed.get();
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        super.afterExecute(task, failure);
        if (failure != null) {
            failed.incrementAndGet();
            LOG.error("work after an ack failed", failure);
        }
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
            // The task's failure is logged in afterExecute; this stops the default handler printing it again.
            thread.setUncaughtExceptionHandler((t, e) -> { });
            return thread;
        };
    }
}
