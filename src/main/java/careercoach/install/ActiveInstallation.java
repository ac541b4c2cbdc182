package careercoach.install;

import java.util.Optional;

/**
 * An installation whose bot token is usable now: what a request or a job needs to call Slack for its workspace.
 *
 * @param key the key the workspace's (or org's) data is kept under
 */
public record ActiveInstallation(String key, Optional<String> enterpriseId, Optional<String> teamId,
                                 boolean orgWide, String botUserId, Optional<String> botId, String scopes,
                                 String botToken) {

    @Override
    public String toString() {
        return "ActiveInstallation[" + key + (orgWide ? ", org-wide" : "") + "]";
    }
}
