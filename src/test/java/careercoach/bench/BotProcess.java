package careercoach.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bot under test in its own process, with its memory sampled from {@code /proc/<pid>/status} every 200 ms:
 * the peak resident set since the last {@link #resetPeak()} and, for a soak, a timeline.
 */
final class BotProcess implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 200;
    /** A first start embeds every passage and labelled question: minutes on a busy two-core machine. */
    private static final long READY_WITHIN_SECONDS = 240;

    /** One RSS sample: seconds since the sampler started, resident set in kB. */
    record Sample(double seconds, long rssKb) {
    }

    private final String name;
    private final int port;
    private final Process process;
    private final long startedNanos;
    private final double readySeconds;
    private final double readyCpuSeconds;
    private final AtomicLong peakKb = new AtomicLong();
    private final List<Sample> timeline = new ArrayList<>();
    private volatile long timelineEveryMillis;
    private final Thread sampler;

    private BotProcess(String name, int port, Process process, long startedNanos, String readyPath)
            throws InterruptedException {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.readySeconds = awaitReady(readyPath);
        this.readyCpuSeconds = cpuSeconds();
        sampler = new Thread(this::sample, "rss-" + name);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A loopback port free at the time of asking, for a bot to listen on. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts {@code command} in {@code dir} with {@code env} added, output to {@code log}; waits for readiness. */
    static BotProcess start(String name, List<String> command, Path dir, Map<String, String> env, int port,
                            String readyPath, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            return new BotProcess(name, port, process, started, readyPath);
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private double awaitReady(String readyPath) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(READY_WITHIN_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(name + " not ready on port " + port + " within " + READY_WITHIN_SECONDS + " s");
    }

    private void sample() {
        long started = System.nanoTime();
        long lastTimeline = 0;
        while (process.isAlive()) {
            long rss = statusKb("VmRSS:");
            peakKb.accumulateAndGet(rss, Math::max);
            long every = timelineEveryMillis;
            long now = System.nanoTime();
            if (every > 0 && now - lastTimeline >= TimeUnit.MILLISECONDS.toNanos(every)) {
                synchronized (timeline) {
                    timeline.add(new Sample((now - started) / 1e9, rss));
                }
                lastTimeline = now;
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A field of {@code /proc/<pid>/status} in kB (VmRSS, VmHWM), or 0 once the process is gone. */
    long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    /**
     * CPU time (user and system, all threads) the process has used, from {@code /proc/<pid>/stat}; on a shared
     * machine it moves less with other work than the wall-clock time does. 0 once the process is gone.
     */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th
            // and 13th of them, in clock ticks (100 a second on Linux).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Also keep an RSS sample every {@code millis} (for a soak's timeline). */
    void recordTimeline(long millis) {
        timelineEveryMillis = millis;
    }

    List<Sample> timeline() {
        synchronized (timeline) {
            return List.copyOf(timeline);
        }
    }

    void resetPeak() {
        peakKb.set(statusKb("VmRSS:"));
    }

    long peakKb() {
        return Math.max(peakKb.get(), statusKb("VmRSS:"));
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    double readySeconds() {
        return readySeconds;
    }

    /** CPU seconds the process had used when it became ready. */
    double readyCpuSeconds() {
        return readyCpuSeconds;
    }

    /** Ends the process at once (the generator is being stopped). */
    void kill() {
        process.destroyForcibly();
    }

    /** Stops the process as an operator would (SIGTERM), then forcibly after 15 s. */
    @Override
    public void close() throws InterruptedException {
        stop(15);
    }

    /**
     * Stops the process as an operator would (SIGTERM), then forcibly after {@code seconds} (a JVM writing a
     * class-data archive as it exits needs longer on a busy machine).
     */
    void stop(long seconds) throws InterruptedException {
        sampler.interrupt();
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
