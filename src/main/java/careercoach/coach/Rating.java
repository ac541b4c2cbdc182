package careercoach.coach;

/** How well a person knows a skill area, lowest first; the order ranks gaps. */
public enum Rating {
    NEW_TO_IT, SOME_EXPOSURE, PRACTISED, COULD_TEACH;

    /** Practised or better counts as a strength; below that, a gap. */
    public boolean isStrength() {
        return compareTo(PRACTISED) >= 0;
    }
}
