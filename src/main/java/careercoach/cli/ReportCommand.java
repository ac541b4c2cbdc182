package careercoach.cli;

import careercoach.config.Config;
import careercoach.content.ContentReport;
import careercoach.content.ContentReports;
import careercoach.content.QuestionLog;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;
import careercoach.search.ReloadStatus;
import careercoach.content.ReportPeriod;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideValidationException;
import careercoach.guide.SectionKinds;
import careercoach.search.SentenceVectors;
import careercoach.store.Database;
import careercoach.store.JdbcQuestionLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code report [--since 30d] [--json]}: what the bot could not answer, from the database in {@code DATABASE_URL}
 * (the server's own; without it ./data in the folder it runs from), and whether the guides in {@code INDEX_DATA}
 * load. An embedded database that is not there is named and not created: an empty one would report no questions.
 */
public final class ReportCommand {
    static final String USAGE = "usage: java -jar career-coach.jar report [--since 30d] [--json]";

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> env;
    private final Function<String, float[]> sentenceVector;
    private final Clock clock;
    /** The folder it runs from: without {@code DATABASE_URL}, the server run from there keeps its data in ./data. */
    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    public ReportCommand(PrintStream out, PrintStream err, UnaryOperator<String> env) {
        this(out, err, env, SentenceVectors::of, Clock.systemUTC(), Path.of(""));
    }

    ReportCommand(PrintStream out, PrintStream err, UnaryOperator<String> env,
                  Function<String, float[]> sentenceVector, Clock clock, Path folder) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.sentenceVector = sentenceVector;
        this.clock = clock;
        this.folder = folder;
    }

    public int run(String[] args) {
        Duration period = ReportPeriod.DEFAULT;
        boolean asJson = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> asJson = true;
                case "--since" -> {
                    if (i + 1 == args.length) {
                        err.println("report: --since needs a period such as 30d\n" + USAGE);
                        return 2;
                    }
                    try {
                        period = ReportPeriod.parse(args[++i]);
                    } catch (IllegalArgumentException e) {
                        err.println("report: " + e.getMessage());
                        return 2;
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("report: unknown argument '" + args[i] + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        GuidesOnDisk guides = guidesOnDisk();
        Optional<ReloadStatus.Failure> onDisk = guides.problems();
        List<String> kinds = guides.sectionKinds();
        boolean recordText = Config.recordsQuestions(env);
        String url = env.apply("DATABASE_URL");
        boolean configured = url != null && !url.isBlank();
        String databaseUrl = configured ? url.strip()
                : "jdbc:h2:file:" + folder.resolve(Database.DEFAULT_FILE).toAbsolutePath() + Database.H2_SETTINGS;
        Optional<Path> missing = missingH2File(databaseUrl);
        if (missing.isPresent()) {
            // Opening it would create an empty database and report that nobody asked anything.
            err.println("report: no database at " + missing.get() + (configured
                    ? " (the file DATABASE_URL names): set DATABASE_URL to the server's database"
                    : " (DATABASE_URL is not set, so the report reads ./data in the folder it runs from): run it from"
                    + " the bot's folder, or set DATABASE_URL to the server's database"));
            return 1;
        }
        try (Database database = Database.open(databaseUrl)) {
            QuestionLog log = new JdbcQuestionLog(database);
            ContentReport report = new ContentReports(log, sentenceVector, () -> onDisk, () -> kinds, clock,
                    recordText).report(period);
            out.println(asJson ? json(report) : text(report, recordText));
            return 0;
        } catch (RuntimeException e) {
            err.println("report: cannot read the database: " + e.getMessage()
                    + (url == null || url.isBlank() ? " (the embedded database under ./data is open in one process at"
                    + " a time: stop the server, or use /career report)" : ""));
            return 1;
        }
    }

    /**
     * The file of an embedded H2 database that is not there ({@code jdbc:h2:file:} or {@code jdbc:h2:} and a path,
     * relative ones from {@link #folder}); empty for one that is, and for every other kind of database.
     */
    private Optional<Path> missingH2File(String databaseUrl) {
        if (!databaseUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = databaseUrl.substring("jdbc:h2:".length());
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio: ...: not a plain file to look for
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        Path path = name.startsWith("~") ? Path.of(System.getProperty("user.home") + name.substring(1))
                : folder.resolve(name);
        Path file = path.resolveSibling(path.getFileName() + ".mv.db").toAbsolutePath().normalize();
        return Files.exists(file) ? Optional.empty() : Optional.of(file);
    }

    /** What the report says of the guides on disk: their problems, or the kinds of their sections. */
    private record GuidesOnDisk(Optional<ReloadStatus.Failure> problems, List<String> sectionKinds) {
    }

    /**
     * The problems of the guides on disk now (what a reload of the running server would refuse), or, when they
     * load, the kind each section of their own ids was given.
     */
    private GuidesOnDisk guidesOnDisk() {
        String configured = env.apply("INDEX_DATA");
        Path indexData = Path.of(configured == null || configured.isBlank() ? "index-data" : configured.strip());
        String defaultGuide = env.apply("DEFAULT_GUIDE");
        try {
            // Each section's kind as the server gives it, read from its content where its heading names none.
            List<String> kinds = new GuideLoader(Optional.ofNullable(defaultGuide))
                    .readingKinds(KindsByMeaning.reader(GuideSearch.cacheDirectory(env))).load(indexData).guides()
                    .stream().flatMap(g -> SectionKinds.describe(g).stream()).toList();
            return new GuidesOnDisk(Optional.empty(), kinds);
        } catch (GuideValidationException e) {
            return new GuidesOnDisk(Optional.of(new ReloadStatus.Failure(clock.instant(),
                    e.problems().stream().map(Object::toString).toList())), List.of());
        } catch (IOException e) {
            return new GuidesOnDisk(Optional.of(new ReloadStatus.Failure(clock.instant(),
                    List.of(indexData + ": " + e.getMessage()))), List.of());
        }
    }

    private String text(ContentReport report, boolean recordText) {
        StringBuilder s = new StringBuilder();
        s.append("What the bot could not answer, ").append(DateTimeFormatter.ISO_INSTANT.format(report.since()))
                .append(" to ").append(DateTimeFormatter.ISO_INSTANT.format(report.until())).append('\n');
        s.append(report.questionTextRecorded() ? "(question text recorded)\n" : report.storedTextHidden()
                // This command reads RECORD_QUESTIONS from its own environment, not the server's: say so, as an
                // author who left it out of the shell would otherwise take the server's text for gone.
                ? "(question text not shown: RECORD_QUESTIONS is off for this command, so the text kept is hidden;"
                + " where the server runs with RECORD_QUESTIONS=on, run report with it on too, else the server's"
                + " next purge deletes it; counts follow)\n"
                : "(question text not recorded: set RECORD_QUESTIONS=on for the server and for this command to see"
                + " the questions; counts follow)\n");
        report.reloadFailure().ifPresent(f -> {
            s.append("\nThe guides on disk have problems (a running server keeps the guides loaded before):\n");
            f.problems().forEach(p -> s.append("  ").append(p).append('\n'));
        });
        s.append("\nQuestions not answered, or answered with little confidence: ").append(report.notAnswered())
                .append('\n');
        if (report.notAnswered() == 0) {
            s.append("  none\n");
        }
        int grouped = 0;
        for (ContentReport.QuestionGroup g : report.unansweredQuestions()) {
            s.append(String.format("  %4d  %s%n", g.count(), g.question()));
            g.otherWordings().forEach(w -> s.append("        also: ").append(w).append('\n'));
            grouped += g.count();
        }
        // The lines add up to the figure above: questions in groups too small to list, and those without text.
        int unlisted = report.notAnswered() - report.notAnsweredWithoutText() - grouped;
        if (unlisted > 0) {
            s.append(String.format("  %4d  in smaller groups, not listed%n", unlisted));
        }
        if (report.notAnsweredWithoutText() > 0) {
            s.append(String.format("  %4d  without their text (%s)%n", report.notAnsweredWithoutText(), recordText
                    ? "asked while RECORD_QUESTIONS was off" : "RECORD_QUESTIONS is off"));
        }
        if (!report.gapsBySection().isEmpty()) {
            s.append("\nBy guide and the section the search came closest to (unanswered / low confidence):\n");
        }
        for (ContentReport.SectionGaps g : report.gapsBySection()) {
            s.append(String.format("  %4d / %-4d %s / %s%n", g.unanswered(), g.lowConfidence(), g.guideId(),
                    g.sectionId().orElse("(no section)")));
        }
        s.append("\nSections with the most thumbs-down:\n");
        if (report.mostUnhelpful().isEmpty()) {
            s.append("  none\n");
        }
        for (ContentReport.SectionVotes v : report.mostUnhelpful()) {
            s.append(String.format("  %4d  %s / %s%n", v.unhelpful(), v.guideId(), v.sectionId()));
            v.questions().forEach(q -> s.append("        asked: ").append(q).append('\n'));
        }
        s.append("\nAnswer rate per week (weeks from Monday, UTC):\n");
        if (report.answerRatePerWeek().isEmpty()) {
            s.append("  no questions\n");
        }
        for (ContentReport.WeekRate w : report.answerRatePerWeek()) {
            s.append(String.format("  %s  %3d%% of %d%n", w.weekOf(), Math.round(w.rate() * 100), w.asked()));
        }
        if (!report.sectionKinds().isEmpty()) {
            s.append("\nSections with their own ids, and their kind:\n");
            report.sectionKinds().forEach(k -> s.append("  ").append(k).append('\n'));
        }
        return s.toString().stripTrailing();
    }

    private String json(ContentReport report) {
        ObjectNode root = json.createObjectNode();
        root.put("since", report.since().toString());
        root.put("until", report.until().toString());
        root.put("questionTextRecorded", report.questionTextRecorded());
        root.put("storedQuestionTextHidden", report.storedTextHidden());
        ArrayNode problems = root.putArray("guideProblems");
        report.reloadFailure().ifPresent(f -> f.problems().forEach(problems::add));
        root.put("notAnswered", report.notAnswered());
        root.put("notAnsweredWithoutText", report.notAnsweredWithoutText());
        ArrayNode groups = root.putArray("unansweredQuestions");
        for (ContentReport.QuestionGroup g : report.unansweredQuestions()) {
            ObjectNode n = groups.addObject().put("question", g.question()).put("count", g.count());
            g.otherWordings().forEach(n.putArray("otherWordings")::add);
            g.guides().forEach(n.putArray("guides")::add);
        }
        ArrayNode gaps = root.putArray("gapsBySection");
        for (ContentReport.SectionGaps g : report.gapsBySection()) {
            gaps.addObject().put("guide", g.guideId()).put("section", g.sectionId().orElse(null))
                    .put("unanswered", g.unanswered()).put("lowConfidence", g.lowConfidence());
        }
        ArrayNode votes = root.putArray("mostUnhelpful");
        for (ContentReport.SectionVotes v : report.mostUnhelpful()) {
            ObjectNode n = votes.addObject().put("guide", v.guideId()).put("section", v.sectionId())
                    .put("unhelpful", v.unhelpful());
            v.questions().forEach(n.putArray("questions")::add);
        }
        report.sectionKinds().forEach(root.putArray("sectionKinds")::add);
        ArrayNode weeks = root.putArray("answerRatePerWeek");
        for (ContentReport.WeekRate w : report.answerRatePerWeek()) {
            weeks.addObject().put("weekOf", w.weekOf().toString()).put("asked", w.asked())
                    .put("answered", w.answered());
        }
        return root.toString();
    }
}
