package careercoach.slack;

import java.util.ArrayList;
import java.util.List;

/** Slack text rules: escaping and the Block Kit length limits. */
public final class Mrkdwn {
    /** Section text, context text: at most 3000 characters. */
    public static final int MAX_TEXT = 3000;
    public static final int MAX_HEADER = 150;
    public static final int MAX_BUTTON_TEXT = 75;
    public static final int MAX_VALUE = 2000;
    public static final int MAX_MESSAGE_BLOCKS = 50;
    public static final int MAX_VIEW_BLOCKS = 100;

    private Mrkdwn() {
    }

    /** Slack escapes only these three; without it a user's text could ping {@code <!channel>} or forge a link. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text a person typed, echoed in mrkdwn as typed: {@link #escape escaped}, and the characters that open
     * formatting ({@code *bold*}, {@code _italic_}, {@code ~strike~}, {@code `code`}) swapped for ones that look
     * alike and format nothing, since mrkdwn has no escape for them. What they typed reads the same and cannot
     * change how the reply around it is formatted.
     */
    public static String literal(String text) {
        return escape(text).replace('*', '\u2217').replace('_', '\u02CD').replace('~', '\u223C')
                .replace('`', '\u02CB');
    }

    /** Cuts to {@code max} characters with an ellipsis, never splitting a surrogate pair. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Splits text into pieces of at most {@code max} characters, preferring line breaks, then spaces. */
    public static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
