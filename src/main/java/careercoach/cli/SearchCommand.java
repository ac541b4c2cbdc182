package careercoach.cli;

import java.io.PrintStream;

/** Placeholder until the search command lands. */
public final class SearchCommand {
    private final PrintStream out;
    private final PrintStream err;

    public SearchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        err.println("search: not available yet");
        return 2;
    }
}
