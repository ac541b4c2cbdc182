package careercoach.slack;

import careercoach.checklist.ChecklistService;
import com.slack.api.methods.MethodsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/** Publishes a user's App Home with their guide, latest skill check and checklists. */
public final class ChecklistHome {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistHome.class);

    private final ChecklistService service;
    private final UserGuides guides;
    private final SkillCheckSummaries checks;
    private final Optional<ChecklistHomeRenderer.StartCheckButton> startCheck;
    private final WebApi webApi;
    private final Supplier<MethodsClient> client;
    private final ChecklistHomeRenderer renderer = new ChecklistHomeRenderer();

    public ChecklistHome(ChecklistService service, UserGuides guides, SkillCheckSummaries checks,
                         Optional<ChecklistHomeRenderer.StartCheckButton> startCheck, WebApi webApi, Supplier<MethodsClient> client) {
        this.service = service;
        this.guides = guides;
        this.checks = checks;
        this.startCheck = startCheck;
        this.webApi = webApi;
        this.client = client;
    }

    public void publish(String teamId, String userId) {
        var view = renderer.render(guides.guideFor(teamId, userId), checks.latest(teamId, userId), startCheck,
                service.overview(teamId, userId));
        try {
            webApi.call("views.publish", () -> client.get().viewsPublish(r -> r.userId(userId).view(view)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not publish the App Home: {}", e.error());
        }
    }
}
