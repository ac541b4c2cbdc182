package careercoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A user's App Home: the parts features add ({@link #add}), in the order the features were installed, never more
 * than Slack's 100 blocks in all. Features republish it after a change the user should see there.
 */
public final class HomeTab {
    private static final Logger LOG = LoggerFactory.getLogger(HomeTab.class);

    private final List<HomeSection> sections = new CopyOnWriteArrayList<>();
    private final WebApi webApi;
    private final Supplier<MethodsClient> client;

    public HomeTab(WebApi webApi, Supplier<MethodsClient> client) {
        this.webApi = webApi;
        this.client = client;
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

    /** Publishes the user's Home; a failure is logged, as the Home is refreshed again on the next change. */
    public void publish(String teamId, String userId) {
        View view = view(teamId, userId);
        try {
            webApi.call("views.publish", () -> client.get().viewsPublish(r -> r.userId(userId).view(view)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not publish the App Home: {}", e.error());
        }
    }
}
