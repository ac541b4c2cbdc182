package careercoach.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A checklist about to be stored: shared in a channel by a manager, or private to its person. {@code guideId} names
 * the guide its next-step items come from ("" for none).
 */
public record NewChecklist(String teamId, Optional<String> channelId, String personId, String managerId,
                           Optional<LocalDate> dueDate, List<NewItem> items, String guideId) {

    /** Slack's checkboxes hold 10 options and a message 50 blocks; 40 items is a long plan already. */
    public static final int MAX_ITEMS = 40;

    public NewChecklist(String teamId, Optional<String> channelId, String personId, String managerId,
                        Optional<LocalDate> dueDate, List<NewItem> items) {
        this(teamId, channelId, personId, managerId, dueDate, items, "");
    }

    public NewChecklist {
        items = List.copyOf(items);
        guideId = guideId == null ? "" : guideId;
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one item");
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a checklist holds at most " + MAX_ITEMS + " items");
        }
        if (channelId.isEmpty() && !personId.equals(managerId)) {
            throw new IllegalArgumentException("a private checklist belongs to its person alone");
        }
    }
}
