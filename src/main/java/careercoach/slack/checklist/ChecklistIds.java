package careercoach.slack.checklist;

import java.util.OptionalLong;

/** Action ids and block ids of checklist surfaces; block ids carry the checklist id. */
public final class ChecklistIds {
    public static final String TICK = "checklist_tick";
    public static final String ARCHIVE = "checklist_archive";
    public static final String REPOST = "checklist_repost";
    public static final String OPEN = "checklist_open";
    public static final String SHARE_VIEW = "checklist_share";

    /** The manager's team view in the App Home. */
    public static final String TEAM_OPEN = "team_open";
    public static final String TEAM_REMIND = "team_remind";
    public static final String TEAM_PAGE = "team_page";
    public static final String DIGEST_TOGGLE = "digest_toggle";

    /** Inputs of the share modal. */
    public static final String PERSON_BLOCK = "person";
    public static final String PERSON_ACTION = "person_select";
    public static final String STEPS_BLOCK = "next_steps";
    public static final String PLAN_BLOCK = "plan";
    public static final String PICK_ACTION = "pick";
    public static final String CUSTOM_BLOCK = "custom";
    public static final String CUSTOM_ACTION = "custom_text";
    public static final String DUE_BLOCK = "due";
    public static final String DUE_ACTION = "due_date";

    private static final String ITEMS_PREFIX = "checklist:";

    private ChecklistIds() {
    }

    /** The block id of the n-th group of checkboxes of a checklist. */
    public static String itemsBlock(long checklistId, int group) {
        return ITEMS_PREFIX + checklistId + ":" + group;
    }

    public static OptionalLong checklistOf(String blockId) {
        if (blockId == null || !blockId.startsWith(ITEMS_PREFIX)) {
            return OptionalLong.empty();
        }
        String rest = blockId.substring(ITEMS_PREFIX.length());
        int colon = rest.indexOf(':');
        try {
            return OptionalLong.of(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
