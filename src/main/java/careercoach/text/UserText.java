package careercoach.text;

/**
 * What is kept of text a person typed. Control and format characters (NUL, bidi overrides such as U+202E,
 * zero-width spaces, byte order marks) are removed: they are invisible, can make an item that looks empty or reads
 * backwards, and mean nothing in a guide question or a checklist item. Line breaks and tabs stay; a zero-width
 * joiner stays inside an emoji sequence, where it is part of what is shown.
 */
public final class UserText {

    private UserText() {
    }

    /** The text without control and format characters; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (keep(c, text, i, next)) {
                kept.appendCodePoint(c);
            }
            i = next;
        }
        return kept.toString();
    }

    /**
     * Message and command text as Slack delivers it has {@code &}, {@code <} and {@code >} escaped as entities:
     * undone once here, so the text is stored as typed and escaped once when shown. Then {@link #clean}ed.
     */
    public static String fromSlack(String text) {
        if (text == null) {
            return null;
        }
        return clean(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    private static boolean keep(int c, String text, int at, int next) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return false;
        }
        if (type != Character.FORMAT) {
            return true;
        }
        return c == 0x200D && at > 0 && next < text.length() && isEmojiPart(text.codePointBefore(at))
                && isEmojiPart(text.codePointAt(next));
    }

    private static boolean isEmojiPart(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || Character.isSupplementaryCodePoint(c)
                || c == 0xFE0F;
    }
}
