package careercoach.slack.checklist;

import careercoach.checklist.ReminderNotDeliveredException;
import careercoach.checklist.WeeklyDigest;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.WebApi;
import careercoach.slack.WorkspaceClients;

/** Sends a manager's weekly digest as a DM, with the token of the manager's own workspace. */
final class DigestDm implements WeeklyDigest.Sender {
    private final TeamViewRenderer renderer;
    private final WebApi webApi;
    private final WorkspaceClients clients;

    DigestDm(TeamViewRenderer renderer, WebApi webApi, WorkspaceClients clients) {
        this.renderer = renderer;
        this.webApi = webApi;
        this.clients = clients;
    }

    @Override
    public void send(WeeklyDigest digest) {
        try {
            webApi.call("chat.postMessage", () -> clients.of(digest.teamId()).chatPostMessage(r -> r
                    .channel(digest.managerId()).text(renderer.digestText(digest)).blocks(renderer.digest(digest))));
        } catch (SlackDeliveryException e) {
            throw new ReminderNotDeliveredException(e.error(), e.isPermanent(), e);
        }
    }
}
