package careercoach.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;

import java.util.List;

/**
 * Serving many workspaces from one process (distribution mode): instead of Bolt's single-team authorization with
 * the environment's token, each request is authorized with its own workspace's installation, and jobs outside
 * requests get their workspace's token through {@link #clients}.
 */
public interface MultiWorkspace {

    /** Adds the app's OAuth settings (client id and secret, scopes, install and redirect paths). */
    void configure(AppConfig.AppConfigBuilder config);

    /**
     * The middleware that answers the install pages and authorizes every other request with its workspace's
     * installation (setting its {@link TeamKey}). It runs after admission and the store-outage answer, so a
     * database out of reach while a request is authorized gets "try again", and before de-duplication.
     */
    List<Middleware> middleware(App app);

    /** The clients for work outside requests, each with the token of its own workspace. */
    WorkspaceClients clients(Slack slack);
}
