package careercoach.slack;

/**
 * A feature's Slack wiring. {@link #install} registers its {@code /career} subcommands with
 * {@code surface.commands()} and its block actions, view submissions and events on {@code surface.app()}.
 */
@FunctionalInterface
public interface SlackFeature {
    void install(SlackSurface surface);
}
