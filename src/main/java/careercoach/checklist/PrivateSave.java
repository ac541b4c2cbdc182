package careercoach.checklist;

/** The result of saving a plan as a private checklist: the one checklist for it, and whether this call made it. */
public record PrivateSave(Checklist checklist, boolean created) {
}
