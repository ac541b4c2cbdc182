package careercoach.slack;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.SlackApiException;

import java.io.IOException;

/**
 * Answers a direct message or a mention. Runs before the ack, which the router sends when this returns: slow work
 * (searching, the Web API) goes to {@code surface.executor()}. {@code context.client()} calls Slack for the
 * message's workspace.
 */
@FunctionalInterface
public interface MessageHandler {
    void handle(IncomingMessage message, EventContext context) throws IOException, SlackApiException;
}
