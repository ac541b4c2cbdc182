package careercoach.guide;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Warns when two guides' role names cannot be told apart: a title or alias of one guide says the same words as a
 * title or alias of another, in any order and number ("Lead Data Engineer", "Data Engineer Leads"). A question
 * naming that role could then be routed to either guide, so the author should give each a word of its own.
 */
final class RoleNamesCheck {
    private final List<GuideFileReader.LocatedGuide> guides;

    RoleNamesCheck(List<GuideFileReader.LocatedGuide> guides) {
        this.guides = guides;
    }

    void check(List<GuideProblem> warnings) {
        for (int b = 1; b < guides.size(); b++) {
            GuideFileReader.LocatedGuide later = guides.get(b);
            for (int a = 0; a < b; a++) {
                GuideFileReader.LocatedGuide earlier = guides.get(a);
                same(earlier.guide(), later.guide()).ifPresent(names -> warnings.add(GuideProblem.warning(
                        later.file(), later.lineOfName(names.get(1)), "role name '" + names.get(1)
                                + "' cannot be told apart from '" + names.get(0) + "' of guide '" + earlier.guide().id() + "' (the same words):"
                                + " questions naming it may be answered from either; give each guide a word of its"
                                + " own in its title or aliases")));
            }
        }
    }

    /** The first pair of names, one of each guide, that say the same words; empty when there is none. */
    private static java.util.Optional<List<String>> same(Guide first, Guide second) {
        for (String a : first.names()) {
            for (String b : second.names()) {
                Set<String> wa = words(a);
                if (!wa.isEmpty() && wa.equals(words(b))) {
                    return java.util.Optional.of(List.of(a, b));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A name's words, lower case, singular, whatever their order and punctuation. */
    static Set<String> words(String name) {
        return Arrays.stream(RoleGuideMatcher.fullKey(name).split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
