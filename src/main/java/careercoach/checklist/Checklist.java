package careercoach.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A checklist for a person. Shared ones were made by a manager in a channel ({@code channelId} present); private
 * ones belong to the person alone ({@code managerId} is the person, no channel). Once posted, the message is at
 * {@code messageChannel}/{@code messageTs}: the channel, or the person's DM with the bot for a private one.
 * {@code guideId} names the guide whose next steps it was made of; "" when it has none of them, or was made before
 * that was kept.
 */
public record Checklist(long id, String teamId, Optional<String> channelId, Optional<String> messageChannel,
                        Optional<String> messageTs,
                        Optional<String> permalink, String personId, String managerId, Optional<LocalDate> dueDate,
                        boolean archived, Instant createdAt, List<ChecklistItem> items, String guideId) {

    public Checklist {
        items = List.copyOf(items);
        guideId = guideId == null ? "" : guideId;
    }

    /** A checklist of no known guide. */
    public Checklist(long id, String teamId, Optional<String> channelId, Optional<String> messageChannel,
                     Optional<String> messageTs, Optional<String> permalink, String personId, String managerId,
                     Optional<LocalDate> dueDate, boolean archived, Instant createdAt, List<ChecklistItem> items) {
        this(id, teamId, channelId, messageChannel, messageTs, permalink, personId, managerId, dueDate, archived,
                createdAt, items, "");
    }

    /** The guide whose next steps it was made of, if that is known. */
    public Optional<String> guide() {
        return guideId.isEmpty() ? Optional.empty() : Optional.of(guideId);
    }

    public boolean isPrivate() {
        return channelId.isEmpty();
    }

    public Progress progress() {
        return new Progress((int) items.stream().filter(ChecklistItem::done).count(), items.size());
    }

    public List<ChecklistItem> openItems() {
        return items.stream().filter(i -> !i.done()).toList();
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
