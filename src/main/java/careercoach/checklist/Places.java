package careercoach.checklist;

/** Where a change came from when it did not come from a channel message. */
public final class Places {
    public static final String APP_HOME = "app_home";
    public static final String DM = "dm";
    public static final String SCHEDULER = "scheduler";
    public static final String FORGET_ME = "forget-me";

    private Places() {
    }
}
