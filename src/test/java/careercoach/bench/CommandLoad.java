package careercoach.bench;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.Readiness;
import careercoach.testkit.SlackSigner;
import careercoach.testkit.SlackTestKit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load: sends signed {@code /career skills} commands to a running server at a fixed rate and reports
 * throughput and latency percentiles. Latency runs from the moment a request was due, so a stalled server is not
 * hidden by the generator waiting for it. With {@code --fake-api-port} it also serves the Slack Web API calls the
 * server makes ({@code auth.test}) on loopback.
 * <pre>java -cp target/career-coach.jar:target/test-classes careercoach.bench.CommandLoad
 *     --url http://127.0.0.1:3000/slack/events --secret S --rate 300 --seconds 20 --warmup 5</pre>
 */
public final class CommandLoad {
    private static final int MAX_IN_FLIGHT = 2_000;
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI url = URI.create(options.getOrDefault("url", "http://127.0.0.1:3000/slack/events"));
        SlackSigner signer = new SlackSigner(options.getOrDefault("secret", SlackTestKit.SIGNING_SECRET));
        int rate = Integer.parseInt(options.getOrDefault("rate", "300"));
        int seconds = Math.min(120, Integer.parseInt(options.getOrDefault("seconds", "20")));
        int warmup = Math.min(60, Integer.parseInt(options.getOrDefault("warmup", "5")));

        FakeSlackApi fake = options.containsKey("fake-api-port")
                ? new FakeSlackApi(Integer.parseInt(options.get("fake-api-port"))) : null;
        HttpClient http = HttpClient.newHttpClient();
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_IN_FLIGHT);
        dispatcher.setMaxRequestsPerHost(MAX_IN_FLIGHT);
        OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(256, 1, TimeUnit.MINUTES))
                .callTimeout(Duration.ofSeconds(10)).build();
        try {
            Readiness.await(http, url.resolve("/readyz"), Duration.ofSeconds(60));
            run(client, url, signer, rate, warmup, false);
            double[] before = serverAck(http, url.resolve("/metrics"));
            Result result = run(client, url, signer, rate, seconds, true);
            double[] after = serverAck(http, url.resolve("/metrics"));
            System.out.println(result);
            System.out.printf("server-side time to ack (mean over the run): %.2f ms%n",
                    (after[1] - before[1]) / Math.max(1, after[0] - before[0]) * 1000);
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
        System.exit(0);
    }

    private record Result(int rate, int seconds, int sent, int ok, int failed, int skipped, double throughput,
                          double p50, double p90, double p99, double max) {
        @Override
        public String toString() {
            return String.format("target %d req/s for %d s: sent %d, 200 OK %d, failed %d, skipped (too many in flight) "
                            + "%d%nthroughput %.1f req/s%nlatency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f",
                    rate, seconds, sent, ok, failed, skipped, throughput, p50, p90, p99, max);
        }
    }

    private static Result run(OkHttpClient client, URI url, SlackSigner signer, int rate, int seconds, boolean report)
            throws Exception {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                skipped.incrementAndGet();
                return;
            }
            long due = start + n * periodNanos;
            inFlight.incrementAndGet();
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending.add(done);
            client.newCall(request(url, signer, n)).enqueue(new Callback() {
                @Override
                public void onResponse(Call call, Response response) {
                    try (response) {
                        response.body().bytes();
                        if (response.code() == 200) {
                            ok.incrementAndGet();
                            latencies.add(System.nanoTime() - due);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                    }
                    inFlight.decrementAndGet();
                    done.complete(null);
                }

                @Override
                public void onFailure(Call call, java.io.IOException e) {
                    failed.incrementAndGet();
                    inFlight.decrementAndGet();
                    done.complete(null);
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Instant deadline = Instant.now().plusSeconds(seconds + 30L);
        while (sent.get() < total && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        for (CompletableFuture<?> future : pending) {
            try {
                future.get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // counted as failed by the completion handler
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (!report) {
            return null;
        }
        return new Result(rate, seconds, Math.min(sent.get(), total), ok.get(), failed.get(), skipped.get(),
                ok.get() / elapsed, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** Count and sum of the server's {@code slack_ack_seconds} for commands, from its Prometheus text. */
    private static double[] serverAck(HttpClient http, URI metrics) throws Exception {
        double[] countAndSum = new double[2];
        String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String line : text.split("\n")) {
            if (line.startsWith("slack_ack_seconds_count{") && line.contains("type=\"Command\"")) {
                countAndSum[0] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("slack_ack_seconds_sum{") && line.contains("type=\"Command\"")) {
                countAndSum[1] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return countAndSum;
    }

    private static Request request(URI url, SlackSigner signer, int n) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("channel_id", "C1");
        form.put("user_id", "U" + (n % 50));
        form.put("command", "/career");
        form.put("text", "skills");
        form.put("response_url", "http://127.0.0.1:9/response/" + n);
        form.put("trigger_id", "t" + n);
        String body = SlackTestKit.formEncode(form);
        long timestamp = Instant.now().getEpochSecond();
        return new Request.Builder().url(url.toString())
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), FORM))
                .build();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs: " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
