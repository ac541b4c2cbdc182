package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ReminderNotDeliveredException;
import careercoach.checklist.ReminderSender;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.WebApi;
import com.slack.api.methods.MethodsClient;

import java.util.function.Supplier;

/**
 * Sends a checklist's due-date reminder: a DM to the recipient listing what is still open, with a link to the
 * checklist. When and to whom is decided by {@code careercoach.checklist.ChecklistReminders}.
 */
final class ReminderDm implements ReminderSender {
    private final ChecklistRenderer renderer;
    private final WebApi webApi;
    private final Supplier<MethodsClient> client;

    ReminderDm(ChecklistRenderer renderer, WebApi webApi, Supplier<MethodsClient> client) {
        this.renderer = renderer;
        this.webApi = webApi;
        this.client = client;
    }

    @Override
    public void remind(Checklist checklist, String recipientId) {
        try {
            webApi.call("chat.postMessage", () -> client.get().chatPostMessage(r -> r.channel(recipientId)
                    .text(renderer.reminderText(checklist)).blocks(renderer.reminder(checklist, recipientId))));
        } catch (SlackDeliveryException e) {
            throw new ReminderNotDeliveredException(e.error(), e.isPermanent(), e);
        }
    }
}
