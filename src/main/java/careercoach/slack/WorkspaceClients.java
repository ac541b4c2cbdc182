package careercoach.slack;

import com.slack.api.methods.MethodsClient;

/**
 * The Web API client for work outside a request (reminders, App Home republishes, checklist message updates): it
 * carries the bot token of the workspace, or Grid org, whose data is kept under {@code teamKey} (see
 * {@link TeamKey}), and never another's. With one workspace it is the token from the environment; in distribution
 * mode, the token of that workspace's installation, refreshed when due.
 */
@FunctionalInterface
public interface WorkspaceClients {

    /** @throws NotInstalledException when the app is not, or no longer, installed there */
    MethodsClient of(String teamKey);
}
