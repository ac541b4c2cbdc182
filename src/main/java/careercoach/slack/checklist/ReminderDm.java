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
    /** What {@link WebApi} reports for a call that was sent and timed out, and so was not tried again. */
    private static final String TIMEOUT_NOT_RETRIED = "timeout_not_retried";

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
            // Sent, then no answer in time: Slack may have posted it. Never sent again blindly.
            throw TIMEOUT_NOT_RETRIED.equals(e.error()) ? ReminderNotDeliveredException.outcomeUnknown(e.error(), e)
                    : new ReminderNotDeliveredException(e.error(), e.isPermanent(), e);
        }
    }
}
