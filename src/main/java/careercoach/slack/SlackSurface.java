package careercoach.slack;

import com.slack.api.bolt.App;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a {@link SlackFeature} gets to wire itself: the Bolt app (block actions, views, events), the
 * {@code /career} router, the router of direct messages and mentions, the App Home, the user's guide, the retrying
 * Web API, the executor for work after the ack, metrics, the Web API clients for work outside a request (each
 * workspace's own token; inside a request, use its context's client), and {@code deliveries}: claims shared by every
 * instance, for a click that must act once however often it is pressed (a confirmation's button, double-clicked).
 */
public record SlackSurface(App app, CareerCommands commands, MessageRouter messages, HomeTab home, UserGuides guides,
                           WebApi webApi, WorkAfterAck executor, MeterRegistry metrics, WorkspaceClients clients,
                           ProcessedEvents deliveries) {
}
