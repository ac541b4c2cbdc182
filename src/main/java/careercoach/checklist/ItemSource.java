package careercoach.checklist;

/** Where a checklist item came from: a guide's recommended next step, the person's saved plan, or free text. */
public enum ItemSource {
    GUIDE, PLAN, CUSTOM
}
