package careercoach.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where checklists live. Changes are per item and conditional, so concurrent ticks of different items never
 * overwrite each other and a repeated tick changes nothing. Every change is written with its audit entry in one
 * transaction.
 */
public interface ChecklistRepository {

    /** Stores a new checklist with its creation entry (whose checklist id is replaced by the new id). */
    Checklist insert(NewChecklist checklist, AuditEntry creation);

    /**
     * Stores a private checklist saved from a plan, once: {@code planKey} identifies its items, and while one
     * open private checklist of the person has that key, saving again (a double click, two instances) returns it
     * instead of making a second.
     */
    PrivateSave insertPrivateOnce(NewChecklist checklist, String planKey, AuditEntry creation);

    Optional<Checklist> find(long checklistId);

    /**
     * Ticks ({@code tick} present) or unticks an item if it is not in that state already, writing {@code entry}.
     * {@code deliveryKey}, when not null, identifies the click: a second delivery of it changes nothing.
     *
     * @return true if the item changed
     */
    boolean setTick(long checklistId, String itemId, Optional<ItemTick> tick, AuditEntry entry, String deliveryKey);

    /**
     * One click in one transaction: reads the checklist, lets {@code decide} choose the item changes from it (or
     * refuse by throwing, which changes nothing), applies each as {@link #setTick} does, and returns the checklist
     * as stored after. Empty when there is no such checklist.
     */
    Optional<Checklist> changeItems(long checklistId, Function<Checklist, List<ItemChange>> decide);

    /** @return true if the checklist was archived by this call */
    boolean archive(long checklistId, AuditEntry entry);

    /** Appends an entry that goes with no other change (a reminder sent). */
    void record(AuditEntry entry);

    /** Remembers where the checklist was posted, so ticks can update that message. */
    void attachMessage(long checklistId, String channelId, String messageTs, String permalink);

    /** Open (not archived) checklists where the user is the person or the manager, newest first. */
    List<Checklist> involving(String teamId, String userId);

    /** Audit entries of the checklists where the user is the person or the manager, newest first. */
    List<AuditEntry> historyFor(String teamId, String userId, int limit);

    List<AuditEntry> history(long checklistId);

    /** Open checklists due on or before the day whose reminder has not been claimed. */
    List<Long> dueForReminder(LocalDate day);

    /** Claims the due-date reminder; true for exactly one caller, however many instances ask. */
    boolean claimReminder(long checklistId, Instant at);

    /** Gives a claimed reminder back after a failed send, so a later run tries again. */
    void releaseReminder(long checklistId);

    /**
     * Every checklist that names the user: as person or manager, by a tick or in the audit log (what forget-me
     * changes, so their messages can be shown again without the user).
     */
    List<Checklist> naming(String teamId, String userId);

    /**
     * Deletes the user's private checklists and replaces the user by {@link ChecklistPolicy#FORGOTTEN_USER} in
     * shared ones (person, manager, ticks and audit actors), drops the user's id from the keys that recognise a
     * redelivered click, adding a {@link AuditAction#FORGET} entry to each.
     */
    ForgetResult forget(String teamId, String userId, Instant at);

    /**
     * Claims a manager's gentle reminder to a person for {@code day}, writing {@code entry} (on one of the person's
     * checklists) in the same transaction; true for exactly one caller a day per person, however many ask.
     */
    boolean claimNudge(String teamId, String managerId, String personId, LocalDate day, AuditEntry entry, Instant at);

    /** Gives a claimed gentle reminder back after Slack refused it, so the manager may try again. */
    void releaseNudge(String teamId, String personId, LocalDate day);

    /** Whether the person got a gentle reminder on {@code day}. */
    boolean nudged(String teamId, String personId, LocalDate day);

    /** Turns the manager's weekly digest on or off. */
    void setDigest(String teamId, String managerId, boolean enabled);

    boolean digestEnabled(String teamId, String managerId);

    /** The managers who turned the weekly digest on. */
    List<DigestSubscriber> digestSubscribers();

    /**
     * Claims the manager's digest of {@code week} (e.g. {@code 2026-W49}); true for exactly one caller, however many
     * instances ask.
     */
    boolean claimDigest(String teamId, String managerId, String week);

    /** After a digest is sent: what it said, so a week where nothing changed sends none. */
    void digestSent(String teamId, String managerId, String fingerprint);

    /** Gives a claimed digest back after a failed send, so a later run tries again. */
    void releaseDigest(String teamId, String managerId, String week, String previousWeek);

    /** A manager who wants the weekly digest; {@code sentWeek} and {@code fingerprint} are of the last one sent. */
    record DigestSubscriber(String teamId, String managerId, Optional<String> sentWeek, Optional<String> fingerprint) {
    }
}
