package careercoach.bench;

import careercoach.testkit.SlackSigner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * This bot and the Bolt-JS peer side by side, in one run on one machine: one fake Slack Web API for both, one load
 * generator, the same signed requests. Prints one table: latency percentiles at fixed rates and throughput at
 * saturation, errors and peak RSS of each bot, and their ratio. Each step runs on this bot, then at once on the
 * peer, so both see the same machine (other work on a shared box shifts both figures alike).
 * <p>
 * {@code --soak SECONDS} instead runs the mix at {@code --soak-rate} (200) on this bot alone and reports whether
 * its RSS stays flat after warm-up. See {@code bench/README.md} for the options and how to read the output.
 */
public final class SideBySide {
    private static final String SECRET = "bench-signing-secret";
    private static final String EVENTS = "/slack/events";
    private static final Map<String, String> TOKENS = Map.of("xoxb-bench-java", "java", "xoxb-bench-peer", "peer",
            "xoxb-bench-java-b", "java-b", "xoxb-bench-java-cold", "java-cold");

    private final Map<String, String> options;
    private final Path work;
    private final BenchSlackApi slack;
    private final SlackSigner signer = new SlackSigner(SECRET);
    /** The first start of this bot in the run: fresh database and embedding cache; its database is reused after. */
    private ColdStart coldStart;

    /** How long the first start took, wall clock and CPU, and whether it had a class-data archive. */
    private record ColdStart(double seconds, double cpuSeconds, boolean withArchive, Path database) {
    }

    /** One cell of the table: a bot's figures for one step. */
    private record Row(String workload, String load, String bot, HttpLoad.Result result, long peakKb,
                       double drainSeconds, Workloads.Answers answers) {
    }

    private SideBySide(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = Files.createTempDirectory("career-coach-bench");
        this.slack = new BenchSlackApi(TOKENS);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Map<String, String> options = new LinkedHashMap<>(options(args));
        // Every DM question different (a number appended), so no answer comes from a cache of repeated questions.
        Workloads.distinctQuestions = options.containsKey("distinct-questions");
        SideBySide bench = new SideBySide(options);
        int status;
        try {
            status = options.containsKey("soak") ? bench.soak() : bench.compare();
        } finally {
            bench.slack.close();
        }
        System.exit(status);
    }

