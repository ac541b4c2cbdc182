package careercoach.checklist;

import java.util.List;

/**
 * Who may change a checklist. Shared: the person and the manager tick and untick; only the manager archives.
 * Private: only the owner. A user removed by forget-me no longer counts; if that was the manager, the person
 * may archive.
 */
public final class ChecklistPolicy {
    /** Stands in for a user whose data was deleted with forget-me. */
    public static final String FORGOTTEN_USER = "forgotten";

    /** The actor of entries the app writes by itself (reminders). */
    public static final String SYSTEM_USER = "app";

    private ChecklistPolicy() {
    }

    public static List<String> mayTick(Checklist checklist) {
        return List.of(checklist.personId(), checklist.managerId()).stream()
                .filter(u -> !FORGOTTEN_USER.equals(u)).distinct().toList();
    }

    public static List<String> mayArchive(Checklist checklist) {
        if (FORGOTTEN_USER.equals(checklist.managerId())) {
            return mayTick(checklist);
        }
        return List.of(checklist.managerId());
    }

    public static void checkTick(Checklist checklist, String userId) {
        check(checklist, userId, "updating this checklist", mayTick(checklist));
    }

    public static void checkArchive(Checklist checklist, String userId) {
        check(checklist, userId, "archiving this checklist", mayArchive(checklist));
    }

    private static void check(Checklist checklist, String userId, String what, List<String> allowed) {
        if (!allowed.contains(userId)) {
            throw new NotAllowedException(what, allowed);
        }
        if (checklist.archived()) {
            throw new ChecklistArchivedException(checklist.id());
        }
    }
}
