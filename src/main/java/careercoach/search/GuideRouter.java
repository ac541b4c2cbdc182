package careercoach.search;

import careercoach.guide.Guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of a search, before any section is ranked: which guide a question is answered from.
 *
 * <p>A question is read for the roles it names ({@link RoleMention}): a word that heads a role ("lead", "manager",
 * "engineer", "designer", "CTO", or the last word of a guide's title or alias) with the words before it that qualify
 * a role ("data engineering", "iOS", "frontend"). Each role is matched to the guides' titles and {@code aliases}
 * word by word, whatever the word order, plurals ("leads"), short forms ("eng", "dev") and typos ("laed", "staf"):
 * the guide whose names hold all the role's words, the tightest first. A role with a word no guide's names have
 * ("frontend lead", "data scientist") is a role with no guide.
 * <ul>
 * <li>One role named: that guide.</li>
 * <li>Several ("from backend lead to data engineering lead", "I'm an EM, what would I earn as a mobile lead"): the
 * last one, the role the asker is heading for; a role with no guide gives way to one with a guide named before it
 * ("is backend lead a stepping stone to CTO?" is the backend guide's career progression).</li>
 * <li>No role: the asker's guide, or, with none chosen, every guide (the sections' content then decides).</li>
 * <li>Only roles with no guide: no guide; the answer says so and names the closest roles that have one.</li>
 * </ul>
 * With one guide, every question is its own, as before there were several: the roles its career progression names
 * are answered from it.
 * Words that only name the role ("DE lead", "backend lead") are taken out of the text the sections are ranked by,
 * so a role word does not pull every question about the role to its overview.
 */
final class GuideRouter {

    /** Where a question goes: a guide (empty: the asker's or every guide), or a role no guide covers. */
    record Route(Optional<String> guide, String searched, Optional<String> missingRole, List<String> closest,
                 boolean named) {
        static Route unnamed(Optional<String> guide, String text) {
            return new Route(guide, text, Optional.empty(), List.of(), false);
        }
    }

    /** What a role the question names is said as in the text the sections are ranked by. */
    static final String THE_ROLE = "the role";

    /** One role a question names: where it is in the text, its words, and the guide it matches (if any). */
    record RoleMention(int start, int end, List<String> words, Optional<String> guide, boolean generic) {
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}+#]+(?:['\u2019]s\\b)?");
    /** Words that head a role but need a qualifier to name one ("lead", "engineer"). */
    private static final Set<String> GENERIC_HEADS = Set.of("lead", "manager", "engineer", "head", "ic");
    /** Words that are a role by themselves, one no guide here may have. */
    private static final Set<String> ROLE_HEADS = Set.of("designer", "scientist", "analyst", "writer", "recruiter",
            "consultant", "cto", "ceo", "cfo", "coo", "cio", "cpo", "vp", "nurse", "tester", "accountant", "marketer",
            "architect", "director", "owner", "specialist", "administrator", "sre", "researcher", "teacher",
            "lawyer", "salesperson", "pm", "programmer");
    /** Words that qualify a role in a title ("frontend", "security"), besides the words of the guides' names. */
    private static final Set<String> QUALIFIERS = Set.of("frontend", "front", "backend", "back", "end", "fullstack",
            "full", "stack", "web", "ui", "ux", "product", "site", "reliability", "security", "devops", "cloud", "ml",
            "machine", "learning", "ai", "data", "platform", "infrastructure", "infra", "software", "hardware",
            "embedded", "network", "solution", "customer", "success", "cs", "sale", "marketing", "business",
            "technical", "tech", "people", "line", "game", "firmware", "system", "support", "it", "database", "dba",
            "research", "quality", "test", "automation", "qa", "mobile", "io", "ios", "android", "principal",
            "staff", "devrel", "program", "project", "delivery", "design", "analytics", "finance", "hr", "operations",
            "ops", "release", "build", "api", "microservice", "app", "application", "team", "manual", "scrum",
            "agile", "engineer", "lead", "manager", "sdet", "em", "distinguished", "chief", "technology", "officer");
    /** Words that say nothing about which role: dropped from roles and names alike. */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("senior", "junior", "new", "first", "time",
            "aspiring", "experienced", "hands", "on", "team", "side", "group", "level", "the", "a", "an", "of", "for",
            "and", "our", "its");
    /** Words before a role that make it someone the asker knows, not a role asked about ("my manager"). */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "her", "their");
    /** Words that join a head to a qualifier after it ("manager of the platform team", "head of QA"). */
    private static final Set<String> JOINS = Set.of("of", "for", "on", "in");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "its", "their", "my");
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("engineering", "engineer"),
            Map.entry("eng", "engineer"), Map.entry("developer", "engineer"), Map.entry("dev", "engineer"),
            Map.entry("leader", "lead"), Map.entry("leading", "lead"), Map.entry("infrastructure", "infra"),
            Map.entry("ios", "io"), Map.entry("mgr", "manager"), Map.entry("management", "manager"),
            Map.entry("qe", "qa"), Map.entry("sdets", "sdet"), Map.entry("programmer", "engineer"));

    private final List<Guide> guides;
    private final Map<String, Set<String>> vocabulary = new HashMap<>();
    private final Map<String, List<List<String>>> names = new HashMap<>();
    private final Set<String> guided = new HashSet<>();
    private final Set<String> heads = new HashSet<>(GENERIC_HEADS);
    private final Set<String> known = new HashSet<>();
    private final Predicate<String> englishWord;

    GuideRouter(List<Guide> guides) {
        this(guides, word -> false);
    }

    /** @param englishWord whether a word is a word of its own (never corrected to a guide's name word) */
    GuideRouter(List<Guide> guides, Predicate<String> englishWord) {
        this.guides = List.copyOf(guides);
        this.englishWord = englishWord;
        for (Guide guide : guides) {
            Set<String> words = new HashSet<>();
            List<List<String>> guideNames = new ArrayList<>();
            for (String name : guide.names()) {
                List<String> nameWords = words(name).stream().map(Token::word)
                        .filter(w -> !GENERIC_MODIFIERS.contains(w)).toList();
                if (!nameWords.isEmpty()) {
                    guideNames.add(nameWords);
                    words.addAll(nameWords);
                    // The head of "Staff Engineer (Platform)" is "engineer", not what is in brackets.
                    List<String> unqualified = words(QUALIFIER.matcher(name).replaceAll(" ")).stream()
                            .map(Token::word).filter(w -> !GENERIC_MODIFIERS.contains(w)).toList();
                    heads.add((unqualified.isEmpty() ? nameWords : unqualified).get(
                            (unqualified.isEmpty() ? nameWords : unqualified).size() - 1));
                }
            }
            vocabulary.put(guide.id(), words);
            names.put(guide.id(), guideNames);
            guided.addAll(words);
        }
        known.addAll(guided);
        known.addAll(QUALIFIERS);
        known.addAll(ROLE_HEADS);
    }

    /**
     * @param question    the cleaned question
     * @param askersGuide the guide the asker chose; empty when they chose none
     * @return the guide to search (empty: every guide), or else the role no guide covers
     */
    Optional<String> route(String question, Optional<String> askersGuide) {
        return routed(question, askersGuide).guide();
    }

    Route routed(String question, Optional<String> askersGuide) {
        if (guides.size() < 2) {
            // One guide answers everything as it always did: the roles its career progression lists included.
            return Route.unnamed(askersGuide, question);
        }
        List<RoleMention> mentions = mentions(question);
        List<RoleMention> specific = mentions.stream().filter(m -> !m.generic()).toList();
        if (specific.isEmpty()) {
            return Route.unnamed(askersGuide, question);
        }
        Optional<RoleMention> target = Optional.empty();
        for (int i = specific.size() - 1; i >= 0 && target.isEmpty(); i--) {
            if (specific.get(i).guide().isPresent()) {
                target = Optional.of(specific.get(i));
            }
        }
        if (target.isEmpty()) {
            RoleMention missing = specific.get(specific.size() - 1);
            String role = question.substring(missing.start(), missing.end());
            return new Route(Optional.empty(), question, Optional.of(role), closest(missing.words()), true);
        }
        String guide = target.get().guide().orElseThrow();
        return new Route(Optional.of(guide), searched(question, mentions, guide), Optional.empty(), List.of(), true);
    }

    /**
     * The text the sections are ranked by: the roles named said as "the role" (they chose the guide; left in, they
     * pull every question to the overview). A move from one role to another ("DE lead wanting to become a backend
     * lead") is taken out whole, words between the roles included: it chose the guide and, left in, would pull
     * every question about the move to career progression.
     */
    private static String searched(String question, List<RoleMention> mentions, String guide) {
        List<RoleMention> specific = mentions.stream().filter(m -> !m.generic()).toList();
        StringBuilder said = new StringBuilder();
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (int i = 0; i < specific.size(); i++) {
            RoleMention m = specific.get(i);
            if (m.start() < at) {
                continue;
            }
            said.append(question, at, m.start()).append(THE_ROLE);
            boolean joined = i > 0 && words(question.substring(at, m.start())).size() <= 6;
            left.append(joined ? " " : question.substring(at, m.start()));
            at = m.end();
        }
        said.append(question.substring(at));
        left.append(question.substring(at));
        if (specific.size() < 2) {
            return said.toString();
        }
        long words = words(left.toString()).stream().filter(t -> t.word().length() > 2).count();
        return words >= 2 ? left.toString().strip() : said.toString();
    }

    /** The titles of the guides closest to a role no guide covers: those sharing most of its words first. */
    private List<String> closest(List<String> role) {
        List<Guide> ranked = new ArrayList<>(guides);
        ranked.sort(Comparator.comparingInt((Guide g) -> -overlap(role, vocabulary.get(g.id()))));
        return ranked.stream().filter(g -> overlap(role, vocabulary.get(g.id())) > 0 || guides.size() <= 3)
                .limit(3).map(Guide::title).toList();
    }

    private static int overlap(List<String> role, Set<String> words) {
        int n = 0;
        for (String w : role) {
            if (!GENERIC_HEADS.contains(w) && words.contains(w)) {
                n += 2;
            } else if (words.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The roles a question names, in order. */
    List<RoleMention> mentions(String question) {
        List<Token> tokens = words(question);
        List<Token> corrected = new ArrayList<>();
        for (Token t : tokens) {
            corrected.add(new Token(correct(t.word()), t.start(), t.end()));
        }
        List<RoleMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < corrected.size()) {
            Token t = corrected.get(i);
            if (!heads.contains(t.word()) && !ROLE_HEADS.contains(t.word())) {
                i++;
                continue;
            }
            // The head, and the qualifiers after it joined by "of"/"for"/"on" ("manager of the platform team").
            int last = i;
            while (last + 1 < corrected.size() && heads.contains(corrected.get(last + 1).word())
                    && !ROLE_HEADS.contains(t.word())) {
                last++;
            }
            int first = i;
            while (first > 0 && first > i - 4 && known.contains(corrected.get(first - 1).word())
                    && !POSSESSIVES.contains(corrected.get(first - 1).word())) {
                first--;
            }
            int after = last + 1;
            if (after < corrected.size() && JOINS.contains(corrected.get(after).word())) {
                int q = after + 1;
                while (q < corrected.size() && ARTICLES.contains(corrected.get(q).word())) {
                    q++;
                }
                int end = q;
                while (end < corrected.size() && end < q + 3 && known.contains(corrected.get(end).word())
                        && !heads.contains(corrected.get(end).word())) {
                    end++;
                }
                if (end > q) {
                    last = end - 1;
                }
            }
            boolean someones = first > 0 && POSSESSIVES.contains(corrected.get(first - 1).word());
            List<String> words = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                String w = corrected.get(k).word();
                if (!GENERIC_MODIFIERS.contains(w) && !JOINS.contains(w) && !ARTICLES.contains(w)) {
                    words.add(w);
                }
            }
            Optional<String> guide = match(words);
            boolean generic = words.stream().allMatch(w -> GENERIC_HEADS.contains(w) || w.equals("tech"))
                    && guide.map(g -> !isWholeName(words, g)).orElse(true);
            if (someones && guide.isEmpty()) {
                generic = true;
            }
            if (words.isEmpty()) {
                generic = true;
            }
            mentions.add(new RoleMention(corrected.get(first).start(), corrected.get(last).end(), List.copyOf(words),
                    generic ? Optional.empty() : guide, generic));
            i = last + 1;
        }
        return mentions;
    }

    private boolean isWholeName(List<String> words, String guide) {
        Set<String> asked = new HashSet<>(words);
        return names.get(guide).stream().anyMatch(n -> new HashSet<>(n).equals(asked));
    }

    /**
     * The guide whose names hold every word of the role, the one with the fewest words the role does not say
     * first (then the one whose name ends with the role's head, then the library's order); with none holding them
     * all, the one holding most, when every word of the role is a word of some guide's names.
     */
    private Optional<String> match(List<String> role) {
        if (role.isEmpty()) {
            return Optional.empty();
        }
        if (!guided.containsAll(role)) {
            return Optional.empty();
        }
        String head = role.get(role.size() - 1);
        Guide best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Guide guide : guides) {
            Set<String> words = vocabulary.get(guide.id());
            long covered = role.stream().filter(words::contains).count();
            if (covered == 0) {
                continue;
            }
            covered += role.stream().filter(w -> words.contains(w) && !GENERIC_HEADS.contains(w)).count() * 2;
            double tightest = Double.NEGATIVE_INFINITY;
            for (List<String> name : names.get(guide.id())) {
                long extra = name.stream().filter(w -> !role.contains(w)).count();
                long said = name.stream().filter(role::contains).count();
                double s = said * 2 - extra + (name.get(name.size() - 1).equals(head) ? 0.5 : 0);
                tightest = Math.max(tightest, s);
            }
            double score = covered * 10 + tightest;
            if (score > bestScore) {
                bestScore = score;
                best = guide;
            }
        }
        return Optional.ofNullable(best).map(Guide::id);
    }

    private String correct(String word) {
        if (known.contains(word) || word.length() < 4 || englishWord.test(word)) {
            return word;
        }
        for (String candidate : guided) {
            if (candidate.length() >= 4 && withinOneEdit(word, candidate)) {
                return candidate;
            }
        }
        for (Map.Entry<String, String> form : SHORT_FORMS.entrySet()) {
            if (guided.contains(form.getValue()) && form.getKey().length() >= 4
                    && withinOneEdit(word, form.getKey())) {
                return form.getValue();
            }
        }
        return word;
    }

    /** Whether two words are one insertion, deletion, substitution or swap of neighbours apart. */
    static boolean withinOneEdit(String a, String b) {
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

    /** A word of a question or a name, lower-cased, singular, short forms spelled out, with where it is. */
    record Token(String word, int start, int end) {
    }

    static List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(normal(m.group()), m.start(), m.end()));
        }
        return tokens;
    }

    static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return SHORT_FORMS.getOrDefault(w, w);
    }

}
