package careercoach.slack;

import careercoach.privacy.ForgetMe;
import careercoach.privacy.PersonalCache;

import java.util.List;

/**
 * A feature's Slack wiring. {@link #install} registers its {@code /career} subcommands with
 * {@code surface.commands()}, its phrases with {@code surface.messages()}, and its block actions, view submissions
 * and events on {@code surface.app()}. A feature that runs something on its own (a schedule) starts it in
 * {@link #start} and stops it in {@link #close}.
 */
@FunctionalInterface
public interface SlackFeature {
    void install(SlackSurface surface);

    /**
     * The caches of people's data this feature made at install (time zones, ...): the composition root registers
     * them with forget-me ({@link ForgetMe#register}), so a forget-me leaves no copy in memory.
     */
    default List<PersonalCache> personalCaches() {
        return List.of();
    }

    /** Called when the app starts serving, after every feature is installed. */
    default void start() {
    }

    /** Called when the app stops, before the Slack client is closed. */
    default void close() {
    }
}
