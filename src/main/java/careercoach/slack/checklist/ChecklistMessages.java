package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ChecklistService;
import careercoach.slack.HomeTab;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.WebApi;
import careercoach.slack.WorkspaceClients;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Puts checklists in front of people through the Web API: the channel message (post, update in place), the App
 * Homes of the person and the manager, and DMs about them (the due-date reminder is {@link ReminderDm}).
 */
public final class ChecklistMessages {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistMessages.class);
    /** Updates of one checklist's message go one at a time; a few locks shared by id are enough. */
    private static final Object[] UPDATE_LOCKS = newLocks(64);
    private static final int MAX_UPDATES = 3;

    private final ChecklistService service;
    private final ChecklistRenderer renderer;
    private final HomeTab home;
    private final WebApi webApi;
    private final WorkspaceClients clients;

    /** @param clients each checklist's messages go out with the token of its own workspace */
    public ChecklistMessages(ChecklistService service, ChecklistRenderer renderer, HomeTab home, WebApi webApi,
                             WorkspaceClients clients) {
        this.service = service;
        this.renderer = renderer;
        this.home = home;
        this.webApi = webApi;
        this.clients = clients;
    }

    /**
     * Posts a stored checklist in its channel and remembers the message, so ticks can update it. A tick that lands
     * while the post is on its way finds no message to update yet; so once the message is remembered, it is brought
     * up to the stored state before this returns.
     */
    public Checklist post(Checklist checklist) throws SlackDeliveryException {
        // A private checklist goes to the person's DM with the bot: a user id as channel opens it.
        String channel = checklist.channelId().orElse(checklist.personId());
        ChatPostMessageResponse posted = webApi.call("chat.postMessage", () -> clients.of(checklist.teamId())
                .chatPostMessage(r -> r
                .channel(channel).text(renderer.fallbackText(checklist)).blocks(renderer.message(checklist))));
        String permalink = null;
        try {
            permalink = webApi.call("chat.getPermalink", () -> clients.of(checklist.teamId()).chatGetPermalink(r -> r
                    .channel(posted.getChannel()).messageTs(posted.getTs()))).getPermalink();
        } catch (SlackDeliveryException e) {
            LOG.info("no permalink for checklist {}: {}", checklist.id(), e.error());
        }
        service.attachMessage(checklist.id(), posted.getChannel(), posted.getTs(), permalink);
        synchronized (lockFor(checklist.id())) {
            return updateUntilShown(checklist.id(), checklist);
        }
    }

    /**
     * Shows the stored state everywhere: the channel message, and both App Homes. Reads the state just before
     * each update and again after it, so when changes race the message ends showing the latest state.
     */
    public void refresh(long checklistId, String teamId) {
        synchronized (lockFor(checklistId)) {
            Checklist shown = updateUntilShown(checklistId, null);
            if (shown != null) {
                publishHomes(shown, teamId);
            }
        }
    }

    /**
     * Updates the message until what it shows matches the store ({@code shown}: what it shows now, null when
     * unknown), and returns the stored state last shown.
     */
    private Checklist updateUntilShown(long checklistId, Checklist shown) {
        Checklist last = shown;
        for (int attempt = 0; attempt < MAX_UPDATES; attempt++) {
            Optional<Checklist> current = service.find(checklistId);
            if (current.isEmpty()) {
                break;
            }
            boolean upToDate = shown != null && sameContent(current.get(), shown);
            last = current.get();
            if (upToDate) {
                break;
            }
            shown = current.get();
            update(shown);
        }
        return last;
    }

    /** What the channel message shows: who it is for and from, items and their ticks, the due date, archived. */
    private static boolean sameContent(Checklist a, Checklist b) {
        return a.items().equals(b.items()) && a.archived() == b.archived() && a.dueDate().equals(b.dueDate())
                && a.personId().equals(b.personId()) && a.managerId().equals(b.managerId());
    }

    private static Object lockFor(long checklistId) {
        return UPDATE_LOCKS[(int) Math.floorMod(checklistId, (long) UPDATE_LOCKS.length)];
    }

    private void update(Checklist checklist) {
        if (checklist.messageTs().isEmpty()) {
            return;
        }
        try {
            webApi.call("chat.update", () -> clients.of(checklist.teamId()).chatUpdate(r -> r
                    .channel(checklist.messageChannel().orElseThrow()).ts(checklist.messageTs().get())
                    .text(renderer.fallbackText(checklist)).blocks(renderer.message(checklist))));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not update checklist {} message: {}", checklist.id(), e.error());
        }
    }

    /** A private checklist deleted by forget-me: its DM message says so instead of showing the items. */
    public void showDeleted(Checklist checklist) {
        if (checklist.messageTs().isEmpty() || checklist.messageChannel().isEmpty()) {
            return;
        }
        String text = "This checklist was deleted, with everything else I kept about you.";
        try {
            webApi.call("chat.update", () -> clients.of(checklist.teamId()).chatUpdate(r -> r
                    .channel(checklist.messageChannel().get())
                    .ts(checklist.messageTs().get()).text(text).blocks(List.of(ChecklistRenderer.section(text)))));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not update deleted checklist {} message: {}", checklist.id(), e.error());
        }
    }

    /**
     * Republishes the App Home of everyone who may tick the checklist, so both see its current state: soon, and
     * once for changes that come close together (see {@link HomeTab#publishSoon}).
     */
    public void publishHomes(Checklist checklist, String teamId) {
        ChecklistPolicy.mayTick(checklist).forEach(user -> home.publishSoon(teamId, user));
    }

    /** A DM from the bot to one user of the workspace (Slack opens the DM when the channel is a user id). */
    public void direct(String teamId, String userId, String text) {
        try {
            webApi.call("chat.postMessage", () -> clients.of(teamId).chatPostMessage(r -> r.channel(userId)
                    .text(text)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not DM a user: {}", e.error());
        }
    }

    /** A DM with blocks; false when Slack refused it. */
    public boolean direct(String teamId, String userId, String text, List<LayoutBlock> blocks) {
        return directRefused(teamId, userId, text, blocks).isEmpty();
    }

    /**
     * A DM with blocks; Slack's refusal when it would not take it (a member of another organisation's workspace,
     * in a channel shared with it, cannot be sent one from here), empty when it was sent.
     */
    public Optional<SlackDeliveryException> directRefused(String teamId, String userId, String text,
                                                          List<LayoutBlock> blocks) {
        try {
            webApi.call("chat.postMessage", () -> clients.of(teamId).chatPostMessage(r -> r.channel(userId).text(text)
                    .blocks(blocks)));
            return Optional.empty();
        } catch (SlackDeliveryException e) {
            LOG.warn("could not DM a user: {}", e.error());
            return Optional.of(e);
        }
    }

    private static Object[] newLocks(int count) {
        Object[] locks = new Object[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new Object();
        }
        return locks;
    }
}
