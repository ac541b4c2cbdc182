package careercoach.checklist;

import java.util.List;

/** Refusal of a change to a checklist, naming the users who may make it (so the edge can say "only @a or @b"). */
public final class NotAllowedException extends RuntimeException {
    private final transient List<String> allowedUserIds;

    public NotAllowedException(String what, List<String> allowedUserIds) {
        super(what + " is allowed only to " + String.join(", ", allowedUserIds));
        this.allowedUserIds = List.copyOf(allowedUserIds);
    }

    public List<String> allowedUserIds() {
        return allowedUserIds;
    }
}
