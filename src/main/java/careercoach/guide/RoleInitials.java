package careercoach.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short forms people say a role by, read from a guide's names (title and aliases) without its author listing
 * them: the initials of the words before the head word, said with the head ("Site Reliability Engineering Lead" is
 * the "SRE lead", "Data Engineering Lead" the "DE lead"), and the initials of a whole name ("Engineering Manager" is
 * the "EM", "Technical Program Manager" the "TPM").
 *
 * <p>What is in brackets qualifies the role after its head ("Engineering Manager (Platform Team)") and is no part of
 * its initials. A name already holding a short form or a brand ("QA / Test Automation Lead", "iOS Lead", "Senior
 * IC"), or with joining words ("Head of Engineering") gives none: the initials people use for those are not its
 * letters. One letter is no short form. Initials are dropped where they would blur two guides: when any guide's
 * own names already say them (what an author wrote wins: "EM" listed by one guide is never another's), when two
 * guides' names give the same initials (neither has them), and when the initials usually stand for other words
 * ("PM" is no "People Manager", "ML" no "Mobile Lead"; a "Product Manager" is what "PM" means).
 *
 * <p>The one place that says which short forms a guide has: {@link RoleGuideMatcher} (and so {@code /career role}),
 * the role typeahead and the question router read them here.
 */
public final class RoleInitials {

    /**
     * One short form of a guide's role: its initials (lower case), the words of the name they stand for, as
     * written, and the head word said after them ("SRE" + "Lead"), empty when the initials are the whole name.
     */
    public record ShortName(String initials, List<String> words, Optional<String> head) {
        public ShortName {
            words = List.copyOf(words);
        }

        /** How it is written: "SRE Lead", "EM". */
        public String name() {
            String upper = initials.toUpperCase(Locale.ROOT);
            return head.map(h -> upper + " " + h).orElse(upper);
        }
    }

    /**
     * Initials that usually stand for certain words ("PM": a product, project or program manager): taken from a name
     * saying those words only, never from one saying others ("People Manager", "Mobile Lead" give no "PM", "ML").
     */
    static final Map<String, Set<String>> WELL_KNOWN = Map.ofEntries(
            Map.entry("pm", Set.of("product manager", "project manager", "program manager")),
            Map.entry("po", Set.of("product owner")),
            Map.entry("ml", Set.of("machine learning")),
            Map.entry("ai", Set.of("artificial intelligence")),
            Map.entry("ui", Set.of("user interface")),
            Map.entry("ux", Set.of("user experience")),
            Map.entry("hr", Set.of("human resources")),
            Map.entry("it", Set.of("information technology")),
            Map.entry("qa", Set.of("quality assurance")),
            Map.entry("cs", Set.of("customer success", "computer science", "customer support")),
            Map.entry("bi", Set.of("business intelligence")),
            Map.entry("vp", Set.of("vice president")),
            Map.entry("ceo", Set.of("chief executive officer")),
            Map.entry("cto", Set.of("chief technology officer", "chief technical officer")),
            Map.entry("cfo", Set.of("chief financial officer")),
            Map.entry("coo", Set.of("chief operating officer")),
            Map.entry("cio", Set.of("chief information officer")),
            Map.entry("cpo", Set.of("chief product officer")),
            Map.entry("sre", Set.of("site reliability engineer", "site reliability engineering")),
            Map.entry("swe", Set.of("software engineer")),
            Map.entry("sde", Set.of("software development engineer")),
            Map.entry("ic", Set.of("individual contributor")),
            Map.entry("tl", Set.of("tech lead", "team lead", "technical lead")),
            Map.entry("ba", Set.of("business analyst")),
            Map.entry("ds", Set.of("data scientist", "data science")));
    private static final Set<String> JOINING = Set.of("of", "and", "for", "the", "a", "an", "in", "on", "to", "at",
            "with", "or");
    private static final Pattern QUALIFIER = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    /** A word as a name spells a word out: a letter, then lower-case letters only ("Reliability", "platform"). */
    private static final Pattern SPELLED_OUT = Pattern.compile("\\p{L}\\p{Ll}+");

    private RoleInitials() {
    }

    /** The short forms of each guide's role, by guide id (every guide has an entry, maybe empty). */
    public static Map<String, List<ShortName>> of(Collection<Guide> guides) {
        Set<String> written = new HashSet<>();
        for (Guide guide : guides) {
            for (String name : guide.names()) {
                String key = RoleGuideMatcher.fullKey(name);
                if (!key.isEmpty()) {
                    written.addAll(List.of(key.split(" ")));
                }
            }
        }
        Map<String, List<ShortName>> derived = new LinkedHashMap<>();
        Map<String, Set<String>> guidesSaying = new HashMap<>();
        for (Guide guide : guides) {
            List<ShortName> forms = new ArrayList<>();
            for (String name : guide.names()) {
                for (ShortName form : of(name)) {
                    String words = String.join(" ", form.words()).toLowerCase(Locale.ROOT);
                    if (written.contains(form.initials()) || forms.contains(form)
                            || !WELL_KNOWN.getOrDefault(form.initials(), Set.of(words)).contains(words)) {
                        continue;
                    }
                    forms.add(form);
                    guidesSaying.computeIfAbsent(form.initials(), k -> new HashSet<>()).add(guide.id());
                }
            }
            derived.put(guide.id(), forms);
        }
        Map<String, List<ShortName>> distinct = new LinkedHashMap<>();
        derived.forEach((id, forms) -> distinct.put(id, forms.stream()
                .filter(f -> guidesSaying.get(f.initials()).size() == 1).toList()));
        return distinct;
    }

    /** The short forms one name gives by itself, before any other guide is considered. */
    static List<ShortName> of(String name) {
        String unqualified = name;
        for (String previous = null; !unqualified.equals(previous); ) {
            previous = unqualified;
            unqualified = QUALIFIER.matcher(unqualified).replaceAll(" ");
        }
        String[] parts = unqualified.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!SPELLED_OUT.matcher(part).matches() || JOINING.contains(part.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            words.add(part);
        }
        if (words.size() < 2) {
            return List.of();
        }
        List<ShortName> forms = new ArrayList<>();
        if (words.size() >= 3) {
            List<String> qualifiers = words.subList(0, words.size() - 1);
            forms.add(new ShortName(initials(qualifiers), qualifiers, Optional.of(words.get(words.size() - 1))));
        }
        forms.add(new ShortName(initials(words), words, Optional.empty()));
        return forms;
    }

    private static String initials(List<String> words) {
        StringBuilder letters = new StringBuilder();
        words.forEach(w -> letters.append(w.charAt(0)));
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
