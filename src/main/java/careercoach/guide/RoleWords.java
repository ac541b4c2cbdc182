package careercoach.guide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the words of a role said by a person meet the words of the guides' names, wherever a role is read (a
 * question, {@code /career role}, {@code /career compare}, the role typeahead): a compound said in two words or
 * with a hyphen ("front end", "front-end") is the one word a name says ("Frontend"), and a name's two words
 * ("Front-End") are the one word said ("frontend"); a word one letter off a name's word is that word ("fronted"
 * for "frontend") when it says no other word of the names.
 */
public final class RoleWords {

    /** Letter pairs two words share (Dice) from which one is taken for a misspelling of the other. */
    private static final double MISSPELLING = 0.5;
    /** A chief's initials: "cto", "ciso", "cmo" (chief ... officer). */
    private static final java.util.regex.Pattern CHIEF_INITIALS = java.util.regex.Pattern.compile("c[a-z]{1,2}o");

    private RoleWords() {
    }

    /**
     * The words said, compounds read as the names write them: two adjacent words whose joining is a name's word
     * and that are not both names' words themselves ("front end" is "frontend"), a word that is the joining of two
     * adjacent words of one name ("frontend" is "front end" when a name says "Front-End").
     *
     * @param said  the words said, lower case
     * @param names the guides' names, each as its words, lower case
     */
    public static List<String> compounds(List<String> said, List<List<String>> names) {
        Set<String> vocabulary = new LinkedHashSet<>();
        names.forEach(vocabulary::addAll);
        List<String> read = new ArrayList<>();
        for (int k = 0; k < said.size(); k++) {
            String w = said.get(k);
            if (k + 1 < said.size() && joins(w, said.get(k + 1), vocabulary)) {
                read.add(w + said.get(k + 1));
                k++;
                continue;
            }
            read.addAll(split(w, names, vocabulary));
        }
        return read;
    }

    /**
     * Whether a word, lower case, is a chief's initials: C, one or two letters, O ("cto", "ciso", "cmo"). A role by
     * itself, wherever it is read; four letters may also be an English word ("ciao"), which a reader with a
     * vocabulary checks.
     */
    public static boolean chiefInitials(String word) {
        return CHIEF_INITIALS.matcher(word).matches();
    }

    /** Whether two adjacent words said are one word of the names ("front" + "end": "frontend"). */
    public static boolean joins(String first, String second, Set<String> vocabulary) {
        return vocabulary.contains(first + second)
                && !(vocabulary.contains(first) && vocabulary.contains(second));
    }

    /** A word said as the two adjacent words of a name it joins ("frontend": "front", "end"), else the word. */
    public static List<String> split(String word, List<List<String>> names, Set<String> vocabulary) {
        if (vocabulary.contains(word)) {
            return List.of(word);
        }
        for (List<String> name : names) {
            for (int i = 0; i + 1 < name.size(); i++) {
                if (word.equals(name.get(i) + name.get(i + 1))) {
                    return List.of(name.get(i), name.get(i + 1));
                }
            }
        }
        return List.of(word);
    }

    /**
     * The one word of the names a word said is one letter off ("fronted": "frontend"), when it is four letters or
     * more, not a name's word itself and one letter off no other; else empty.
     */
    public static java.util.Optional<String> nearMiss(String word, Set<String> vocabulary) {
        if (word.length() < 4 || vocabulary.contains(word)) {
            return java.util.Optional.empty();
        }
        List<String> near = vocabulary.stream().filter(v -> v.length() >= 4 && withinOneEdit(word, v)).toList();
        return near.size() == 1 ? java.util.Optional.of(near.get(0)) : java.util.Optional.empty();
    }

    /**
     * Whether a word said is a misspelling of a name's word: half their letter pairs or more alike (Dice):
     * "secuirty" is "security", "devex" "developer"; "astronaut" shares a few pairs with "automation" and is not.
     */
    public static boolean alike(String said, String name) {
        Set<String> a = pairs(said);
        Set<String> b = pairs(name);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return 2.0 * a.stream().filter(b::contains).count() / (a.size() + b.size()) >= MISSPELLING;
    }

    private static Set<String> pairs(String word) {
        Set<String> pairs = new LinkedHashSet<>();
        String compact = word.replace(" ", "");
        for (int i = 0; i + 1 < compact.length(); i++) {
            pairs.add(compact.substring(i, i + 2));
        }
        return pairs;
    }

    /** Whether two words are one insertion, deletion, substitution or swap of neighbours apart. */
    public static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