    private int compare() throws Exception {
        boolean quick = options.containsKey("quick");
        List<String> workloads = List.of(options.getOrDefault("workloads", "skills,mix").split(","));
        int[] rates = Arrays.stream(options.getOrDefault("rates", "100,300,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        double seconds = Double.parseDouble(options.getOrDefault("seconds", quick ? "6" : "15"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup", quick ? "6" : "15"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        String only = options.getOrDefault("only", "both");

        List<BotProcess> bots = new ArrayList<>();
        Map<String, Workloads> requests = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> bots.forEach(BotProcess::kill)));
            startColdOnce();
            if (!only.equals("peer")) {
                bots.add(startJava("java", options.getOrDefault("java-flags", "")));
            }
            if (options.containsKey("vs-flags") || options.containsKey("vs-jar")) {
                bots.add(startJava("java-b", options.getOrDefault("vs-flags",
                        options.getOrDefault("java-flags", ""))));
            } else if (!only.equals("java")) {
                bots.add(startPeer());
            }
            for (BotProcess bot : bots) {
                requests.put(bot.name(), new Workloads(bot.name(), isJava(bot), signer, slack, EVENTS));
            }
            for (String workload : workloads) {
                for (BotProcess bot : bots) {
                    if (workload.equals("mix") && isJava(bot)) {
                        shareChecklists(bot, requests.get(bot.name()));
                    }
                    log("warming up %s with %s at 300 req/s for %.0f s", bot.name(), workload, warmup);
                    load(bot).openLoop(workload(requests.get(bot.name()), workload), 300, warmup);
                    drain(bot);
                    requests.get(bot.name()).takeAnswers();
                }
                for (int rate : rates) {
                    for (BotProcess bot : bots) {
                        bot.resetPeak();
                        Path recording = profiled(bot, workload, workloads, String.valueOf(rate));
                        if (recording != null) {
                            jcmd(bot, "JFR.start", "name=bench", "settings=profile", "filename=" + recording);
                        }
                        HttpLoad.Result result = load(bot).openLoop(workload(requests.get(bot.name()), workload),
                                rate, seconds);
                        if (recording != null) {
                            jcmd(bot, "JFR.stop", "name=bench");
                        }
                        long peak = bot.peakKb();
                        rows.add(new Row(workload, rate + "/s", bot.name(), result, peak, drain(bot),
                                requests.get(bot.name()).takeAnswers()));
                        log("%s %s %d/s: %s", bot.name(), workload, rate, summary(result));
                    }
                }
                for (BotProcess bot : bots) {
                    bot.resetPeak();
                    Path recording = profiled(bot, workload, workloads, "max");
                    if (recording != null) {
                        jcmd(bot, "JFR.start", "name=bench", "settings=profile", "filename=" + recording);
                    }
                    HttpLoad.Result result = load(bot).closedLoop(workload(requests.get(bot.name()), workload),
                            connections, seconds);
                    if (recording != null) {
                        jcmd(bot, "JFR.stop", "name=bench");
                    }
                    long peak = bot.peakKb();
                    rows.add(new Row(workload, "max, " + connections + " conn", bot.name(), result, peak, drain(bot),
                            requests.get(bot.name()).takeAnswers()));
                    log("%s %s saturation: %s", bot.name(), workload, summary(result));
                }
            }
            print(rows, bots, requests);
            return bots.stream().allMatch(BotProcess::isAlive) ? 0 : 1;
        } finally {
            for (BotProcess bot : bots) {
                bot.close();
            }
        }
    }

    /**
     * Where to record this step ({@code --profile FILE}: this bot at saturation of the first workload; with
     * {@code --profile-at 100,300,max} those steps instead, each in FILE with the step before its extension), or
     * null when it is not recorded.
     */
    private Path profiled(BotProcess bot, String workload, List<String> workloads, String step) {
        if (!options.containsKey("profile") || !bot.name().equals("java") || !workload.equals(workloads.get(0))) {
            return null;
        }
        Path file = Path.of(options.get("profile")).toAbsolutePath();
        if (!options.containsKey("profile-at")) {
            return step.equals("max") ? file : null;
        }
        if (!List.of(options.get("profile-at").split(",")).contains(step)) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot < 0 ? name + "-" + step : name.substring(0, dot) + "-" + step
                + name.substring(dot));
    }

    private int soak() throws Exception {
        double total = Double.parseDouble(options.getOrDefault("soak", "600"));
        int rate = Integer.parseInt(options.getOrDefault("soak-rate", "200"));
        double warmupShare = 0.2;
        startColdOnce();
        try (BotProcess bot = startJava("java", options.getOrDefault("java-flags", ""))) {
            Runtime.getRuntime().addShutdownHook(new Thread(bot::kill));
            Workloads requests = new Workloads("java", true, signer, slack, EVENTS);
            shareChecklists(bot, requests);
            bot.recordTimeline(5_000);
            HttpLoad load = load(bot);
            int chunks = (int) Math.max(1, Math.round(total / 60));
            double chunkSeconds = total / chunks;
            System.out.printf("%nsoak: this bot, mix at %d req/s for %.0f s (RSS sampled every 5 s)%n", rate, total);
            System.out.println("minute   req/s    p50 ms   p99 ms  p99.9 ms  errors   RSS max MB   DM answered"
                    + "  answer p99 ms");
            long errors = 0;
            for (int i = 0; i < chunks; i++) {
                bot.resetPeak();
                HttpLoad.Result result = load.openLoop(requests.mix(), rate, chunkSeconds);
                errors += result.errors() + (result.sent() - result.ok() - result.errors());
                Workloads.Answers answers = requests.takeAnswers();
                System.out.printf("%6d  %6.1f  %8.2f %8.2f  %8.2f  %6d  %10.1f  %6d/%-6d %9.1f%n", i + 1,
                        result.throughput(), result.percentileMs(50), result.percentileMs(99),
                        result.percentileMs(99.9), result.errors(), bot.peakKb() / 1024.0, answers.answered(),
                        answers.asked(), percentileMs(answers.latencies(), 99));
            }
            List<BotProcess.Sample> samples = bot.timeline();
            double warm = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).seconds() * warmupShare;
            List<BotProcess.Sample> after = samples.stream().filter(s -> s.seconds() >= warm).toList();
            double slopeMbPerMinute = slope(after) * 60 / 1024;
            long firstMinuteMax = after.stream().filter(s -> s.seconds() < warm + 60)
                    .mapToLong(BotProcess.Sample::rssKb).max().orElse(0);
            double end = after.isEmpty() ? 0 : after.get(after.size() - 1).seconds();
            long lastMinuteMax = after.stream().filter(s -> s.seconds() >= end - 60)
                    .mapToLong(BotProcess.Sample::rssKb).max().orElse(0);
            double growthMb = (lastMinuteMax - firstMinuteMax) / 1024.0;
            boolean flat = growthMb <= Math.max(8, firstMinuteMax / 1024.0 * 0.05) && slopeMbPerMinute < 1;
            System.out.printf("RSS after warm-up (first %.0f s skipped): max in its first minute %.1f MB, in the last "
                            + "minute %.1f MB (%+.1f MB); trend %+.2f MB/min; peak (VmHWM) %.1f MB%n", warm,
                    firstMinuteMax / 1024.0, lastMinuteMax / 1024.0, growthMb, slopeMbPerMinute,
                    bot.statusKb("VmHWM:") / 1024.0);
            System.out.println(flat ? "RSS flat after warm-up: yes" : "RSS flat after warm-up: NO (it grows)");
            System.out.printf("requests not answered with 200 over the soak: %d; mix sent: %s%n", errors,
                    requests.sentByKind());
            return flat && errors == 0 ? 0 : 1;
        }
    }

    /** Least-squares slope of RSS (kB per second). */
    private static double slope(List<BotProcess.Sample> samples) {
        if (samples.size() < 2) {
            return 0;
        }
        double meanX = samples.stream().mapToDouble(BotProcess.Sample::seconds).average().orElse(0);
        double meanY = samples.stream().mapToDouble(BotProcess.Sample::rssKb).average().orElse(0);
        double num = 0;
        double den = 0;
        for (BotProcess.Sample s : samples) {
            num += (s.seconds() - meanX) * (s.rssKb() - meanY);
            den += (s.seconds() - meanX) * (s.seconds() - meanX);
        }
        return den == 0 ? 0 : num / den;
    }

    /**
     * Starts this bot once on a fresh database and an empty embedding cache (a first start on a new machine: the
     * passages are embedded, the search's confidence trained, the migrations run), serves a few requests and stops
     * it. With {@code --cds FILE} this start also makes that class-data archive when it does not exist yet, and
     * every later start uses it. The bots measured after it start on a copy of its database and on its embedding
     * cache: their start is a restart's, as on a server where {@code ./data} survives.
     */
    private void startColdOnce() throws IOException, InterruptedException {
        String flags = options.getOrDefault("java-flags", "");
        String coldFlags = flags;
        boolean withArchive = false;
        if (options.containsKey("cds")) {
            Path archive = Path.of(options.get("cds")).toAbsolutePath();
            withArchive = Files.exists(archive);
            if (!withArchive) {
                log("making the class-data archive %s", archive);
            }
            coldFlags = flags + (withArchive ? " -XX:SharedArchiveFile=" : " -XX:ArchiveClassesAtExit=") + archive;
            options.put("java-flags", flags + " -XX:SharedArchiveFile=" + archive);
        }
        try (BotProcess bot = startJava("java-cold", coldFlags)) {
            coldStart = new ColdStart(bot.readySeconds(), bot.readyCpuSeconds(), withArchive,
                    work.resolve("java-cold"));
            Workloads requests = new Workloads(bot.name(), true, signer, slack, EVENTS);
            load(bot).openLoop(requests.mix(), 100, 3);
            // Ready comes before the search index is built; stopping earlier would leave the embedding cache
            // without the trained confidence, and the measured restart would train it (and load the model) again.
            awaitLogLine(work.resolve("java-cold").resolve("bot.log"), "search ready", 180);
        }
    }

    private static void awaitLogLine(Path log, String text, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no \"" + text + "\" in " + log + " within " + seconds + " s");
    }

    private static boolean isJava(BotProcess bot) {
        return bot.name().startsWith("java");
    }

    /** This bot with these JVM flags; {@code name} is also its token's suffix and its directory. */
    private BotProcess startJava(String name, String flags) throws IOException, InterruptedException {
        int port = BotProcess.freePort();
        Path dir = Files.createDirectories(work.resolve(name));
        if (coldStart != null) {
            try (var files = Files.list(coldStart.database())) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("db.")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        }
        List<String> command = new ArrayList<>();
        command.add(javaBin("java"));
        if (!flags.isBlank()) {
            command.addAll(List.of(flags.trim().split("\\s+")));
        }
        command.add("-jar");
        // --vs-jar: the second bot runs another build (say, the one before a change), in the same run.
        String jar = name.equals("java-b") ? options.getOrDefault("vs-jar", options.getOrDefault("jar",
                "target/career-coach.jar")) : options.getOrDefault("jar", "target/career-coach.jar");
        command.add(Path.of(jar).toAbsolutePath().toString());
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-bench-" + name, "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", slack.apiUrl(), "PORT", String.valueOf(port),
                "INDEX_DATA", Path.of(options.getOrDefault("index-data", "index-data")).toAbsolutePath().toString(),
                // --db-settings / --vs-db-settings: H2 settings (";CACHE_SIZE=4096") for this bot / the second one.
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                        + options.getOrDefault(name.equals("java-b") ? "vs-db-settings" : "db-settings", ""),
                // One embedding cache for every start of the run, as ./data/embeddings survives a restart: the
                // first start (the class-data archive's) embeds the passages, the measured one reads them.
                "SEARCH_CACHE", work.resolve("search-cache").toAbsolutePath().toString());
        log("starting %s: %s", name, String.join(" ", command));
        BotProcess bot = BotProcess.start(name, command, dir, env, port, "/readyz", dir.resolve("bot.log"));
        log("%s ready in %.2f s, %.2f s of CPU (pid %d, log %s)", name, bot.readySeconds(), bot.readyCpuSeconds(),
                bot.pid(), dir.resolve("bot.log"));
        return bot;
    }

    private BotProcess startPeer() throws IOException, InterruptedException {
        int port = BotProcess.freePort();
        Path dir = Files.createDirectories(work.resolve("peer"));
        String app = Path.of(options.getOrDefault("peer-app", "../shared/peer-boltjs/app.js")).toAbsolutePath()
                .toString();
        Map<String, String> env = Map.of("NODE_PATH", options.getOrDefault("node-modules", "node_modules"),
                "SEED_FILE", Path.of(options.getOrDefault("seed",
                        "../shared/seed/backend-engineering-lead-microservices.txt")).toAbsolutePath().toString(),
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-bench-peer",
                "SLACK_API_URL", slack.apiUrl(), "PORT", String.valueOf(port));
        BotProcess bot = BotProcess.start("peer", List.of("node", app), dir, env, port, "/healthz",
                dir.resolve("bot.log"));
        log("peer ready in %.2f s (pid %d, log %s)", bot.readySeconds(), bot.pid(), dir.resolve("bot.log"));
        return bot;
    }

    /** Shares the checklists the mix ticks, and waits until each is posted. */
    private void shareChecklists(BotProcess bot, Workloads requests) throws InterruptedException {
        if (slack.checklistMessage(bot.name(), BenchSlackApi.CHECKLIST_CHANNEL_PREFIX + 0) != null) {
            return;
        }
        HttpLoad load = load(bot);
        for (int i = 0; i < Workloads.CHECKLISTS; i++) {
            int index = i;
            HttpLoad.Result one = load.openLoop((n, host) -> requests.shareChecklist(host, index), 1, 1);
            if (one.ok() != 1) {
                throw new IllegalStateException("sharing checklist " + i + " failed: " + summary(one));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int i = 0; i < Workloads.CHECKLISTS; i++) {
            while (slack.checklistMessage(bot.name(), BenchSlackApi.CHECKLIST_CHANNEL_PREFIX + i) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("checklist " + i + " was never posted");
                }
                Thread.sleep(50);
            }
        }
        log("%s: %d checklists shared for the mix's ticks", bot.name(), Workloads.CHECKLISTS);
    }

    /**
     * Waits (at most 30 s) until the bot has finished the work its acks left (no Web API call for a second), so
     * one step's backlog does not slow the next; returns how long that took after the load stopped.
     */
    private double drain(BotProcess bot) throws InterruptedException {
        long start = System.nanoTime();
        long lastCount = slack.total(bot.name());
        long lastChange = start;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(100);
            long count = slack.total(bot.name());
            if (count != lastCount) {
                lastCount = count;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange >= TimeUnit.SECONDS.toNanos(1)) {
                break;
            }
        }
        return (lastChange - start) / 1e9;
    }

    private static HttpLoad.Requests workload(Workloads requests, String name) {
        return switch (name) {
            case "skills" -> requests.skills();
            case "mix" -> requests.mix();
            default -> throw new IllegalArgumentException("unknown workload " + name + " (skills, mix)");
        };
    }

    private static HttpLoad load(BotProcess bot) {
        return new HttpLoad(bot.port(), EVENTS);
    }

    private void print(List<Row> rows, List<BotProcess> bots, Map<String, Workloads> requests) {
        String header = "%-7s %-13s |";
        StringBuilder title = new StringBuilder(String.format(header, "", ""));
        StringBuilder columns = new StringBuilder(String.format(header, "work", "load"));
        for (BotProcess bot : bots) {
            title.append(String.format(" %-52s|", switch (bot.name()) {
                case "java" -> "this bot (Java)";
                case "java-b" -> options.containsKey("vs-jar") ? "this bot, --vs-jar" : "this bot, --vs-flags";
                default -> "peer (Bolt-JS)";
            }));
            columns.append("   req/s   p50 ms   p99 ms p99.9 ms  errors  RSS MB |");
        }
        boolean both = bots.size() == 2;
        if (both) {
            title.append(bots.get(1).name().equals("peer") ? " this bot / peer" : " first / second");
            columns.append("   p99  req/s   RSS");
        }
        System.out.println();
        System.out.println(title);
        System.out.println(columns);
        for (int i = 0; i < rows.size(); i += bots.size()) {
            Row first = rows.get(i);
            StringBuilder line = new StringBuilder(String.format(header, first.workload(), first.load()));
            for (int b = 0; b < bots.size(); b++) {
                Row row = rows.get(i + b);
                HttpLoad.Result r = row.result();
                long failed = r.sent() - r.ok();
                line.append(String.format(" %7.1f %8.2f %8.2f %8.2f %7d %6.0f |", r.throughput(), r.percentileMs(50),
                        r.percentileMs(99), r.percentileMs(99.9), failed, row.peakKb() / 1024.0));
            }
            if (both) {
                Row java = rows.get(i);
                Row peer = rows.get(i + 1);
                line.append(String.format(" %5.2f  %5.2f %5.2f",
                        java.result().percentileMs(99) / peer.result().percentileMs(99),
                        java.result().throughput() / peer.result().throughput(),
                        (double) java.peakKb() / peer.peakKb()));
            }
            System.out.println(line);
        }
        if (rows.stream().anyMatch(r -> r.answers().asked() > 0)) {
            System.out.println();
            System.out.println("Work after the ack, mix: DM questions answered (a post in the user's DM), time from"
                    + " sending the question to that post, and how long the bot kept working after the step ended");
            StringBuilder columns2 = new StringBuilder(String.format(header, "work", "load"));
            for (BotProcess bot : bots) {
                columns2.append(String.format(" %-5s answered  p50 ms   p99 ms  drain s |", bot.name()));
            }
            System.out.println(columns2);
            for (int i = 0; i < rows.size(); i += bots.size()) {
                Row first = rows.get(i);
                if (first.answers().asked() == 0) {
                    continue;
                }
                StringBuilder line = new StringBuilder(String.format(header, first.workload(), first.load()));
                for (int b = 0; b < bots.size(); b++) {
                    Row row = rows.get(i + b);
                    Workloads.Answers a = row.answers();
                    line.append(String.format(" %6d/%-7d %8.1f %8.1f %8.1f |", a.answered(), a.asked(),
                            percentileMs(a.latencies(), 50), percentileMs(a.latencies(), 99), row.drainSeconds()));
                }
                System.out.println(line);
            }
        }
        System.out.println();
        if (coldStart != null) {
            System.out.printf("java  first start to ready (empty database and embedding cache%s) %.2f s, %.2f s of CPU%n",
                    coldStart.withArchive() ? ", with the class-data archive" : "", coldStart.seconds(),
                    coldStart.cpuSeconds());
        }
        for (BotProcess bot : bots) {
            System.out.printf("%-5s start to ready %.2f s, %.2f s of CPU%s; peak RSS over the run (VmHWM) %.0f MB,"
                            + " alive: %s%n", bot.name(), bot.readySeconds(), bot.readyCpuSeconds(),
                    isJava(bot) ? " (restart: warm embedding cache, existing database)" : "",
                    bot.statusKb("VmHWM:") / 1024.0, bot.isAlive());
            System.out.printf("      Web API calls after the acks: %s%n", slack.counts(bot.name()));
            System.out.printf("      mix requests sent: %s%n", requests.get(bot.name()).sentByKind());
        }
        System.out.println("Latency: from the moment a request was due to its full response (open loop); at max,"
                + " from send to response on each connection (closed loop). errors: not answered 200.");
    }

    private static double percentileMs(long[] sorted, double p) {
        return new HttpLoad.Result(0, 0, 0, 1, sorted).percentileMs(p);
    }

    private static String summary(HttpLoad.Result r) {
        return String.format("%.1f req/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d of %d not 200",
                r.throughput(), r.percentileMs(50), r.percentileMs(99), r.percentileMs(99.9), r.sent() - r.ok(),
                r.sent());
    }

    private static void jcmd(BotProcess bot, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin("jcmd"), String.valueOf(bot.pid())));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        log("jcmd %s: %s", String.join(" ", args), output.strip().replace('\n', ' '));
    }

    private static String javaBin(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    /** {@code --name value} pairs; {@code --quick} alone is a flag. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name [value]: " + Arrays.toString(args));
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "");
            }
        }
        return options;
    }
}
