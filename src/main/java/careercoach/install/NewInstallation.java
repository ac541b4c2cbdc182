package careercoach.install;

import java.time.Instant;
import java.util.Optional;

/**
 * What Slack's OAuth exchange ({@code oauth.v2.access}) grants: the bot's token (and, with token rotation, its
 * refresh token and expiry), for one workspace, or for a whole Enterprise Grid org when {@code orgWide}.
 *
 * @param enterpriseId    the Grid org, if any
 * @param teamId          the workspace; absent for an org-wide install
 * @param installerUserId who clicked "Allow" (kept for support; cleared by forget-me)
 */
public record NewInstallation(Optional<String> enterpriseId, Optional<String> teamId, boolean orgWide,
                              Optional<String> teamName, String appId, String botUserId, Optional<String> botId,
                              Optional<String> installerUserId, String scopes, String botToken,
                              Optional<String> refreshToken, Optional<Instant> tokenExpiresAt) {

    public NewInstallation {
        if (orgWide ? enterpriseId.isEmpty() : teamId.isEmpty()) {
            throw new IllegalArgumentException(orgWide ? "an org-wide install without an enterprise id"
                    : "a workspace install without a team id");
        }
    }

    /** The key its data is kept under: the org's for an org-wide install, else the workspace's. */
    public String key() {
        return Installations.keyOf(enterpriseId.orElse(null), teamId.orElse(null), orgWide);
    }

    @Override
    public String toString() {
        return "NewInstallation[" + key() + (orgWide ? ", org-wide" : "") + ", scopes=" + scopes + "]";
    }
}
