package careercoach.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A user's App Home: the parts features add ({@link #add}), in the order the features were installed, never more
 * than Slack's 100 blocks in all. Features republish it after a change the user should see there
 * ({@link #publishSoon}): changes that come close together (a checklist ticked item by item, by two people) are
 * shown by one publish of the latest state rather than one each.
 */
public final class HomeTab {
    private static final Logger LOG = LoggerFactory.getLogger(HomeTab.class);

    private final List<HomeSection> sections = new CopyOnWriteArrayList<>();
    private final WebApi webApi;
    private final WorkspaceClients clients;
    private final WorkAfterAck work;
    private final Duration window;

    /** What the Home's key in the coalesced work is: one per user. */
    private record Republish(String teamId, String userId) {
    }

    /** A Home that publishes on the calling thread only (renderers' tests). */
    public HomeTab(WebApi webApi, WorkspaceClients clients) {
        this(webApi, clients, null, Duration.ZERO);
    }

    /**
     * @param work   where {@link #publishSoon} publishes
     * @param window how long a republish waits for more changes to show with it
     */
    public HomeTab(WebApi webApi, WorkspaceClients clients, WorkAfterAck work, Duration window) {
        this.webApi = webApi;
        this.clients = clients;
        this.work = work;
        this.window = window;
    }

    public void add(HomeSection section) {
        sections.add(section);
    }

    /** The Home as the user should see it now. */
    public View view(String teamId, String userId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (HomeSection section : sections) {
            List<LayoutBlock> part = section.blocks(teamId, userId, Mrkdwn.MAX_VIEW_BLOCKS - blocks.size());
            blocks.addAll(part.subList(0, Math.min(part.size(), Mrkdwn.MAX_VIEW_BLOCKS - blocks.size())));
        }
        return View.builder().type("home").blocks(blocks).build();
    }

    /**
     * Republishes the user's Home after a change they should see there, within the window and after the caller's
     * change is stored: changes of one user's Home within the window share one publish, which renders the state
     * as it is when it runs; a change made while it runs is published again after it. The state the user ends up
     * seeing is the latest, never an earlier one.
     */
    public void publishSoon(String teamId, String userId) {
        if (work == null) {
            publish(teamId, userId);
            return;
        }
        work.executeCoalesced(new Republish(teamId, userId), window, () -> publish(teamId, userId));
    }

    /** Publishes the user's Home; a failure is logged, as the Home is refreshed again on the next change. */
    public void publish(String teamId, String userId) {
        View view = view(teamId, userId);
        try {
            webApi.call("views.publish", () -> clients.of(teamId).viewsPublish(r -> r.userId(userId).view(view)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not publish the App Home: {}", e.error());
        }
    }
}
