package careercoach.cli;

/** Placeholder until the server lands. */
public final class ServeCommand {
    /** Returned by {@link #run} when the server was started and the JVM must keep running. */
    public static final int KEEP_RUNNING = -1;

    public int run(String[] args) {
        System.err.println("serve: not available yet");
        return 2;
    }
}
