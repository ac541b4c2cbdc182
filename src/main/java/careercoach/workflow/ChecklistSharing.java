package careercoach.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Shares a next-step checklist for a person in a channel as {@code /career checklist} does (the same service,
 * rules and audit), the workflow's runner acting as the manager, and posts it; returns the link to the message.
 * The open checklist an earlier run that failed made with the same inputs (same person, channel, manager and items)
 * is taken over instead of sharing a second one: posted if it was not, and its link returned.
 */
public interface ChecklistSharing {
    String share(String teamId, String channelId, String personId, String managerId, List<String> extraItems,
                 Optional<LocalDate> dueDate, Run run) throws StepFailedException;

    /** The link to the message of this checklist of the team, once it is posted (blank when Slack gave none). */
    Optional<String> postedLink(String teamId, long checklistId);

    /** The run sharing the checklist, as the sharing sees it. */
    interface Run {
        /** Whether an earlier run that failed left this checklist, and none that took it over completed since. */
        boolean leftByFailedRun(long checklistId);

        /** This run made, or took over, this checklist (stored, not yet posted). */
        void made(long checklistId);
    }
}
