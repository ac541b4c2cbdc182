package careercoach.testkit;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checklists put straight into the store as sharing and ticking would leave them, for tests of what reads them (the
 * team view, the digest, the assistant's answers) that need a team's history without going through each share.
 */
public final class StoredChecklists {
    private StoredChecklists() {
    }

    /**
     * A checklist of written-out items that {@code managerId} shared for {@code personId} in {@code channelId} at
     * {@code sharedAt}, with its audit entry; not posted.
     */
    public static Checklist shared(ChecklistRepository store, String teamId, String channelId, String personId,
                                   String managerId, Optional<LocalDate> due, Instant sharedAt, String... items) {
        return store.insert(new NewChecklist(teamId, Optional.of(channelId), personId, managerId, due,
                        List.of(items).stream().map(NewItem::custom).toList()),
                new AuditEntry(0, managerId, AuditAction.SHARE, "", sharedAt, channelId));
    }

    /** The checklist's message as if posted in its channel (a made-up ts and permalink). */
    public static Checklist posted(ChecklistRepository store, Checklist checklist) {
        String channel = checklist.channelId().orElseThrow();
        store.attachMessage(checklist.id(), channel, "1700000000." + checklist.id(),
                "https://example.slack.com/archives/" + channel + "/p" + checklist.id());
        return store.find(checklist.id()).orElseThrow();
    }

    /** Item {@code itemId} ticked by {@code by} at {@code at}, in the checklist's channel. */
    public static void tick(ChecklistRepository store, Checklist checklist, String itemId, String by, Instant at) {
        store.setTick(checklist.id(), itemId, Optional.of(new ItemTick(by, at)),
                new AuditEntry(checklist.id(), by, AuditAction.TICK, "", at, checklist.channelId().orElse("")), null);
    }
}
