package careercoach.cli;

import java.io.PrintStream;

/** Placeholder until the validate command lands. */
public final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        err.println("validate: not available yet");
        return 2;
    }
}
