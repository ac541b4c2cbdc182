package careercoach.install;

import java.time.Instant;

/**
 * One line of the installations' audit: which installation ({@code key}, a team or enterprise id), what happened,
 * and when. Never a user id.
 */
public record InstallationEvent(String key, String enterpriseId, boolean orgWide, Kind kind, String detail,
                                Instant at) {

    public enum Kind {
        /** First install of this key (or after its data was deleted). */
        INSTALLED,
        /** Installed again while known: new tokens; within the grace period after a removal, the data is found. */
        REINSTALLED,
        /** Tokens deleted: uninstalled, tokens revoked, or refused by Slack; the data waits for the retention. */
        REMOVED,
        /** Every row of the team deleted, after the retention. */
        DATA_DELETED
    }
}
