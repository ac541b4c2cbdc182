package careercoach.slack.checklist;

import careercoach.checklist.ChecklistPolicy;

/** Slack mrkdwn helpers for checklists: escaping user text and fitting it into a field's length limit. */
final class ChecklistText {
    private static final String ELLIPSIS = "…";

    private ChecklistText() {
    }

    /** Escapes the three characters Slack treats as markup, so text cannot ping or forge a link. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The longest prefix of {@code text} (with an ellipsis when cut) whose escaped form fits in {@code max}. */
    static String fitEscaped(String text, int max) {
        if (escape(text).length() <= max) {
            return escape(text);
        }
        int end = Math.min(text.length(), max);
        while (end > 0 && escape(text.substring(0, end)).length() + ELLIPSIS.length() > max) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        } else if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return escape(text.substring(0, end).stripTrailing()) + ELLIPSIS;
    }

    /** The part of {@code text} cut off by {@link #fitEscaped}, fitted into {@code max} plain characters. */
    static String rest(String text, int max) {
        String shown = fitEscaped(text, max);
        if (!shown.endsWith(ELLIPSIS)) {
            return "";
        }
        int shownLength = unescape(shown.substring(0, shown.length() - ELLIPSIS.length())).length();
        String rest = ELLIPSIS + text.substring(shownLength).strip();
        return rest.length() <= max ? rest : rest.substring(0, max - ELLIPSIS.length()).stripTrailing() + ELLIPSIS;
    }

    /** False when {@link #fitEscaped} and {@link #rest} together cannot show all of {@code text}. */
    static boolean shownWhole(String text, int max) {
        String shown = fitEscaped(text, max);
        if (!shown.endsWith(ELLIPSIS) || shown.equals(escape(text))) {
            return true;
        }
        int shownLength = unescape(shown.substring(0, shown.length() - ELLIPSIS.length())).length();
        return (ELLIPSIS + text.substring(shownLength).strip()).length() <= max;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String user(String userId) {
        return ChecklistPolicy.FORGOTTEN_USER.equals(userId) ? "a former member"
                : "<@" + userId + ">";
    }
}
