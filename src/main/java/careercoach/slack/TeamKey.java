package careercoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
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

    /**
     * The key of a click. Its workspace is the payload's {@code team}; in an org-wide install Slack may leave
     * {@code team} null, and the clicking user's {@code team_id} names it (as Bolt reads it). Never the user's
     * team where {@code team} is given: in a channel shared with another workspace, the clicker may be of another
     * workspace than the message they click, and the message's is where its data is kept.
     */
    public static String of(Context context, BlockActionPayload payload) {
        return of(context, teamOf(payload));
    }

    /** The workspace a click names ({@link #of(Context, BlockActionPayload)}), null when it names none. */
    public static String teamOf(BlockActionPayload payload) {
        if (payload.getTeam() != null && payload.getTeam().getId() != null) {
            return payload.getTeam().getId();
        }
        return payload.getUser() == null ? null : payload.getUser().getTeamId();
    }

    /**
     * The key of a form submitted, read as Bolt reads its workspace: the view's {@code app_installed_team_id} (a
     * form opened in another workspace of a shared channel names there the workspace the app is installed in),
     * else the payload's {@code team}, else the view's {@code team_id}, else the user's {@code team_id} (an
     * org-wide install may leave {@code team} null).
     */
    public static String of(Context context, ViewSubmissionPayload payload) {
        var view = payload.getView();
        String team = view != null && view.getAppInstalledTeamId() != null ? view.getAppInstalledTeamId()
                : payload.getTeam() != null && payload.getTeam().getId() != null ? payload.getTeam().getId()
                : view != null && view.getTeamId() != null ? view.getTeamId()
                : payload.getUser() != null ? payload.getUser().getTeamId() : null;
        return of(context, team);
    }

    /** Set by the middleware that found the request's installation. */
    public static void set(Context context, String key) {
        context.getAdditionalValues().put(ATTRIBUTE, key);
    }
}
