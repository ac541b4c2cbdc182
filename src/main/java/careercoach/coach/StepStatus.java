package careercoach.coach;

/** Where a person stands on one recommended next step. */
public enum StepStatus {
    DONE, IN_PROGRESS, NOT_YET, NOT_RELEVANT;

    /** Still to do: anything not done and not ruled out. */
    public boolean remains() {
        return this == IN_PROGRESS || this == NOT_YET;
    }
}
