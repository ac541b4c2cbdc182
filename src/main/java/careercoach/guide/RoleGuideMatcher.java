package careercoach.guide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the guide for a role named in words, as career progression lists roles ("Site Reliability Engineering
 * (SRE) Lead"): a role matches a guide whose title or id says the same, whatever the case, the punctuation
 * ("Principal/Staff" and "Principal Staff") and the qualifiers in brackets ("(Microservices)",
 * "(Architecture-focused)"). Names are compared with their qualifiers first, so that "Backend Lead (Go)" finds its
 * own guide when there is also a "Backend Lead (Java)", then without them; but a qualifier that differs from the
 * guide's never matches: "Engineering Manager (Platform)" is not the guide "Engineering Manager (Warehouse Systems)",
 * while "Engineering Manager" is, and so is "Backend Lead (Go)" a guide "Backend Lead".
 *
 * A guide's {@code aliases} are matched like its title, and so are the initials its names give ({@link RoleInitials}:
 * "SRE Lead", "EM"). Questions that name roles in running text are routed by
 * {@code search.GuideRouter}.
 */
public final class RoleGuideMatcher {
    private static final Pattern QUALIFIER = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern MARK = Pattern.compile("\\p{M}+");

    /** A guide's names as keys: each name's full key, its key without brackets, and the key of its brackets. */
    private record Keyed(Guide guide, List<String> fullKeys, List<String> plainKeys, List<String> qualifierKeys) {
        /** Whether a name of the guide is the role without brackets, and no bracket of the two says otherwise. */
        boolean matchesPlain(String plain, String qualifier) {
            for (int i = 0; i < plainKeys.size(); i++) {
                if (plainKeys.get(i).equals(plain) && (qualifier.isEmpty() || qualifierKeys.get(i).isEmpty()
                        || qualifierKeys.get(i).equals(qualifier))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Keyed> guides = new ArrayList<>();

    public RoleGuideMatcher(Collection<Guide> guides) {
        Map<String, List<RoleInitials.ShortName>> initials = RoleInitials.of(guides);
        for (Guide guide : guides) {
            List<String> names = new ArrayList<>(guide.names());
            if (guide.id() != null) {
                names.add(guide.id());
            }
            initials.getOrDefault(guide.id(), List.of()).forEach(form -> names.add(form.name()));
            this.guides.add(new Keyed(guide, names.stream().map(RoleGuideMatcher::fullKey).toList(),
                    names.stream().map(RoleGuideMatcher::plainKey).toList(),
                    names.stream().map(RoleGuideMatcher::qualifierKey).toList()));
        }
    }

    /** The one guide for the role, when exactly one matches. */
    public Optional<Guide> guideFor(String role) {
        List<Guide> matches = guidesFor(role);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The guides whose title, alias, id or initials say the role with its qualifiers, word for word: "Backend
     * Engineering Lead (Microservices)" names the guide of that title, not a "Backend Engineering Lead (Go)".
     */
    public List<Guide> guidesNamed(String role) {
        String full = fullKey(role);
        return full.isEmpty() ? List.of()
                : guides.stream().filter(k -> k.fullKeys().contains(full)).map(Keyed::guide).toList();
    }

    /**
     * Every guide the role matches, in the order given: those that match with the qualifiers when any does,
     * else those that match without them. Empty when the role has no guide.
     */
    public List<Guide> guidesFor(String role) {
        String full = fullKey(role);
        if (full.isEmpty()) {
            return List.of();
        }
        List<Guide> exact = guides.stream().filter(k -> k.fullKeys().contains(full)).map(Keyed::guide).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String plain = plainKey(role);
        if (plain.isEmpty()) {
            return List.of();
        }
        String qualifier = qualifierKey(role);
        return guides.stream().filter(k -> k.matchesPlain(plain, qualifier)).map(Keyed::guide).toList();
    }

    /**
     * The name in lower case, without accents, words only, each in its American spelling: "Principal/Staff (Go)"
     * becomes "principal staff go", "Programme Lead" "program lead".
     */
    static String fullKey(String name) {
        // Compatibility forms as search reads a question (full-width "ＡｐｐＳｅｃ" is "AppSec"), accents gone.
        String folded = MARK.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        String words = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip();
        // "Technical Programme Manager" is the "Technical Program Manager": one spelling of each word.
        return words.isEmpty() ? words : Arrays.stream(words.split(" +")).map(EnglishSpellings::american)
                .collect(Collectors.joining(" "));
    }

    /**
     * {@link #fullKey} of the brackets of a name that name a kind of the role, their words capitalised and no list:
     * "Engineering Manager (Warehouse Systems)" gives "warehouse systems". A bracket that explains or lists
     * ("(Java, Go)", "(Architecture-focused)") says no other role, and a name without brackets gives "".
     */
    static String qualifierKey(String name) {
        java.util.regex.Matcher m = QUALIFIER.matcher(name);
        StringBuilder inside = new StringBuilder();
        while (m.find()) {
            String bracket = m.group().substring(1, m.group().length() - 1).strip();
            if (!bracket.isEmpty() && !bracket.matches(".*[,;/].*") && Arrays.stream(bracket.split("[\\s-]+"))
                    .filter(w -> !SMALL_WORDS.contains(w)).allMatch(w -> !Character.isLowerCase(w.codePointAt(0)))) {
                inside.append(' ').append(bracket);
            }
        }
        return fullKey(inside.toString());
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("and", "of", "for", "the", "&", "in",
            "on", "to");

    /** {@link #fullKey} without what is in brackets: "Backend Lead (Microservices)" becomes "backend lead". */
    static String plainKey(String name) {
        String unqualified = name;
        for (String previous = null; !unqualified.equals(previous); ) {
            previous = unqualified;
            unqualified = QUALIFIER.matcher(unqualified).replaceAll(" ");
        }
        return fullKey(unqualified);
    }
}
