package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ReminderNotDeliveredException;
import careercoach.checklist.ReminderSender;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.WebApi;
import careercoach.slack.WorkspaceClients;

/**
 * Sends a checklist's due-date reminder: a DM to the recipient listing what is still open, with a link to the
 * checklist. When and to whom is decided by {@code careercoach.checklist.ChecklistReminders}.
 */
final class ReminderDm implements ReminderSender {
    private final ChecklistRenderer renderer;
    private final WebApi webApi;
    private final WorkspaceClients clients;

    /** @param clients each reminder goes out with the token of its checklist's own workspace */
    ReminderDm(ChecklistRenderer renderer, WebApi webApi, WorkspaceClients clients) {
        this.renderer = renderer;
        this.webApi = webApi;
        this.clients = clients;
    }

    @Override
    public void remind(Checklist checklist, String recipientId) {
        try {
            webApi.call("chat.postMessage", () -> clients.of(checklist.teamId()).chatPostMessage(r -> r
                    .channel(recipientId).text(renderer.reminderText(checklist))
                    .blocks(renderer.reminder(checklist, recipientId))));
        } catch (SlackDeliveryException e) {
            throw new ReminderNotDeliveredException(e.error(), e.isPermanent(), e);
        }
    }
}
