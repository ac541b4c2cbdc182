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
 * the "SRE lead", "Data Engineering Lead" the "DE lead"), the initials of a shorter run of its words, the others
 * said in full ("Machine Learning Platform Lead" is the "ML platform lead"), and the initials of a whole name
 * ("Engineering Manager" is the "EM", "Technical Program Manager" the "TPM"). Initials other than a whole name's
 * are said with the word of the name that follows them.
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
     * written, and the words of the name said in full before and after them ("ML" + "Platform Lead", "Staff" +
     * "ML" + "Engineer"), both empty when the initials are the whole name.
     */
    public record ShortName(String initials, List<String> words, List<String> before, List<String> after) {
        public ShortName {
            words = List.copyOf(words);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** The word said right after the initials ("Lead" of "SRE Lead", "Platform" of "ML Platform Lead"). */
        public Optional<String> next() {
            return after.isEmpty() ? Optional.empty() : Optional.of(after.get(0));
        }

        /** Whether the initials are the whole name ("EM", "TPM"). */
        public boolean whole() {
            return before.isEmpty() && after.isEmpty();
        }

        /** How it is written: "SRE Lead", "ML Platform Lead", "EM". */
        public String name() {
            List<String> said = new ArrayList<>(before);
            said.add(initials.toUpperCase(Locale.ROOT));
            said.addAll(after);
            return String.join(" ", said);
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
            Map.entry("ds", Set.of("data scientist", "data science")),
            Map.entry("sr", Set.of("senior")),
            Map.entry("jr", Set.of("junior")));
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
        Map<String, Map<String, Set<String>>> guidesSaying = new HashMap<>();
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
                    guidesSaying.computeIfAbsent(form.initials(), k -> new HashMap<>())
                            .computeIfAbsent(saidWith(form), k -> new HashSet<>()).add(guide.id());
                }
            }
            derived.put(guide.id(), forms);
        }
        Map<String, List<ShortName>> distinct = new LinkedHashMap<>();
        derived.forEach((id, forms) -> distinct.put(id, forms.stream()
                .filter(f -> !blurred(f, id, guidesSaying.get(f.initials()))).toList()));
        return distinct;
    }

    /** The word said after a form's initials, lower case, or "" for a whole name's. */
    private static String saidWith(ShortName form) {
        return form.next().map(w -> w.toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * Whether another guide gives the same initials said the same way: with the same word after them, or both as a
     * whole name ("DE lead" of a "Data Engineering Lead" and of a "Design Engineering Lead"). Said with another
     * word they are told apart: "LM" of a "Line Manager" and "LM engineer" of a "Lead Mobile Engineer".
     */
    private static boolean blurred(ShortName form, String guide, Map<String, Set<String>> saying) {
        return saying.getOrDefault(saidWith(form), Set.of()).stream().anyMatch(g -> !g.equals(guide));
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
        // Initials for a run of two words or more, the name's other words said in full, a word after them: the
        // qualifiers before the head first ("SRE Lead"), then shorter runs ("ML Platform Lead", "Staff ML Engineer").
        for (int length = words.size() - 1; length >= 2; length--) {
            for (int from = 0; from + length < words.size(); from++) {
                List<String> run = words.subList(from, from + length);
                forms.add(new ShortName(initials(run), run, words.subList(0, from),
                        words.subList(from + length, words.size())));
            }
        }
        forms.add(new ShortName(initials(words), words, List.of(), List.of()));
        return forms;
    }

    private static String initials(List<String> words) {
        StringBuilder letters = new StringBuilder();
        words.forEach(w -> letters.append(w.charAt(0)));
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
