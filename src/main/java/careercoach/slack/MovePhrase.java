package careercoach.slack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What changes if I move from X to Y?": read by the paths feature, which compares the two roles, and by the
 * question feature, which answers an @mention in a channel about Y alone (the asker's own role is not said where
 * others read) and points to the comparison. Kept in the kit so the two features meet here, not in each other.
 */
public final class MovePhrase {
    /** Group 1: the role moved from, if said; group 2: the role moved to. */
    public static final Pattern MOVE = Pattern.compile("(?i)\\s*what(?: would)? changes?(?: for me)? if i (?:move"
            + "|moved|go|went|switch|switched|step|stepped|grow|grew)(?: up)?(?: from (?:an? |the |my )?(.+?))? (?:to"
            + "|into) (?:an? |the )?(.+?)[\\s?.!]*");

    private MovePhrase() {
    }

    /** Y of "what changes if I move to Y" that names no role to move from: a comparison with the asker's own role. */
    public static Optional<String> movingTo(String text) {
        Matcher move = MOVE.matcher(text);
        return move.matches() && move.group(1) == null ? Optional.of(move.group(2)) : Optional.empty();
    }
}
