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
 * Start to ready of this bot on a restart, as on a server whose {@code ./data} survives: one first start on an
 * empty database and embedding cache (it embeds the passages, trains the confidence, runs the migrations and, with
 * {@code --cds}, makes a class-data archive when the bot stops), then {@code --restarts} restarts on copies of that
 * database and on that cache, each timed from the process's start to {@code /readyz} answering 200, with the CPU
 * seconds used until then. Right after ready each restart is sent {@code /career skills} (its ack timed) and a DM
 * question (the time to its answer's post timed): readiness must mean ready.
 * <p>
 * {@code --jar A.jar --vs-jar B.jar} starts two jars in turn (A, B, A, B, …), so a before and an after see the
 * same machine. See {@code bench/README.md}.
 */
public final class StartBench {
    private static final String SECRET = "bench-signing-secret";
    private static final String EVENTS = "/slack/events";
    /** What {@code mvn package} builds, and the class-data archive it makes for README's command. */
    private static final Path BUILD_JAR = Path.of("target", "career-coach.jar");
    private static final Path BUILD_ARCHIVE = Path.of("target", "career-coach.jsa");

    private final Map<String, String> options;
    private final Path work;
    private final BenchSlackApi slack;
    private final SlackSigner signer = new SlackSigner(SECRET);

    /** One jar under test: its label, the jar, its class-data archive (or null) and its first start's database. */
    private record Subject(String name, Path jar, Path archive, Path database) {
    }

    /** One restart's figures. */
    private record Restart(double readySeconds, double cpuSeconds, double skillsAckMs, double answerMs) {
    }

    private StartBench(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = Files.createTempDirectory("career-coach-start");
        this.slack = new BenchSlackApi(Map.of("xoxb-bench-a", "a", "xoxb-bench-b", "b"));
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        StartBench bench = new StartBench(options(args));
        int status;
        try {
            status = bench.run();
        } finally {
            bench.slack.close();
            bench.deleteArchives();
        }
        System.exit(status);
    }

    /** The class-data archives made for the run (tens of MB each); the logs stay. */
    private void deleteArchives() throws IOException {
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private int run() throws Exception {
        int restarts = Integer.parseInt(options.getOrDefault("restarts", "5"));
        // yes: an archive made by each jar's first start; build: target/career-coach.jsa for target/career-coach.jar
        // (as README's command; other jars as with yes); no: none.
        boolean cds = !"no".equals(options.getOrDefault("cds", "yes"));
        List<Subject> subjects = new ArrayList<>();
        subjects.add(firstStart("a", Path.of(options.getOrDefault("jar", "target/career-coach.jar")), cds));
        if (options.containsKey("vs-jar")) {
            subjects.add(firstStart("b", Path.of(options.get("vs-jar")), cds));
        }
        Map<String, List<Restart>> results = new LinkedHashMap<>();
        subjects.forEach(s -> results.put(s.name(), new ArrayList<>()));
        for (int i = 0; i < restarts; i++) {
            for (Subject subject : subjects) {
                results.get(subject.name()).add(restart(subject, i));
            }
        }
        System.out.println();
        System.out.printf("start to ready on a restart (%d each, class-data archive: %s), load average at the end: %s%n",
                restarts, options.getOrDefault("cds", "yes"), Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("%-4s %-40s | %-34s | %-9s | %-9s | %-12s | %s%n", "", "jar", "ready s (each)", "median",
                "min", "CPU s (med)", "skills ack ms / DM answer ms (median)");
        for (Subject subject : subjects) {
            List<Restart> runs = results.get(subject.name());
            System.out.printf("%-4s %-40s | %-34s | %9.2f | %9.2f | %12.2f | %.0f / %.0f%n", subject.name(),
                    abbreviate(subject.jar().toString(), 40),
                    String.join(" ", runs.stream().map(r -> String.format("%.2f", r.readySeconds())).toList()),
                    median(runs.stream().mapToDouble(Restart::readySeconds).toArray()),
                    runs.stream().mapToDouble(Restart::readySeconds).min().orElse(Double.NaN),
                    median(runs.stream().mapToDouble(Restart::cpuSeconds).toArray()),
                    median(runs.stream().mapToDouble(Restart::skillsAckMs).toArray()),
                    median(runs.stream().mapToDouble(Restart::answerMs).toArray()));
        }
        return 0;
    }

    /**
     * The first start of a jar on an empty database and embedding cache; with {@code cds} it makes the jar's
     * class-data archive (written when it stops). Serves a little of the mix, so the archive holds those classes.
     */
    private Subject firstStart(String name, Path jar, boolean cds) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(name + "-first"));
        // The build's archive serves README's command: the built jar by its relative path from the repository.
        boolean buildArchive = cds && "build".equals(options.get("cds"))
                && jar.toAbsolutePath().normalize().equals(BUILD_JAR.toAbsolutePath().normalize());
        if (buildArchive) {
            if (!Files.exists(BUILD_ARCHIVE)) {
                throw new IllegalStateException("no " + BUILD_ARCHIVE + ": build with mvn package first");
            }
            cds = false;
        }
        Path archive = cds ? work.resolve(name + ".jsa") : null;
        List<String> extra = cds ? List.of("-XX:ArchiveClassesAtExit=" + archive) : List.of();
        BotProcess bot = start(name, jar, dir, extra, "first", false);
        try {
            log("%s first start (empty database and embedding cache) ready in %.2f s", name, bot.readySeconds());
            Workloads requests = new Workloads(name, false, signer, slack, EVENTS);
            new HttpLoad(bot.port(), EVENTS).openLoop(requests.mix(), 50, 3);
            Thread.sleep(1000);
        } finally {
            // The archive is written as the JVM exits: give it time.
            bot.stop(120);
        }
        if (archive != null && !Files.exists(archive)) {
            throw new IllegalStateException(name + ": no class-data archive was written (see "
                    + dir.resolve("bot.log") + ")");
        }
        return new Subject(name, jar.toAbsolutePath(), buildArchive ? BUILD_ARCHIVE : archive, dir);
    }

    private Restart restart(Subject subject, int i) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(subject.name() + "-" + i));
        try (var files = Files.list(subject.database())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("db.")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        boolean readme = subject.archive() != null && subject.archive().equals(BUILD_ARCHIVE);
        List<String> extra = subject.archive() == null ? List.of()
                : List.of("-XX:SharedArchiveFile=" + (readme ? BUILD_ARCHIVE : subject.archive()));
        try (BotProcess bot = start(subject.name(), readme ? BUILD_JAR : subject.jar(), dir, extra, "restart " + i,
                readme)) {
            double ready = bot.readySeconds();
            double cpu = bot.readyCpuSeconds();
            // Ready means ready: a command answered at once, and a question sent now answered.
            Workloads requests = new Workloads(subject.name(), false, signer, slack, EVENTS);
            HttpLoad load = new HttpLoad(bot.port(), EVENTS);
            HttpLoad.Result skills = load.openLoop(requests.skills(), 1, 1);
            HttpLoad.Result question = load.openLoop((n, host) -> requests.question(host,
                    BenchSlackApi.QUESTION_USER_PREFIX + "R" + i, "how much does a backend lead earn"), 1, 1);
            if (skills.ok() != 1 || question.ok() != 1) {
                throw new IllegalStateException(subject.name() + ": a request right after ready failed");
            }
            Workloads.Answers answers = awaitAnswer(requests);
            log("%s restart %d: ready in %.2f s, %.2f s of CPU; skills ack %.0f ms, DM answered in %.0f ms (log %s)",
                    subject.name(), i, ready, cpu, skills.percentileMs(50), answerMs(answers),
                    dir.resolve("bot.log"));
            return new Restart(ready, cpu, skills.percentileMs(50), answerMs(answers));
        }
    }

    private static Workloads.Answers awaitAnswer(Workloads requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!requests.allAnswered() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return requests.takeAnswers();
    }

    private static double answerMs(Workloads.Answers answers) {
        return answers.latencies().length == 0 ? Double.NaN : answers.latencies()[0] / 1e6;
    }

    /** @param fromRepository run from the repository with the jar's relative path, as README's command does */
    private BotProcess start(String name, Path jar, Path dir, List<String> extraFlags, String what,
                             boolean fromRepository) throws IOException, InterruptedException {
        int port = BotProcess.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String flags = options.getOrDefault("java-flags", "");
        if (!flags.isBlank()) {
            command.addAll(List.of(flags.trim().split("\\s+")));
        }
        command.addAll(extraFlags);
        command.add("-jar");
        command.add(fromRepository ? jar.toString() : jar.toAbsolutePath().toString());
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-bench-" + name, "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", slack.apiUrl(), "PORT", String.valueOf(port),
                "INDEX_DATA", Path.of(options.getOrDefault("index-data", "index-data")).toAbsolutePath().toString(),
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
                "SEARCH_CACHE", work.resolve(name + "-search-cache").toAbsolutePath().toString());
        log("starting %s (%s): %s", name, what, String.join(" ", command));
        return BotProcess.start(name, command, fromRepository ? Path.of("").toAbsolutePath() : dir, env, port,
                "/readyz", dir.resolve("bot.log"));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    /** {@code --name value} pairs. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs: " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
