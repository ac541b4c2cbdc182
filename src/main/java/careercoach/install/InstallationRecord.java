package careercoach.install;

import java.time.Instant;

/**
 * An installation as stored: tokens sealed ({@link TokenCipher}), never in the clear. Nullable fields are null
 * when unknown or not applicable.
 *
 * @param sealedBotToken     null once the installation was removed
 * @param sealedRefreshToken null without token rotation (or once removed)
 * @param tokenExpiresAt     null without token rotation
 * @param tokenVersion       raised with every change of the tokens
 * @param refreshRetryAt     after a failed refresh, when the next may be tried
 * @param removedAt          when it was uninstalled or its tokens revoked; its data goes after the retention
 */
public record InstallationRecord(String key, String enterpriseId, String teamId, boolean orgWide, String teamName,
                                 String appId, String botUserId, String botId, String installerUserId,
                                 String scopes, String sealedBotToken, String sealedRefreshToken,
                                 Instant tokenExpiresAt, long tokenVersion, int refreshFailures,
                                 Instant refreshRetryAt, Instant installedAt, Instant updatedAt, Instant removedAt,
                                 String removedBecause) {

    public boolean active() {
        return removedAt == null && sealedBotToken != null;
    }

    public boolean rotating() {
        return sealedRefreshToken != null && tokenExpiresAt != null;
    }

    @Override
    public String toString() {
        return "InstallationRecord[" + key + (orgWide ? ", org-wide" : "") + ", version " + tokenVersion
                + (removedAt == null ? "" : ", removed " + removedAt) + "]";
    }
}
