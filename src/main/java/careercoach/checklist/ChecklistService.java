package careercoach.checklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongPredicate;

/** Shares, ticks, archives and lists checklists, checking who may do what and writing the audit log. */
public final class ChecklistService {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistService.class);
    private static final int HISTORY_LIMIT = 30;

    private final ChecklistRepository repository;
    private final Clock clock;

    public ChecklistService(ChecklistRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A manager shares a checklist for a person in a channel. */
    public Checklist share(String teamId, String channelId, String personId, String managerId, List<NewItem> items,
                           Optional<LocalDate> dueDate) {
        return share(teamId, channelId, personId, managerId, items, dueDate, "");
    }

    /**
     * A manager shares a checklist for a person in a channel, offered from the next steps of the guide
     * {@code guideId}: the checklist belongs to that guide when one of its items is one of those steps.
     */
    public Checklist share(String teamId, String channelId, String personId, String managerId, List<NewItem> items,
                           Optional<LocalDate> dueDate, String guideId) {
        boolean ofGuide = items.stream().anyMatch(item -> item.source() == ItemSource.GUIDE);
        NewChecklist checklist = new NewChecklist(teamId, Optional.of(channelId), personId, managerId, dueDate, items,
                ofGuide ? guideId : "");
        Checklist stored = repository.insert(checklist,
                new AuditEntry(0, managerId, AuditAction.SHARE, "", clock.instant(), channelId));
        LOG.info("checklist {} shared in {} ({} items)", stored.id(), channelId, items.size());
        return stored;
    }

    /**
     * The open checklist {@code managerId} shared for {@code personId} in {@code channelId} with these items (the same
     * texts, in order) that {@code taken} accepts, the earliest if several.
     */
    public Optional<Checklist> openShared(String teamId, String channelId, String personId, String managerId,
                                          List<NewItem> items, LongPredicate taken) {
        List<String> texts = items.stream().map(NewItem::text).toList();
        return repository.naming(teamId, personId).stream()
                .filter(c -> !c.archived() && c.teamId().equals(teamId)
                        && c.channelId().filter(channelId::equals).isPresent()
                        && c.personId().equals(personId) && c.managerId().equals(managerId)
                        && c.items().stream().map(ChecklistItem::text).toList().equals(texts)
                        && taken.test(c.id()))
                .min(Comparator.comparing(Checklist::createdAt).thenComparingLong(Checklist::id));
    }

    /**
     * A person saves their own plan as a private checklist, once: while an open private checklist of the same
     * items exists, that one is returned (not created) however often and from however many instances it is saved.
     */
    public PrivateSave savePrivate(String teamId, String ownerId, List<NewItem> items, Optional<LocalDate> dueDate,
                                   String place) {
        NewChecklist checklist = new NewChecklist(teamId, Optional.empty(), ownerId, ownerId, dueDate, items);
        return repository.insertPrivateOnce(checklist, planKey(items),
                new AuditEntry(0, ownerId, AuditAction.CREATE_PRIVATE, "", clock.instant(), place));
    }

    /** Names a plan's items (their text, in order): equal plans, equal keys. */
    static String planKey(List<NewItem> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (NewItem item : items) {
                sha.update(item.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The checklists that name the user, before forget-me replaces them: their messages must be shown again. */
    public List<Checklist> naming(String teamId, String userId) {
        return repository.naming(teamId, userId);
    }

    public Optional<Checklist> find(long checklistId) {
        return repository.find(checklistId);
    }

    /**
     * The checklist, if it is kept under this team: a click carries a checklist id, and a workspace must never
     * reach another's checklist, even where their user ids are the same.
     */
    public Optional<Checklist> find(String teamId, long checklistId) {
        return repository.find(checklistId).filter(c -> c.teamId().equals(teamId));
    }

    /** Ticks or unticks one item. Refused ({@link NotAllowedException}) for anyone but the person and manager. */
    public Checklist setDone(String teamId, long checklistId, String itemId, boolean done, String userId,
                             String place, String deliveryKey) {
        return changeItems(teamId, checklistId, userId, checklist ->
                change(checklist, itemId, done, userId, place, deliveryKey).stream().toList());
    }

    /**
     * Applies one click on a group of checkboxes: {@code shownDone} is what the clicker saw ticked in that group,
     * {@code selectedNow} what is ticked after the click. Only the difference is applied, so a click never undoes
     * another user's tick that the clicker had not seen yet. The whole click is one transaction.
     */
    public Checklist applyClick(String teamId, long checklistId, String userId, Set<String> shownDone,
                                Set<String> selectedNow, String place, String deliveryId) {
        Set<String> ticked = new TreeSet<>(selectedNow);
        ticked.removeAll(shownDone);
        Set<String> unticked = new TreeSet<>(shownDone);
        unticked.removeAll(selectedNow);
        return changeItems(teamId, checklistId, userId, checklist -> {
            List<ItemChange> changes = new ArrayList<>();
            ticked.forEach(item -> change(checklist, item, true, userId, place, key(deliveryId, item))
                    .ifPresent(changes::add));
            unticked.forEach(item -> change(checklist, item, false, userId, place, key(deliveryId, item))
                    .ifPresent(changes::add));
            return changes;
        });
    }

    /** Reads, checks who may tick, changes and reads back in one transaction. */
    private Checklist changeItems(String teamId, long checklistId, String userId,
                                  Function<Checklist, List<ItemChange>> decide) {
        return repository.changeItems(checklistId, checklist -> {
            if (!checklist.teamId().equals(teamId)) {
                throw new ChecklistNotFoundException(checklistId);
            }
            ChecklistPolicy.checkTick(checklist, userId);
            return decide.apply(checklist);
        }).orElseThrow(() -> new ChecklistNotFoundException(checklistId));
    }

    public Checklist archive(String teamId, long checklistId, String userId, String place) {
        Checklist checklist = find(teamId, checklistId).orElseThrow(() -> new ChecklistNotFoundException(checklistId));
        ChecklistPolicy.checkArchive(checklist, userId);
        repository.archive(checklistId, new AuditEntry(checklistId, userId, AuditAction.ARCHIVE, "",
                clock.instant(), place));
        return load(checklistId);
    }

    /** Remembers the posted message (channel or DM) so ticks update it in place. */
    public void attachMessage(long checklistId, String channelId, String messageTs, String permalink) {
        repository.attachMessage(checklistId, channelId, messageTs, permalink);
    }

    public ChecklistOverview overview(String teamId, String userId) {
        List<Checklist> all = repository.involving(teamId, userId);
        return new ChecklistOverview(
                all.stream().filter(c -> c.personId().equals(userId)).toList(),
                all.stream().filter(c -> c.managerId().equals(userId) && !c.personId().equals(userId)).toList());
    }

    /** The audit log of the checklists the user is the person or the manager of: nobody else sees it. */
    public List<AuditEntry> history(String teamId, String userId) {
        return repository.historyFor(teamId, userId, HISTORY_LIMIT);
    }

    public ForgetResult forget(String teamId, String userId) {
        ForgetResult result = repository.forget(teamId, userId, clock.instant());
        LOG.info("forget-me: {} private checklists deleted, {} shared anonymised",
                result.deletedPrivate(), result.anonymisedShared());
        return result;
    }

    private Optional<ItemChange> change(Checklist checklist, String itemId, boolean done, String userId,
                                        String place, String deliveryKey) {
        Optional<ChecklistItem> found = checklist.item(itemId);
        if (found.isEmpty()) {
            // A click from an old or forged message: nothing to change.
            LOG.info("no item {} in checklist {}", itemId, checklist.id());
            return Optional.empty();
        }
        var at = clock.instant();
        AuditEntry entry = new AuditEntry(checklist.id(), userId, done ? AuditAction.TICK : AuditAction.UNTICK,
                found.get().text(), at, place);
        Optional<ItemTick> tick = done ? Optional.of(new ItemTick(userId, at)) : Optional.empty();
        return Optional.of(new ItemChange(itemId, tick, entry, deliveryKey));
    }

    private static String key(String deliveryId, String itemId) {
        return deliveryId == null ? null : deliveryId + "/" + itemId;
    }

    private Checklist load(long checklistId) {
        return repository.find(checklistId).orElseThrow(() -> new ChecklistNotFoundException(checklistId));
    }
}
