package careercoach.checklist;

import java.util.List;

/** A user's open checklists: those for them (shared with them, or their own) and those they shared. */
public record ChecklistOverview(List<Checklist> forMe, List<Checklist> sharedByMe) {

    public ChecklistOverview {
        forMe = List.copyOf(forMe);
        sharedByMe = List.copyOf(sharedByMe);
    }
}
