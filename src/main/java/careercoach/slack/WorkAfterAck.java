package careercoach.slack;

import careercoach.failure.Failures;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pool for work a listener hands off after its ack (Web API calls, searches). Most of that work waits on
 * Slack, so the pool has many more threads than cores; tasks that find every thread busy wait in a bounded queue,
 * and past it are refused ({@link RejectedExecutionException}, counted) rather than piling up. Each task runs with
 * the log context (request id, team, user) of the request that submitted it. It counts the tasks it was given and
 * has not finished, so a caller can wait until everything a request started has happened ({@link #awaitIdle}).
 * <p>
 * Work that shows the latest state of something (an App Home) can be coalesced ({@link #executeCoalesced}): the
 * calls for one key within a short window run it once, and a call while it runs has it run once more after.
 * <p>
 * Whether a request is taken on is decided once, before its listener runs and so before it stores anything
 * ({@link #hasRoom}, by {@link Admission}). What an admitted request then hands over ({@link #execute}: posting the
 * checklist it stored, the note after a forget-me, a 👍's thanks) is never refused: when the queue is full it waits in
 * an overflow lane, bounded by the requests admitted, rather than leave a stored change unshown or tell someone
 * "busy" about what was done.
 */
public final class WorkAfterAck extends ThreadPoolExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(WorkAfterAck.class);

    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final int queueCapacity;
    /** Coalesced work by key: whether it waits to run, or runs and must run again after. */
    private final Map<Object, Coalesced> coalesced = new ConcurrentHashMap<>();
    /** Holds coalesced work for its window, then hands it to the pool; one thread, it never runs the work. */
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slack-work-later");
        thread.setDaemon(true);
        return thread;
    });
    /** Coalesced runs waiting for their window, by key: handed to the pool at once when it shuts down. */
    private final Map<Object, HandOver> waiting = new ConcurrentHashMap<>();
    private final AtomicLong coalescedRuns = new AtomicLong();
    private final AtomicLong coalescedCalls = new AtomicLong();
    private final AtomicLong overflowed = new AtomicLong();
    /** Work of admitted requests that found the queue full: it waits here instead of being refused. */
    private final ThreadPoolExecutor overflow = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "slack-work-overflow");
                thread.setDaemon(true);
                return thread;
            });

    private enum Coalesced { WAITING, RUNNING, RUNNING_AND_CHANGED }

    /** How long coalesced work waits again when it found the pool full. */
    private static final Duration RETRY_WHEN_FULL = Duration.ofMillis(100);

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
        FunctionCounter.builder("career.work.coalesced.calls", coalescedCalls, AtomicLong::get)
                .description("requests for coalesced work (such as republishing an App Home)").register(metrics);
        FunctionCounter.builder("career.work.coalesced.runs", coalescedRuns, AtomicLong::get)
                .description("times coalesced work ran").register(metrics);
        FunctionCounter.builder("career.work.overflowed", overflowed, AtomicLong::get)
                .description("work of admitted requests that found the queue full and ran in the overflow lane")
                .register(metrics);
        overflow.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code task} on the pool once {@code window} has passed, once for every call with the same key made
     * until it starts; a call made while it runs has it run once more after (so the task, which must read the
     * state it shows when it runs, always ends showing the state as of the last call). Never refused: when the
     * pool is full the run waits another window. Counted by {@link #awaitIdle} from the call on.
     */
    public void executeCoalesced(Object key, Duration window, Runnable task) {
        coalescedCalls.incrementAndGet();
        boolean[] schedule = {false};
        coalesced.compute(key, (k, state) -> {
            if (state == null) {
                schedule[0] = true;
                return Coalesced.WAITING;
            }
            return state == Coalesced.WAITING ? Coalesced.WAITING : Coalesced.RUNNING_AND_CHANGED;
        });
        if (schedule[0]) {
            unfinished.incrementAndGet();
            runCoalescedAfter(key, window, task, MDC.getCopyOfContextMap());
        }
    }

    /**
     * One coalesced run: counted in {@code unfinished} from its scheduling until it ends (in {@link #afterExecute},
     * as every task of the pool), or until it is dropped because the pool shut down.
     */
    private void runCoalescedAfter(Object key, Duration window, Runnable task, Map<String, String> context) {
        HandOver handOver = new HandOver(key, window, task, context);
        if (window.isZero() || window.isNegative() || later.isShutdown()) {
            handOver.run();
            return;
        }
        waiting.put(key, handOver);
        try {
            later.schedule(handOver, window.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            handOver.run();
        }
    }

    /** Hands a coalesced run to the pool once its window has passed (or at shutdown, at once). */
    private final class HandOver implements Runnable {
        private final Object key;
        private final Duration window;
        private final Runnable task;
        private final Map<String, String> context;
        private final AtomicBoolean handed = new AtomicBoolean();

        HandOver(Object key, Duration window, Runnable task, Map<String, String> context) {
            this.key = key;
            this.window = window;
            this.task = task;
            this.context = context;
        }

        @Override
        public void run() {
            // From the scheduler or from shutdown, whichever comes first; never both.
            if (!handed.compareAndSet(false, true)) {
                return;
            }
            waiting.remove(key, this);
            try {
                WorkAfterAck.super.execute(() -> runCoalesced(key, window, task, context));
            } catch (RejectedExecutionException full) {
                if (isShutdown() || later.isShutdown()) {
                    finishCoalesced(key);
                } else {
                    runCoalescedAfter(key, window.compareTo(RETRY_WHEN_FULL) < 0 ? RETRY_WHEN_FULL : window, task,
                            context);
                }
            }
        }
    }

    private void runCoalesced(Object key, Duration window, Runnable task, Map<String, String> context) {
        coalesced.put(key, Coalesced.RUNNING);
        coalescedRuns.incrementAndGet();
        try {
            runInContext(context, task);
        } finally {
            boolean again = coalesced.compute(key, (k, state) ->
                    state == Coalesced.RUNNING_AND_CHANGED ? Coalesced.WAITING : null) != null;
            if (again) {
                // Counted before this run's own count ends (in afterExecute), so awaitIdle never sees a gap.
                unfinished.incrementAndGet();
                runCoalescedAfter(key, window, task, context);
            }
        }
    }

    private void finishCoalesced(Object key) {
        coalesced.remove(key);
        unfinished.decrementAndGet();
    }

    /** Stops taking work; coalesced work still waiting for its window is handed to the pool first, to finish. */
    @Override
    public void shutdown() {
        later.shutdownNow();
        List.copyOf(waiting.values()).forEach(HandOver::run);
        super.shutdown();
        overflow.shutdown();
    }

    /**
     * Stops taking work and lets what was taken finish within {@code grace}; what is still running then is
     * interrupted.
     */
    public void stop(Duration grace) {
        shutdown();
        try {
            long deadline = System.nanoTime() + grace.toNanos();
            if (!awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)
                    || !overflow.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warn("work after acks did not finish in time; stopping it");
                shutdownNow();
            }
        } catch (InterruptedException e) {
            shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        later.shutdownNow();
        overflow.shutdownNow();
        return super.shutdownNow();
    }

    /**
     * Runs the work of an admitted request after its ack; never refused while running (see the class comment).
     * When the queue is full it runs in the overflow lane; once the pool is shut down, right here.
     */
    @Override
    public void execute(Runnable task) {
        unfinished.incrementAndGet();
        try {
            super.execute(withRequestContext(task, () -> { }));
            return;
        } catch (RejectedExecutionException full) {
            unfinished.decrementAndGet();
        }
        if (isShutdown()) {
            throw new RejectedExecutionException("work after acks has stopped");
        }
        overflowed.incrementAndGet();
        LOG.info("work after an ack waits in the overflow lane: {} tasks queued, every one of {} threads busy",
                getQueue().size(), getMaximumPoolSize());
        unfinished.incrementAndGet();
        try {
            overflow.execute(withRequestContext(task, unfinished::decrementAndGet));
        } catch (RejectedExecutionException stopping) {
            unfinished.decrementAndGet();
            throw stopping;
        }
    }

    /**
     * Runs {@code task} on another executor (a lane of its own, such as the searches'), with the request's log
     * context, counted by {@link #awaitIdle} like work on this pool. When that executor refuses it, the refusal is
     * counted here and thrown, so the request is turned away as when this pool is full.
     */
    public void executeOn(Executor lane, Runnable task) {
        unfinished.incrementAndGet();
        try {
            lane.execute(withRequestContext(task, unfinished::decrementAndGet));
        } catch (RejectedExecutionException e) {
            unfinished.decrementAndGet();
            refused.incrementAndGet();
            LOG.warn("refused work after an ack: its lane is full");
            throw e;
        }
    }

    /**
     * {@code task} as it will run on another thread: with the submitting request's log context, what it throws
     * counted and logged, then {@code after}.
     */
    private Runnable withRequestContext(Runnable task, Runnable after) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return () -> {
            try {
                runInContext(context, task);
            } finally {
                after.run();
            }
        };
    }

    /** Runs {@code task} logged, with {@code context} (a request's log context, or null) as this thread's. */
    private void runInContext(Map<String, String> context, Runnable task) {
        if (context != null) {
            MDC.setContextMap(context);
        }
        try {
            runLogged(task);
        } finally {
            MDC.clear();
        }
    }

    /** Runs a task; what it throws is counted and logged (a payload it could not read as a warning). */
    private void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            if (Failures.isMalformedInput(e)) {
                LOG.warn("work after an ack gave up on its payload: {}", Failures.oneLine(e));
            } else {
                LOG.error("work after an ack failed", e);
            }
        }
    }

    /**
     * Whether a new request should be taken on: false once the queue is nine tenths full, which leaves the rest
     * for the work of requests already accepted.
     */
    public boolean hasRoom() {
        return getQueue().size() < queueCapacity - Math.max(1, queueCapacity / 10) && overflow.getQueue().isEmpty();
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
