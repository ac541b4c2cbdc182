package careercoach;

import careercoach.cli.ImportCommand;
import careercoach.cli.NewGuideCommand;
import careercoach.cli.ReportCommand;
import careercoach.cli.SearchCommand;
import careercoach.cli.ValidateCommand;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Entry point of {@code career-coach.jar}: {@code serve} (default), {@code search}, {@code validate}, {@code report}, {@code new-guide}, {@code import}. */
public final class Main {

    public static void main(String[] args) throws Exception {
        readableLogsForPeople(System.getenv());
        String command = args.length == 0 ? "serve" : args[0];
        quietLogsForCommands(command, System.getenv());
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        int status = switch (command) {
            case "serve" -> new ServeCommand().run(rest);
            case "search" -> new SearchCommand(System.out, System.err).run(rest);
            case "validate" -> new ValidateCommand(System.out, System.err).run(rest);
            case "report" -> new ReportCommand(System.out, System.err, System::getenv).run(rest);
            case "new-guide" -> new NewGuideCommand(System.out, System.err, System::getenv).run(rest);
            case "import" -> new ImportCommand(System.out, System.err, System::getenv).run(rest);
            case "-h", "--help", "help" -> usage(0);
            default -> usage(2);
        };
        if (status != ServeCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    /**
     * JSON log lines are for a log pipeline; a person trying the bot on their machine (local mode, no Slack
     * variables) reads plain lines unless they chose a format. Runs before the first logger is made, when logback
     * reads {@code LOG_FORMAT}.
     */
    static void readableLogsForPeople(Map<String, String> env) {
        boolean chosen = env.containsKey("LOG_FORMAT") || System.getProperty("LOG_FORMAT") != null;
        boolean slack = env.containsKey("SLACK_BOT_TOKEN") || env.containsKey("SLACK_APP_TOKEN")
                || env.containsKey("SLACK_CLIENT_ID");
        if (!chosen && !slack) {
            System.setProperty("LOG_FORMAT", "text");
        }
    }

    /**
     * The authors' commands (validate, import, new-guide, report) print their own words; a log line among them ("INFO
     * GuideLoader not serving 1 draft guide(s)") is noise, so they log warnings and errors only, unless
     * {@code LOG_LEVEL} is chosen. The server logs at INFO, and so does search, whose lines say why a first question
     * takes a while (the model loading, passages embedded). Runs before the first logger is made.
     */
    static void quietLogsForCommands(String command, Map<String, String> env) {
        boolean chosen = env.containsKey("LOG_LEVEL") || System.getProperty("LOG_LEVEL") != null;
        if (!chosen && List.of("validate", "import", "new-guide", "report").contains(command)) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
    }

    private static int usage(int status) {
        (status == 0 ? System.out : System.err).println("""
                usage: java -jar career-coach.jar [serve]
                       java -jar career-coach.jar search [--json] [--limit N] [--guide ID] "question"
                       java -jar career-coach.jar search --json --batch FILE   (a line is asked up to its first tab)
                       java -jar career-coach.jar validate [INDEX_DATA_DIR]
                       java -jar career-coach.jar report [--since 30d] [--json]
                       java -jar career-coach.jar new-guide ID "Title" [INDEX_DATA_DIR]
                       java -jar career-coach.jar import FILE [--id ID] [--title TITLE] [--out FILE.yml] [--force]""");
        return status;
    }
}
