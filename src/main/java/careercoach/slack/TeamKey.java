package careercoach.slack;

import com.slack.api.bolt.context.Context;

/**
 * The team id a request's data is kept under. With one workspace it is the team id of the payload, as Slack sent
 * it. In distribution mode it is the key of the installation that authorized the request: the workspace's team
 * id, or, for an org-wide install on Enterprise Grid, the org's enterprise id, so a person is one person in every
 * workspace of the org (Slack's user ids are the same across them) and their data, DM and App Home follow them.
 * Features read a request's team through here, never from the payload directly.
 */
public final class TeamKey {
    private static final String ATTRIBUTE = "careercoach.team_key";

    private TeamKey() {
    }

    /** The key set by the request's authorization, else the payload's team id. */
    public static String of(Context context, String payloadTeamId) {
        if (context == null) {
            return payloadTeamId;
        }
        String key = context.getAdditionalValues().get(ATTRIBUTE);
        return key != null ? key : payloadTeamId;
    }

    /** Set by the middleware that found the request's installation. */
    public static void set(Context context, String key) {
        context.getAdditionalValues().put(ATTRIBUTE, key);
    }
}
