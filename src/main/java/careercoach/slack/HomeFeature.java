package careercoach.slack;

import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the App Home tab when a user opens it. */
public final class HomeFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(HomeFeature.class);
    private final HomeRenderer renderer = new HomeRenderer();

    @Override
    public void install(SlackSurface surface) {
        surface.app().event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                String userId = event.getUser();
                View view = renderer.render(surface.guides().guideFor(payload.getTeamId(), userId));
                surface.executor().execute(() -> {
                    try {
                        surface.webApi().call("views.publish",
                                () -> ctx.client().viewsPublish(r -> r.userId(userId).view(view)));
                    } catch (SlackDeliveryException e) {
                        LOG.warn("could not publish the App Home: {}", e.error());
                    }
                });
            }
            return ctx.ack();
        });
    }
}
