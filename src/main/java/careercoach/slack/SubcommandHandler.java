package careercoach.slack;

import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;

import java.io.IOException;

/** Answers one {@code /career} subcommand; must return the ack (within 3 s) and do slow work after it. */
@FunctionalInterface
public interface SubcommandHandler {
    Response handle(CommandCall call) throws IOException, SlackApiException;
}
