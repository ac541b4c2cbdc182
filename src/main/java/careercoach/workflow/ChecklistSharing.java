package careercoach.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Shares a next-step checklist for a person in a channel as {@code /career checklist} does (the same service,
 * rules and audit), the workflow's runner acting as the manager, and posts it; returns the link to the message.
 */
@FunctionalInterface
public interface ChecklistSharing {
    String share(String teamId, String channelId, String personId, String managerId, List<String> extraItems,
                 Optional<LocalDate> dueDate) throws StepFailedException;
}
