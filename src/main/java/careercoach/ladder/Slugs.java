package careercoach.ladder;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ids made of the words of a name, so that importing the same ladder again gives the same ids: lower-case kebab-case,
 * as guides require ("Entry Level" is {@code entry-level}).
 */
final class Slugs {
    /** Words an item id can do without: "Pick a target domain" is {@code pick-target-domain}. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
            "to", "for", "with", "by", "from", "into", "as", "your", "our", "their", "its", "is", "are", "be", "that",
            "than", "when", "which", "who");
    /** An item id names its item, it does not repeat it: four words tell the items of a section apart. */
    static final int ITEM_ID_WORDS = 4;
    /** The longest id a guide allows: ids travel in Slack's buttons and menus. */
    static final int MAX_LENGTH = 64;

    private Slugs() {
    }

    /** Every word of the name that fits in an id: a guide's or a group's id. */
    static String of(String name) {
        return shortened(String.join("-", words(name)), MAX_LENGTH);
    }

    /**
     * The id cut to at most {@code length} characters, after its last whole word that fits; a first word longer
     * than that is cut itself ("a long pasted line with no spaces").
     */
    static String shortened(String id, int length) {
        if (id.length() <= length) {
            return id;
        }
        String cut = id.substring(0, length);
        if (id.charAt(length) == '-') {
            return cut;
        }
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
    }

    /**
     * The first words of an item's name or text, up to the end of its first clause (a colon, semicolon, dash, or in
     * a sentence a bracket), without small words; at most {@value #ITEM_ID_WORDS}. A comma does not end it: the
     * words after one are still the item ("Hire, coach and grow the team" is {@code hire-coach-grow-team}).
     */
    static String ofItem(String nameOrText, boolean sentence) {
        String clause = nameOrText.split(sentence ? "[:;(]|\\s[–—-]\\s" : "[:;]|\\s[–—-]\\s")[0];
        List<String> words = new ArrayList<>(words(clause));
        List<String> meaningful = words.stream().filter(w -> !SMALL_WORDS.contains(w)).toList();
        List<String> chosen = meaningful.isEmpty() ? words : meaningful;
        return shortened(String.join("-", chosen.subList(0, Math.min(ITEM_ID_WORDS, chosen.size()))), MAX_LENGTH);
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
