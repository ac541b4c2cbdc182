package careercoach;

import careercoach.config.Config;
import careercoach.search.LiveGuides;
import careercoach.slack.BotTokenCheck;
import careercoach.slack.DeliveryLimits;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link CareerCoachApp} is built from besides the configuration and the stores: production's, unless a test
 * (a clock it moves, small limits, guides it holds back) or {@code serve} (the guides and the token check started
 * while the database opens) sets a part.
 */
public final class AppBuilder {
    private final Config config;
    private final Stores stores;
    private Clock clock = Clock.systemUTC();
    private DeliveryLimits limits = DeliveryLimits.DEFAULT;
    private Optional<CompletableFuture<LiveGuides>> guides = Optional.empty();
    private Optional<CompletableFuture<Void>> slackChecked = Optional.empty();

    AppBuilder(Config config, Stores stores) {
        this.config = config;
        this.stores = stores;
    }

    /**
     * The time of day for expiry, due dates and reminders; signed requests are always checked against the system
     * clock, as Slack signs them.
     */
    public AppBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** The pool for work after acks and the deadline of Web API calls. */
    public AppBuilder limits(DeliveryLimits limits) {
        this.limits = limits;
        return this;
    }

    /**
     * The guides being loaded (see {@link CareerCoachApp#loadGuides}): the Slack and web parts are built meanwhile,
     * and the app is built once the guides are served. Unset, they are loaded from the configuration.
     */
    public AppBuilder guides(CompletableFuture<LiveGuides> loading) {
        this.guides = Optional.of(loading);
        return this;
    }

    /** The start-up check of the bot token made meanwhile ({@link BotTokenCheck#inBackground}); unset, made here. */
    public AppBuilder slackChecked(CompletableFuture<Void> checked) {
        this.slackChecked = Optional.of(checked);
        return this;
    }

    public CareerCoachApp build() throws IOException {
        return new CareerCoachApp(this);
    }

    Config config() {
        return config;
    }

    Stores stores() {
        return stores;
    }

    Clock clock() {
        return clock;
    }

    DeliveryLimits limits() {
        return limits;
    }

    Optional<CompletableFuture<LiveGuides>> guides() {
        return guides;
    }

    Optional<CompletableFuture<Void>> slackChecked() {
        return slackChecked;
    }
}
