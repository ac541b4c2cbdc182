package careercoach.slack;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ChecklistService;
import careercoach.checklist.ReminderSender;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Puts checklists in front of people through the Web API: the channel message (post, update in place), the App
 * Homes of the person and the manager, and the due-date DM.
 */
public final class ChecklistMessages implements ReminderSender {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistMessages.class);

    private final ChecklistService service;
    private final ChecklistRenderer renderer;
    private final ChecklistHome home;
    private final WebApi webApi;
    private final Supplier<MethodsClient> client;

    public ChecklistMessages(ChecklistService service, ChecklistRenderer renderer, ChecklistHome home, WebApi webApi,
                             Supplier<MethodsClient> client) {
        this.service = service;
        this.renderer = renderer;
        this.home = home;
        this.webApi = webApi;
        this.client = client;
    }

    /** Posts a stored checklist in its channel and remembers the message, so ticks can update it. */
    public Checklist post(Checklist checklist) throws SlackDeliveryException {
        String channel = checklist.channelId().orElseThrow();
        ChatPostMessageResponse posted = webApi.call("chat.postMessage", () -> client.get().chatPostMessage(r -> r
                .channel(channel).text(renderer.fallbackText(checklist)).blocks(renderer.message(checklist))));
        String permalink = null;
        try {
            permalink = webApi.call("chat.getPermalink", () -> client.get().chatGetPermalink(r -> r
                    .channel(posted.getChannel()).messageTs(posted.getTs()))).getPermalink();
        } catch (SlackDeliveryException e) {
            LOG.info("no permalink for checklist {}: {}", checklist.id(), e.error());
        }
        service.attachMessage(checklist.id(), posted.getChannel(), posted.getTs(), permalink);
        return service.find(checklist.id()).orElseThrow();
    }

    /** Shows the stored state everywhere: the channel message, and both App Homes. */
    public void refresh(Checklist checklist, String teamId) {
        if (checklist.messageTs().isPresent()) {
            try {
                webApi.call("chat.update", () -> client.get().chatUpdate(r -> r
                        .channel(checklist.channelId().orElseThrow()).ts(checklist.messageTs().get())
                        .text(renderer.fallbackText(checklist)).blocks(renderer.message(checklist))));
            } catch (SlackDeliveryException e) {
                LOG.warn("could not update checklist {} message: {}", checklist.id(), e.error());
            }
        }
        publishHomes(checklist, teamId);
    }

    /** Republishes the App Home of everyone who may tick the checklist, so both see its current state. */
    public void publishHomes(Checklist checklist, String teamId) {
        ChecklistPolicy.mayTick(checklist).forEach(user -> home.publish(teamId, user));
    }

    /** A DM from the bot to one user (Slack opens the DM when the channel is a user id). */
    public void direct(String userId, String text) {
        try {
            webApi.call("chat.postMessage", () -> client.get().chatPostMessage(r -> r.channel(userId).text(text)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not DM a user: {}", e.error());
        }
    }

    @Override
    public void remind(Checklist checklist) {
        try {
            webApi.call("chat.postMessage", () -> client.get().chatPostMessage(r -> r.channel(checklist.personId())
                    .text(renderer.reminderText(checklist)).blocks(renderer.reminder(checklist))));
        } catch (SlackDeliveryException e) {
            throw new IllegalStateException("reminder not delivered: " + e.error(), e);
        }
    }
}
