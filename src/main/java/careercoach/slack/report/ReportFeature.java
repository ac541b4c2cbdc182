package careercoach.slack.report;

import careercoach.content.ContentReport;
import careercoach.content.ContentReports;
import careercoach.content.ReportPeriod;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * {@code /career report [30d]}: the authors' report, for the people listed in {@code GUIDE_AUTHORS} only (matched
 * with the request's workspace: {@link careercoach.config.Config#isGuideAuthor}); help
 * does not offer it to anyone else, and anyone else who types it is told who can. With many workspaces, the question
 * texts shown are those of the author's own workspace ({@link ContentReports#reportForWorkspace}).
 */
public final class ReportFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFeature.class);
    static final String REFUSAL = "The report of unanswered questions is for the guide authors. Ask whoever runs"
            + " the bot to add you to GUIDE_AUTHORS if you write the guides.";

    private final ContentReports reports;
    private final BiPredicate<String, String> isAuthor;
    private final boolean manyWorkspaces;
    private final ReportRenderer renderer = new ReportRenderer();

    /**
     * @param isAuthor       whether a person (team key, user id) is a guide author
     * @param manyWorkspaces one deployment serves many workspaces (distribution mode): an author is shown the text
     *                       of the questions asked in their own workspace only, as people of one company must not
     *                       read what another's typed; the counts stay of every workspace
     */
    public ReportFeature(ContentReports reports, BiPredicate<String, String> isAuthor, boolean manyWorkspaces) {
        this.reports = reports;
        this.isAuthor = isAuthor;
        this.manyWorkspaces = manyWorkspaces;
    }

    @Override
    public void install(SlackSurface surface) {
        surface.commands().register(new Subcommand("report", "report [30d]",
                "for guide authors: what I could not answer, 👎 by section, answer rate per week",
                guide -> true, isAuthor, call -> {
                    if (!isAuthor.test(call.teamId(), call.userId())) {
                        return call.context().ack(r -> r.responseType("ephemeral").text(REFUSAL));
                    }
                    Duration period;
                    try {
                        period = ReportPeriod.parse(call.args());
                    } catch (IllegalArgumentException e) {
                        return call.context().ack(r -> r.responseType("ephemeral").text(e.getMessage()));
                    }
                    surface.executor().execute(() -> {
                        ContentReport report = manyWorkspaces ? reports.reportForWorkspace(period, call.teamId())
                                : reports.report(period);
                        List<LayoutBlock> blocks = renderer.render(report);
                        LOG.info("report of {} days sent to a guide author", period.toDays());
                        surface.webApi().respond("report", () -> call.context().respond(r -> r
                                .responseType("ephemeral").text(renderer.fallbackText(report)).blocks(blocks)));
                    });
                    return call.context().ack();
                }));
    }
}
