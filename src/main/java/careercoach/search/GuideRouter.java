package careercoach.search;

import careercoach.guide.EnglishSpellings;
import careercoach.guide.Guide;
import careercoach.guide.RoleFinder;
import careercoach.guide.RoleInitials;
import careercoach.guide.RoleReader;
import careercoach.guide.RoleWords;
import careercoach.guide.SectionKinds;
import org.apache.lucene.analysis.Analyzer;

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
 * a role ("data engineering", "iOS", "frontend"); a verb over a team ("I lead backend microservices", "to manage
 * our platform team"); a team and its head ("take over the platform team as its manager"). Each role is matched
 * to the guides' titles and {@code aliases} word by word, whatever the word order, plurals ("leads"), short forms
 * ("eng", "dev") and typos ("laed", "staf"): the guide whose names hold all the role's words, the tightest first.
 * Initials the names give ({@link RoleInitials}: "SRE lead", "ML platform lead", "EM") are read as the words they
 * stand for, and compounds as the names write them ("front-end lead" for a "Frontend Lead", {@link RoleWords});
 * so are clipped compounds, the first letters of a run of a name's words run together ("devex lead" for a
 * "Developer Experience Lead"). An arrow between two roles ("->", "=>") is a move from the first to the second.
 * A role with a word no guide's names have ("frontend lead", "data scientist", "dx lead") is a role with no guide;
 * so is any ordinary job, by the words of jobs and fields of work in {@link Occupations} ("animator", "community
 * manager", "level designer").
 * <ul>
 * <li>One role named: that guide.</li>
 * <li>Several: the one the question asks about. One side of a comparison said again after it ("data lead vs
 * backend lead: what does the data one do?", "... what does the manager earn?", "the former"); else the last the
 * asker heads for ("become", "move into", "aiming for"); else the last said plainly ("I'm an EM, what would I earn
 * as a mobile lead"); else the last the asker holds ("I'm a", "I lead", "after 3 years as") or sets another
 * against ("than"). A role with no guide gives way to one with a guide ("is backend lead a stepping stone to
 * CTO?" is the backend guide's career progression).</li>
 * <li>No role: the asker's guide, or, with none chosen, every guide (the sections' content then decides).</li>
 * <li>Only roles with no guide: no guide; the answer says so and names the closest roles that have one. The
 * asker's own job ("I'm a data scientist, how do I get better at system design") is taken out as who asks, and
 * the rest is routed, unless the rest asks about that job itself ("I'm a data scientist, what should I earn").</li>
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

    /**
     * One role a question names: where it is in the text, its words, the guide it matches (if any), and how the
     * asker stands to it: the role they hold now ("I'm a ...", "after 3 years as ..."), the one they head for
     * ("become ...", "move into ...") or neither.
     */
    record RoleMention(int start, int end, List<String> words, Optional<String> guide, boolean generic,
                       Stance stance) {
        RoleMention(int start, int end, List<String> words, Optional<String> guide, boolean generic) {
            this(start, end, words, guide, generic, Stance.NEITHER);
        }
    }

    /** How the asker stands to a role they name. */
    enum Stance { HELD, WANTED, CONTRASTED, NEITHER }

    /** An arrow between two roles says a move from one to the other: "senior ML engineer -> ML lead". */
    private static final Pattern MOVE_ARROW = Pattern.compile("\\s*(?:-+>|=+>|[\u2192\u27f6\u21d2])\\s*");
    private static final Pattern QUALIFIER = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    /** Where a name's own qualifier starts when it is not in brackets: "Engineering Manager, Payments". */
    private static final Pattern NAME_QUALIFIER = Pattern.compile(",|\\s[-\u2013\u2014]\\s");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}+#]+(?:['\u2019]s\\b)?");
    /** Short forms spelled out ("eng", "mgr"): declared first, the word lists below are read through them. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("engineering", "engineer"),
            Map.entry("eng", "engineer"), Map.entry("developer", "engineer"), Map.entry("dev", "engineer"),
            Map.entry("leader", "lead"), Map.entry("leading", "lead"), Map.entry("infrastructure", "infra"),
            Map.entry("ios", "io"), Map.entry("mgr", "manager"), Map.entry("management", "manager"),
            Map.entry("qe", "qa"), Map.entry("sdets", "sdet"), Map.entry("programmer", "engineer"),
            Map.entry("ops", "operation"), Map.entry("technical", "tech"));
    /** Words that head a role but need a qualifier to name one ("lead", "engineer"). */
    private static final Set<String> GENERIC_HEADS = Set.of("lead", "manager", "engineer", "head", "ic");
    /**
     * Words that are a job by themselves ("designer", "pharmacist", "animator", "CTO"), one no guide here may have:
     * the {@code [people]} of {@link Occupations}.
     */
    private static final Set<String> ROLE_HEADS = Occupations.PEOPLE;
    /**
     * Fields of work said before a head or a job's word ("community manager", "sound designer"): the role's words,
     * the {@code [fields]} of {@link Occupations}.
     */
    private static final Set<String> WORK_FIELDS = Occupations.FIELDS;
    /** Letters a person's word and a field's share from the start ("scien": scientist, science). */
    private static final int STEM = 5;
    /** Words that head a role, generic or not: what a role's head is checked against a guide's ("a manager"). */
    private static final Set<String> ROLE_HEAD_WORDS;

    static {
        Set<String> words = new HashSet<>(GENERIC_HEADS);
        words.addAll(ROLE_HEADS);
        words.add("officer");
        ROLE_HEAD_WORDS = Set.copyOf(words);
    }

    /** Heads, as written, that say a rank: a role of its own when a field qualifies them ("engineering manager"). */
    private static final Set<String> RANK_HEADS = Set.of("manager", "director", "head", "architect", "officer");

    /**
     * Heads that say a kind of work more than a rank: a lead may be a staff engineer or a manager ("platform lead"),
     * an engineer may lead. A role said with them is not checked against a guide's heads.
     */
    private static final Set<String> LOOSE_HEADS = Set.of("lead", "engineer");

    /** Words that qualify a role in a title ("frontend", "security"), besides the words of the guides' names. */
    private static final Set<String> QUALIFIERS = Set.of("frontend", "front", "backend", "back", "end", "fullstack",
            "full", "stack", "web", "ui", "ux", "product", "site", "reliability", "security", "devops", "cloud", "ml",
            "machine", "learning", "ai", "data", "platform", "infrastructure", "infra", "software", "hardware",
            "embedded", "network", "solution", "customer", "success", "cs", "sale", "marketing", "business",
            "technical", "tech", "people", "line", "game", "firmware", "system", "support", "it", "database", "dba",
            "research", "quality", "test", "automation", "qa", "mobile", "io", "ios", "android", "principal",
            "staff", "devrel", "program", "project", "delivery", "design", "analytics", "finance", "hr", "operation",
            "release", "build", "api", "microservice", "app", "application", "team", "manual", "scrum",
            "agile", "engineer", "lead", "manager", "sdet", "em", "distinguished", "chief", "technology", "officer");
    /**
     * Levels said right before a role of a move ("senior ML engineer -> ML lead"): who the asker is or will be,
     * part of the role as said, not what is asked (left in the ranked text, "senior" pulls a move to career
     * progression).
     */
    private static final Set<String> LEVELS = Set.of("senior", "junior", "mid", "sr", "jr", "experienced");
    /** Words that say nothing about which role: dropped from roles and names alike. */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("senior", "junior", "new", "first", "time",
            "aspiring", "experienced", "hands", "on", "team", "side", "group", "level", "the", "a", "an", "of", "for",
            "and", "our", "its");
    /** Words before a role that make it someone the asker knows, not a role asked about ("my manager"). */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "her", "their");
    /** Words that count people ("one designer", "some analysts"): said so, they are people, not a role. */
    private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozen", "some", "several", "many", "few", "both", "most");
    /** Words that join a head to a qualifier after it ("manager of the platform team", "head of QA"). */
    private static final Set<String> JOINS = Set.of("of", "for", "on", "in");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "its", "their", "my");
    /** Verbs that say someone heads a team, and the role that makes them ("I lead the data team": a data lead). */
    private static final Map<String, String> ROLE_VERBS = Map.ofEntries(Map.entry("lead", "lead"),
            Map.entry("led", "lead"), Map.entry("head", "lead"), Map.entry("heading", "lead"),
            Map.entry("run", "lead"), Map.entry("running", "lead"), Map.entry("ran", "lead"),
            Map.entry("manage", "manager"), Map.entry("managing", "manager"), Map.entry("managed", "manager"));
    /** Nouns that name a group of people, not a role: "the platform team", "our data org". */
    private static final Set<String> TEAM_NOUNS = Set.of("team", "group", "org", "organisation", "organization",
            "squad", "department", "function");
    /** Words that open a noun phrase: after one, "lead" is a noun ("a lead"), not a verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "your", "his", "her",
            "their", "its", "this", "that", "whole");
    /** Articles before a person: "a principal", "an SRE manager". */
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    /**
     * Words that follow a person, not a noun going on: "what does a principal do", "does a principal earn more",
     * "a principal needs", "as a principal, ...".
     */
    private static final Set<String> AFTER_PERSON = Set.of("do", "does", "did", "doing", "is", "are", "was", "be",
            "can", "could", "should", "would", "will", "might", "must", "need", "needs", "earn", "earns", "make",
            "makes", "get", "gets", "have", "has", "own", "owns", "spend", "spends", "work", "works", "typically",
            "usually", "normally", "actually", "really", "report", "reports", "or", "and", "vs", "versus");
    /** Words that stand for a role already named, after a word saying which ("the data one", "the mobile side"). */
    private static final Set<String> SIDE_WORDS = Set.of("one", "side", "role", "job", "position", "track",
            "variant", "version");
    /** Words after a role verb's team that end the team's name ("I lead backend microservices now and ..."). */
    private static final Set<String> AFTER_TEAM = Set.of("now", "today", "currently", "and", "but", "or", "so",
            "instead", "at", "in", "for", "to", "with", "since", "as", "while", "who", "that", "which", "where",
            "because", "too", "also", "well", "day", "full", "right", "anymore", "yet", "soon", "next");
    /** Words right before a role that say the asker is heading for it ("become", "move into", "aiming for"). */
    private static final Set<String> WANTED_CUES = Set.of("become", "becoming", "became", "into", "to", "toward",
            "towards", "over", "aiming", "aim", "considering", "promoted", "tempted", "pursue", "pursuing", "switch",
            "switching", "transition", "transitioning", "want", "wanting", "goal", "target", "promotion");
    /** Words that, followed by "for", say the same ("aiming for", "going for", "applying for"). */
    private static final Set<String> WANTED_BEFORE_FOR = Set.of("aiming", "aim", "go", "going", "applying",
            "apply", "interviewing", "gunning", "headed", "heading", "prepare", "preparing", "ready");
    /** Verbs of moving between roles, before "to" or "for" ("go to staff", "promoted to staff", "aiming for EM"). */
    private static final Set<String> MOVE_VERBS = Set.of("go", "going", "went", "move", "moving", "moved", "switch",
            "switching", "promoted", "promotion", "jump", "jumping", "transition", "transitioning", "aim", "aiming",
            "get", "getting", "step", "stepping", "path", "track", "way", "progress", "progressing");
    /** Nouns that, right after a role, only say it is one: "a lead tech artist role". */
    private static final Set<String> ROLE_NOUNS = Set.of("role", "position", "job", "title");
    /** Verbs of moving into a role said of the asker after their job ("animator moving into", "producer switching to"). */
    private static final Set<String> MOVING = Set.of("moving", "switching", "becoming", "transitioning", "going",
            "jumping", "stepping", "pivoting", "shifting", "changing", "heading");
    /** Words that make a question's opening a question, not the asker's job ("what", "is it hard"). */
    private static final Set<String> ASKING = Set.of("what", "how", "why", "which", "when", "where", "who", "is",
            "are", "do", "does", "can", "could", "should", "would", "will", "it", "like", "about", "worth", "step",
            "next", "to");
    /** Words right before a role that make it what another role is set against ("more than a QA lead"). */
    private static final Set<String> CONTRAST_CUES = Set.of("than", "unlike");
    /** Words that, followed by "to" or "with", say the same ("compared to a backend lead"). */
    private static final Set<String> CONTRAST_BEFORE_TO = Set.of("compared", "compare", "comparing", "relative",
            "similar", "versus");
    /** Role verbs said of many things besides teams ("run the tests"): a role only with a team noun or "as". */
    private static final Set<String> LOOSE_ROLE_VERBS = Set.of("run", "running", "ran");
    /** Words right before a role that say the asker holds it now ("I'm a", "currently", "from ... to"). */
    private static final Set<String> HELD_CUES = Set.of("currently", "current", "from", "been", "was", "im", "i",
            "stay", "staying", "remain", "remaining", "still");
    /** Words before "as" that make the role after it one held for a while ("3 years as", "work as"). */
    private static final Set<String> HELD_BEFORE_AS = Set.of("year", "month", "time", "experience", "work",
            "working", "worked", "job", "career", "decade", "while");
    /**
     * Whether a word is one of those the kinds of section are named by ({@link SectionKinds#words}), in any of its
     * forms: "earn" as "earnings", "learn" as "learning", "promoted" as "promotion", "responsible" as "responsib*".
     */
    private static final Analyzer STEMS = GuideAnalyzers.index();
    private static final Analyzer PLAIN = GuideAnalyzers.plain();
    private static final Predicate<String> KIND_WORDS = kindWords();
    private final List<Guide> guides;
    /** The guides' roles and where they lead, as the role commands read them. */
    private final RoleFinder roles;
    private final Map<String, Set<String>> vocabulary = new HashMap<>();
    private final Map<String, List<List<String>>> names = new HashMap<>();
    /**
     * Each guide's names without their own qualifier (what is in brackets, or after a comma or a dash): the role a
     * name says, "engineering manager" of "Engineering Manager (Platform Team)", by guide id.
     */
    private final Map<String, List<Set<String>>> roleNames = new HashMap<>();
    private final Set<String> guided = new HashSet<>();
    private final Set<String> heads = new HashSet<>(GENERIC_HEADS);
    private final Set<String> known = new HashSet<>();
    /**
     * The heads of each guide's names ("lead" of "Data Engineering Lead", "head" of "Head of Data Science"), by guide
     * id; empty when no name of the guide has a head word, and then a role of any head may be its.
     */
    private final Map<String, Set<String>> guideHeads = new HashMap<>();
    /**
     * Words right before a name's generic head ("principal" of "Principal Engineer (Payments)", "staff" of "Staff
     * Engineer"): a role people say without its head ("a principal"), when the word is only one guide's.
     */
    private final Set<String> beforeGenericHead = new HashSet<>();
    private final Predicate<String> englishWord;
    /** Whether {@link #englishWord} is a real vocabulary: only then is a word it lacks a role's unknown word. */
    private final boolean knowsEnglish;
    /** The words a whole name's initials stand for ("em": engineer, manager), from {@link RoleInitials}. */
    private final Map<String, List<String>> wholeInitials = new HashMap<>();
    /**
     * The words initials said before a word of the name stand for, by that word ("de" before "lead": data,
     * engineer; "ml" before "platform": machine, learning).
     */
    private final Map<String, Map<String, List<String>>> qualifierInitials = new HashMap<>();
    /** The words of the name said after initials, by the initials and the first of them ("ml platform"). */
    private final Map<String, List<String>> saidAfter = new HashMap<>();
    /**
     * The words initials stand for said before a later word of their name, the words between left out ("ML lead"
     * of a "Machine Learning Engineering Lead"), by that word; empty where names' initials stand for other words
     * before it.
     */
    private final Map<String, Map<String, List<String>>> laterInitials = new HashMap<>();
    /**
     * Each name's words outside brackets as written, lower case, and as read: what a clipped compound ("devex",
     * "devrel", "secops") is cut from.
     */
    private final List<List<String[]>> clippable = new ArrayList<>();

    GuideRouter(List<Guide> guides) {
        this(guides, word -> false, false);
    }

    /** @param englishWord whether a word is a word of its own (never corrected to a guide's name word) */
    GuideRouter(List<Guide> guides, Predicate<String> englishWord) {
        this(guides, englishWord, false);
    }

    /**
     * @param englishWord  whether a word is a word of its own (never corrected to a guide's name word)
     * @param knowsEnglish whether {@code englishWord} knows every English word (a whole vocabulary), so that a word
     *                     it lacks, said before a role's head, is a word of that role ("dx lead")
     */
    GuideRouter(List<Guide> guides, Predicate<String> englishWord, boolean knowsEnglish) {
        this.guides = List.copyOf(guides);
        this.roles = new RoleFinder(this.guides);
        this.englishWord = englishWord;
        this.knowsEnglish = knowsEnglish;
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
            Set<String> nameHeads = new HashSet<>();
            for (String name : guide.names()) {
                String unqualified = QUALIFIER.matcher(name).replaceAll(" ");
                nameHeads.addAll(headsOf(unqualified, words(unqualified)));
                List<String> said = words(unqualified).stream().map(Token::word)
                        .filter(w -> !GENERIC_MODIFIERS.contains(w)).toList();
                if (said.size() >= 2 && GENERIC_HEADS.contains(said.get(said.size() - 1))
                        && !GENERIC_HEADS.contains(said.get(said.size() - 2))) {
                    beforeGenericHead.add(said.get(said.size() - 2));
                }
            }
            guideHeads.put(guide.id(), nameHeads);
            for (String name : guide.names()) {
                Matcher m = WORD.matcher(QUALIFIER.matcher(name).replaceAll(" "));
                List<String[]> nameWords = new ArrayList<>();
                while (m.find()) {
                    String written = m.group().toLowerCase(Locale.ROOT);
                    nameWords.add(new String[] {EnglishSpellings.american(written), normal(written)});
                }
                clippable.add(nameWords);
            }
            List<Set<String>> saidAs = new ArrayList<>();
            for (String name : guide.names()) {
                List<String> said = words(NAME_QUALIFIER.split(QUALIFIER.matcher(name).replaceAll(" "), 2)[0])
                        .stream().map(Token::word).filter(w -> !GENERIC_MODIFIERS.contains(w)).toList();
                if (!said.isEmpty()) {
                    saidAs.add(Set.copyOf(said));
                }
                if (oneFieldOfRank(said)) {
                    saidAs.add(Set.copyOf(said.subList(1, said.size())));
                }
            }
            roleNames.put(guide.id(), List.copyOf(saidAs));
            vocabulary.put(guide.id(), words);
            names.put(guide.id(), guideNames);
            guided.addAll(words);
        }
        known.addAll(guided);
        known.addAll(QUALIFIERS);
        known.addAll(ROLE_HEADS);
        // A field that is also a word said of any role ("level") is a role's only right before a job's word.
        WORK_FIELDS.stream().filter(w -> !GENERIC_MODIFIERS.contains(w)).forEach(known::add);
        RoleInitials.of(guides).values().forEach(forms -> forms.forEach(form -> {
            List<String> words = form.words().stream().map(GuideRouter::normal).toList();
            form.next().ifPresentOrElse(
                    next -> {
                        qualifierInitials.computeIfAbsent(form.initials(), k -> new HashMap<>())
                                .putIfAbsent(normal(next), words);
                        saidAfter.putIfAbsent(form.initials() + " " + normal(next),
                                form.after().stream().map(GuideRouter::normal).toList());
                        for (String later : form.after().subList(1, form.after().size())) {
                            laterInitials.computeIfAbsent(form.initials(), k -> new HashMap<>())
                                    .merge(normal(later), words, (a, b) -> a.equals(b) ? a : List.of());
                        }
                    },
                    () -> wholeInitials.put(form.initials(), words));
        }));
        // A rank of one field ("Frontend Engineering Manager") is said by the rank's initials after the field, as
        // the rank alone is ("frontend EM", "the patient experience EM"), where no other name's initials are
        // those letters.
        Map<String, List<String>> rankInitials = new HashMap<>();
        for (Guide guide : guides) {
            for (String name : guide.names()) {
                List<String> said = words(NAME_QUALIFIER.split(QUALIFIER.matcher(name).replaceAll(" "), 2)[0])
                        .stream().map(Token::word).filter(w -> !GENERIC_MODIFIERS.contains(w)).toList();
                if (oneFieldOfRank(said)) {
                    List<String> rank = said.subList(1, said.size());
                    StringBuilder letters = new StringBuilder();
                    rank.forEach(w -> letters.append(w.charAt(0)));
                    rankInitials.merge(letters.toString(), List.copyOf(rank), (a, b) -> a.equals(b) ? a : List.of());
                }
            }
        }
        rankInitials.forEach((letters, rank) -> {
            if (!rank.isEmpty() && !qualifierInitials.containsKey(letters)) {
                wholeInitials.putIfAbsent(letters, rank);
            }
        });
    }

    /**
     * @param question    the cleaned question
     * @param askersGuide the guide the asker chose; empty when they chose none
     * @return the guide to search (empty: every guide), or else the role no guide covers
     */
    Optional<String> route(String question, Optional<String> askersGuide) {
        return routed(question, askersGuide).guide();
    }

    Route routed(String said, Optional<String> askersGuide) {
        String question = MOVE_ARROW.matcher(said).replaceAll(" to ");
        if (guides.size() < 2) {
            // One guide answers everything as it always did: the roles its career progression lists included.
            return Route.unnamed(askersGuide, question);
        }
        List<RoleMention> mentions = mentions(question);
        List<RoleMention> specific = mentions.stream().filter(m -> !m.generic()).toList();
        if (specific.isEmpty()) {
            return Route.unnamed(askersGuide, question);
        }
        Optional<RoleMention> target = target(question, mentions, specific);
        if (target.isEmpty()) {
            // The asker's own job no guide covers ("I'm a data scientist, ...") is who asks, not what is asked:
            // taken out, the rest is searched as any question is, unless it asks about that job itself.
            List<RoleMention> held = specific.stream().filter(m -> held(question, m)).toList();
            List<RoleMention> asked = specific.stream().filter(m -> !held.contains(m)).toList();
            if (!held.isEmpty() && asked.isEmpty()) {
                String rest = withoutHeld(question, held);
                if (!asksAboutAJob(rest)) {
                    return Route.unnamed(askersGuide, rest);
                }
            }
            List<RoleMention> refused = asked.isEmpty() ? specific : asked;
            RoleMention missing = refused.stream().filter(m -> m.stance() == Stance.WANTED)
                    .reduce((a, b) -> b).orElse(refused.get(refused.size() - 1));
            // "a producer's day": the role is "producer".
            String role = question.substring(missing.start(), missing.end()).replaceAll("['\u2019]s$", "");
            return new Route(Optional.empty(), question, Optional.of(role), closest(missing.words()), true);
        }
        String guide = target.get().guide().orElseThrow();
        return new Route(Optional.of(guide), searched(question, mentions, guide, vocabulary.get(guide)), Optional.empty(), List.of(), true);
    }

    /**
     * Whether the asker holds the role: said so ("I'm a", "as a", "after 5 years as"), or it opens the question,
     * a few words that ask nothing, and a verb of moving follows it ("animator moving into engineering"), as a
     * move from a job no guide names is read ({@link #movesFromUnnamed}).
     */
    private static boolean held(String question, RoleMention m) {
        if (m.stance() == Stance.HELD) {
            return true;
        }
        List<Token> before = words(question.substring(0, m.start()));
        List<Token> after = words(question.substring(m.end()));
        return m.stance() == Stance.NEITHER && !after.isEmpty() && MOVING.contains(after.get(0).word())
                && question.substring(m.end(), m.end() + after.get(0).start()).isBlank()
                && before.size() <= SearchTuning.HELD_ROLE_LEAD_IN_WORDS - 2
                && before.stream().allMatch(t -> ARTICLES.contains(t.word()) || GENERIC_MODIFIERS.contains(t.word()));
    }

    /**
     * The question without the jobs the asker holds ({@code held}, roles no guide covers) and the words just before
     * each that say they hold it ("I'm a", "after 5 years as an"): the whole lead-in when it is a few words and asks
     * nothing ({@link SearchTuning#HELD_ROLE_LEAD_IN_WORDS}), else from the word that says it ("as", "I'm").
     */
    private static String withoutHeld(String question, List<RoleMention> held) {
        List<Token> tokens = words(question);
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (RoleMention m : held) {
            List<Token> before = new ArrayList<>();
            for (Token t : tokens) {
                if (t.start() >= at && t.end() <= m.start()) {
                    before.add(t);
                }
            }
            int from = m.start();
            if (!before.isEmpty() && before.size() <= SearchTuning.HELD_ROLE_LEAD_IN_WORDS
                    && before.stream().noneMatch(t -> ASKING.contains(t.word()))
                    && question.substring(at, before.get(0).start()).isBlank()) {
                from = before.get(0).start();
            } else {
                for (int k = before.size() - 1; k >= 0 && k >= before.size() - SearchTuning.ROLE_CUE_WORDS; k--) {
                    String w = before.get(k).word();
                    if (HELD_CUES.contains(w) || w.equals("as") || w.equals("am") || w.equals("m")) {
                        boolean saysI = (w.equals("am") || w.equals("m")) && k > 0
                                && before.get(k - 1).word().equals("i");
                        from = before.get(saysI ? k - 1 : k).start();
                        break;
                    }
                }
            }
            left.append(question, at, from).append(' ');
            at = m.end();
            // A verb of moving right after it says the asker moves from it ("a character artist moving into"):
            // the move, not what is asked of where it leads.
            List<Token> after = words(question.substring(at));
            if (!after.isEmpty() && MOVING.contains(after.get(0).word())
                    && question.substring(at, at + after.get(0).start()).isBlank()) {
                int end = after.get(0).end();
                for (Token t : after.subList(1, after.size())) {
                    if (!ARTICLES.contains(t.word()) && !Set.of("into", "to", "over", "toward").contains(t.word())
                            || !question.substring(at + end, at + t.start()).isBlank()) {
                        break;
                    }
                    end = t.end();
                }
                at += end;
            }
        }
        return left.append(question.substring(at)).toString().strip();
    }

    /**
     * Whether what is left of a question, once the asker's own job is out, asks about a job itself: nothing is left
     * but the words of asking ({@link GuideAnalyzers#QUESTION_WORDS}, numbers) and the words the kinds of section
     * are named by ({@link SectionKinds}: "salary", "skills", "career path", "day to day", "promoted", "learn"),
     * that a role is one ("role", "job") or that say nothing of which ("new", "senior"). "what should I earn", "what skills do I need" ask about the held job;
     * "how do I get better at system design" asks about system design.
     */
    static boolean asksAboutAJob(String rest) {
        for (String word : Coverage.terms(PLAIN, rest)) {
            if (GuideAnalyzers.QUESTION_WORDS.contains(word) || word.chars().allMatch(Character::isDigit)
                    || ROLE_NOUNS.contains(word) || GENERIC_MODIFIERS.contains(word) || KIND_WORDS.test(word)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static Predicate<String> kindWords() {
        Set<String> stems = new HashSet<>();
        List<String> starts = new ArrayList<>();
        List<Pattern> letters = new ArrayList<>();
        for (String word : SectionKinds.words()) {
            if (word.endsWith("*")) {
                String start = word.substring(0, word.length() - 1);
                starts.add(start);
                starts.addAll(stems(start));
            } else if (word.contains("?")) {
                letters.add(Pattern.compile(word.replace("?", ".")));
            } else {
                stems.addAll(stems(word));
            }
        }
        return word -> {
            List<String> forms = new ArrayList<>(stems(word));
            forms.add(word);
            return forms.stream().anyMatch(f -> stems.contains(f) || starts.stream().anyMatch(f::startsWith))
                    || letters.stream().anyMatch(p -> p.matcher(word).matches());
        };
    }

    /** A word's stems as the guides are indexed (Porter, American spelling); none for a stop word. */
    private static List<String> stems(String word) {
        return Coverage.terms(STEMS, word);
    }

    /**
     * The question without the roles it says in general words ("lead programmer", "a lead", "engineering lead"),
     * for BM25 when no role is named: every guide is a lead's or a manager's, and those words only match the
     * sections that say the role most (overviews). Someone's ("my manager") stays: it is who the question is about.
     */
    String withoutGeneralRoles(String question) {
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (RoleMention m : mentions(question)) {
            List<Token> before = words(question.substring(0, m.start()));
            if (!m.generic() || m.start() < at || m.words().isEmpty()
                    || !m.words().stream().allMatch(w -> GENERIC_HEADS.contains(w) || w.equals("tech"))
                    || !before.isEmpty() && POSSESSIVES.contains(before.get(before.size() - 1).word())) {
                continue;
            }
            left.append(question, at, m.start()).append(' ');
            at = m.end();
        }
        return at == 0 ? question : left.append(question.substring(at)).toString();
    }

    /**
     * The guides a rank said alone is among, when no role is named: "manager salary", "what do directors do" ask
     * about the guides whose names have that head (a "Site Reliability Engineering Manager", a "Technical Program
     * Manager"), not a lead's, though no one of them is named. Empty when the question names a role, says no rank
     * alone, says someone's ("my manager"), or when every guide or none has that head.
     */
    Set<String> guidesOfRankSaidAlone(String question) {
        if (guides.size() < 2) {
            return Set.of();
        }
        List<RoleMention> mentions = mentions(question);
        if (mentions.stream().anyMatch(m -> !m.generic())) {
            return Set.of();
        }
        Set<String> among = new HashSet<>();
        for (RoleMention m : mentions) {
            among.addAll(sharedBy(m.words()));
            String head = m.words().size() == 1 ? m.words().get(0) : "";
            List<Token> before = words(question.substring(0, m.start()));
            if (!RANK_HEADS.contains(head)
                    || !question.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).startsWith(head)
                    || !before.isEmpty() && POSSESSIVES.contains(before.get(before.size() - 1).word())) {
                continue;
            }
            guides.stream().filter(g -> guideHeads.get(g.id()).contains(head)).forEach(g -> among.add(g.id()));
        }
        return among.size() < guides.size() ? Set.copyOf(among) : Set.of();
    }

    /**
     * The role a question asks about among those it names with a guide: one side of a comparison said again after
     * it ("X vs Y: what does the X one do", "... what does the manager earn"); else the last the asker heads for
     * ("become", "move into"); else the last they do not hold now ("I'm a QA lead" is where they come from); else
     * the last named.
     */
    private static Optional<RoleMention> target(String question, List<RoleMention> mentions,
                                                List<RoleMention> specific) {
        List<RoleMention> guidedRoles = specific.stream().filter(m -> m.guide().isPresent()).toList();
        if (guidedRoles.isEmpty()) {
            return Optional.empty();
        }
        if (guidedRoles.stream().map(m -> m.guide().orElseThrow()).distinct().count() > 1) {
            int lastNamed = specific.get(specific.size() - 1).end();
            for (Token w : words(question.substring(lastNamed))) {
                if (w.word().equals("former") || w.word().equals("latter")) {
                    return Optional.of(guidedRoles.get(w.word().equals("former") ? 0 : guidedRoles.size() - 1));
                }
            }
            for (RoleMention again : mentions) {
                if (!again.generic() || again.start() < lastNamed || again.words().isEmpty()) {
                    continue;
                }
                List<RoleMention> sides = guidedRoles.stream()
                        .filter(m -> m.words().containsAll(again.words())).toList();
                if (!sides.isEmpty() && sides.size() < guidedRoles.size()
                        && sides.stream().map(m -> m.guide().orElseThrow()).distinct().count() == 1) {
                    return Optional.of(sides.get(sides.size() - 1));
                }
            }
            // A comparison, not a move: a word of one side alone said after it ("..., what does staff pay").
            if (guidedRoles.stream().allMatch(m -> m.stance() == Stance.NEITHER || m.stance() == Stance.CONTRASTED)) {
                for (Token w : words(question.substring(lastNamed))) {
                    if (GENERIC_HEADS.contains(w.word()) || GENERIC_MODIFIERS.contains(w.word())
                            || w.word().equals("tech")) {
                        continue;
                    }
                    List<RoleMention> sides = guidedRoles.stream().filter(m -> m.words().contains(w.word())).toList();
                    if (!sides.isEmpty() && sides.size() < guidedRoles.size()
                            && sides.stream().map(m -> m.guide().orElseThrow()).distinct().count() == 1) {
                        return Optional.of(sides.get(sides.size() - 1));
                    }
                }
            }
        }
        for (Set<Stance> wanted : List.of(Set.of(Stance.WANTED), Set.of(Stance.NEITHER),
                Set.of(Stance.HELD, Stance.CONTRASTED))) {
            Optional<RoleMention> last = guidedRoles.stream().filter(m -> wanted.contains(m.stance()))
                    .reduce((a, b) -> b);
            if (last.isPresent()) {
                return last;
            }
        }
        return Optional.empty();
    }

    /**
     * The text the sections are ranked by: the roles named said as "the role" (they chose the guide; left in, they
     * pull every question to the overview). A move from one role to another ("DE lead wanting to become a backend
     * lead") is taken out whole, words between the roles included, and so are the few words before it that say
     * the asker holds the first role ("after 3 years as"): it chose the guide and, left in, would pull every
     * question about the move to career progression.
     */
    private static String searched(String question, List<RoleMention> mentions, String guide, Set<String> names) {
        // A role no guide has, said beside the guide's role and no move between them ("head of QA - is that where
        // a QA lead goes next?"), is what is asked about that role (where it leads, what it is set against): its
        // words stay to be ranked.
        boolean move = mentions.stream().anyMatch(m -> !m.generic()
                && (m.stance() == Stance.HELD || m.stance() == Stance.WANTED));
        List<RoleMention> specific = mentions.stream().filter(m -> !m.generic() && (move || m.guide().isPresent()))
                .map(m -> withNameWordsAfter(question, m, guide, names)).map(m -> withRoleNoun(question, m))
                .map(m -> move ? withLevel(question, m) : m).toList();
        StringBuilder said = new StringBuilder();
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (int i = 0; i < specific.size(); i++) {
            RoleMention m = specific.get(i);
            if (m.start() < at) {
                continue;
            }
            said.append(i == 0 && m.stance() == Stance.WANTED && movesFromUnnamed(question.substring(0, m.start()))
                    ? "" : question.substring(at, m.start())).append(THE_ROLE);
            int between = words(question.substring(at, m.start())).size();
            // How the asker says they hold the role they move from ("after 3 years as", "I'm a") is the move too.
            // The words between two roles are the move when few, or, up to MOVE_WORDS, when a question follows the
            // role headed for ("backend lead wanting to move into games as a gameplay lead, where will I struggle").
            // A role not headed for, after a clause ("I'm a developer advocate at a tools vendor, what would a
            // developer experience lead do all day"), is asked about: the question opening the clause stays.
            boolean asked = m.stance() != Stance.WANTED
                    && question.substring(at, m.start()).matches("(?s).*[,;:.!?].*");
            boolean joined = i > 0 ? !asked && (between <= 6 || i == specific.size() - 1
                    && between <= SearchTuning.MOVE_WORDS && asksAfter(question.substring(m.end())))
                    : m.stance() == Stance.HELD && between <= SearchTuning.HELD_ROLE_LEAD_IN_WORDS;
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

    /** Whether the words after a move's last role ask something: two words of three letters or more. */
    private static boolean asksAfter(String after) {
        return words(after).stream().filter(t -> t.word().length() > 2).count() >= 2;
    }

    /**
     * A role with the noun said right after it that only says it is one ("a lead tech artist role", "a staff
     * engineer position"): left in the ranked text, "role" matches the sections that say it (overviews).
     */
    /**
     * A role of a move with the level said right before it ("senior ML engineer -> ML lead", "im a senior security
     * engineer"): the level is who the asker is, not what they ask.
     */
    private static RoleMention withLevel(String question, RoleMention m) {
        List<Token> before = words(question.substring(0, m.start()));
        if (before.isEmpty() || !LEVELS.contains(before.get(before.size() - 1).word())
                || !question.substring(before.get(before.size() - 1).end(), m.start()).isBlank()) {
            return m;
        }
        return new RoleMention(before.get(before.size() - 1).start(), m.end(), m.words(), m.guide(), m.generic(),
                m.stance());
    }

    private static RoleMention withRoleNoun(String question, RoleMention m) {
        List<Token> after = words(question.substring(m.end()));
        if (after.isEmpty() || !ROLE_NOUNS.contains(after.get(0).word())
                || !question.substring(m.end(), m.end() + after.get(0).start()).isBlank()) {
            return m;
        }
        return new RoleMention(m.start(), m.end() + after.get(0).end(), m.words(), m.guide(), m.generic(),
                m.stance());
    }

    /**
     * Whether the words opening a question before the role it heads for say a move from a job no guide names:
     * a few words for the asker's job, then a verb of moving ("animator moving into a", "producer switching to",
     * "server programmer becoming"). It is the move, as a move between two guides' roles is, and left in the ranked
     * text it pulls the question to career progression. A question ("what's it like becoming a") or a purpose
     * ("next steps to become a") is no such move.
     */
    static boolean movesFromUnnamed(String leadIn) {
        List<Token> said = words(leadIn);
        int verb = -1;
        for (int k = 0; k < said.size(); k++) {
            if (MOVING.contains(said.get(k).word())) {
                verb = k;
                break;
            }
        }
        if (verb < 1 || verb > SearchTuning.HELD_ROLE_LEAD_IN_WORDS - 2 || said.size() - verb > 3) {
            return false;
        }
        for (Token t : said.subList(0, verb)) {
            if (ASKING.contains(t.word())) {
                return false;
            }
        }
        return said.subList(verb + 1, said.size()).stream()
                .allMatch(t -> ARTICLES.contains(t.word()) || Set.of("into", "to", "over", "toward").contains(t.word()));
    }

    /**
     * A role of the chosen guide with the words of that guide's names said right after it: a title's qualifier
     * ("principal engineer payments" for "Principal Engineer (Payments)") is part of how the role is said, and left
     * in the ranked text it matches what the sections say of it ("payments" the pay section's rows, by meaning too).
     */
    private static boolean nameWordAfter(String word, RoleMention m, Set<String> names) {
        return names.contains(word) && !m.words().contains(word) && !GENERIC_HEADS.contains(word);
    }

    private static RoleMention withNameWordsAfter(String question, RoleMention m, String guide, Set<String> names) {
        if (names == null || !m.guide().equals(Optional.of(guide))) {
            return m;
        }
        int end = m.end();
        List<Token> after = words(question.substring(m.end()));
        for (int k = 0; k < after.size(); k++) {
            Token t = after.get(k);
            int start = m.end() + t.start();
            if (!question.substring(end, start).isBlank()) {
                break;
            }
            if (k == 0 && JOINS.contains(t.word()) && k + 1 < after.size()
                    && question.substring(m.end() + t.end(), m.end() + after.get(1).start()).isBlank()
                    && nameWordAfter(after.get(1).word(), m, names)) {
                // "the head of eng for telehealth": the name's qualifier said after "for", "in", "on".
                end = m.end() + t.end();
                continue;
            }
            if (!nameWordAfter(t.word(), m, names)) {
                break;
            }
            end = m.end() + t.end();
        }
        return end == m.end() ? m : new RoleMention(m.start(), end, m.words(), m.guide(), m.generic(), m.stance());
    }

    /**
     * The titles of the guides closest to a role no guide covers: those sharing most of its words first, a word
     * misspelt or shortened ({@link RoleWords#alike}) counting as said.
     */
    private List<String> closest(List<String> role) {
        return closestGuides(role).stream().map(Guide::title).toList();
    }

    private List<Guide> closestGuides(List<String> role) {
        List<Guide> ranked = new ArrayList<>(guides);
        ranked.sort(Comparator.comparingInt((Guide g) -> -overlap(role, g)));
        List<Guide> closest = new ArrayList<>();
        if (role.stream().anyMatch(RoleWords::chiefInitials)) {
            // A chief's role ("ciso") shares no word with the roles that lead to it: they are the closest, as
            // /career role offers them.
            closest.addAll(roles.leadingTo(String.join(" ", role)));
        }
        ranked.stream().filter(g -> (overlap(role, g) > 0 || guides.size() <= 3) && !closest.contains(g))
                .forEach(closest::add);
        return closest.stream().limit(SearchTuning.CLOSEST_ROLES).toList();
    }

    /**
     * A role typed by itself ({@code /career role}), read as a question saying it is routed: the role no guide has,
     * with the closest roles that have one; or the guide it names, when the role is all that was typed ("senior"
     * and the like apart) and that guide's names hold every word of it ("eng manager", "live ops manager"). No role
     * when it says none (generic words alone, "lead"; a field without a head, "ML platform"), several, more than
     * the role ("engineering manager for robots"), a role the guide's names say only part of ("platform lead" of an
     * "Engineering Manager (Platform Team)"), or with one guide, whose questions are all its own: the role finder
     * then reads the typed words by themselves.
     */
    RoleReader.Reading typedRole(String typed) {
        if (guides.size() < 2 || typed == null || typed.isBlank()) {
            return RoleReader.Reading.NO_ROLE;
        }
        List<RoleMention> specific = mentions(typed).stream().filter(m -> !m.generic()).toList();
        if (specific.size() != 1) {
            return RoleReader.Reading.NO_ROLE;
        }
        RoleMention role = specific.get(0);
        if (role.guide().isEmpty()) {
            return RoleReader.Reading.withNoGuide(closestGuides(role.words()).stream().map(Guide::id).toList());
        }
        boolean wholeRole = words(typed).stream().filter(t -> t.end() <= role.start() || t.start() >= role.end())
                .allMatch(t -> GENERIC_MODIFIERS.contains(t.word()) || DETERMINERS.contains(t.word()));
        Set<String> names = vocabulary.get(role.guide().get());
        boolean saidWhole = role.words().stream().allMatch(w -> names.contains(w) || names.contains(field(w)));
        return wholeRole && saidWhole ? RoleReader.Reading.named(role.guide().get()) : RoleReader.Reading.NO_ROLE;
    }

    private int overlap(List<String> role, Guide guide) {
        Set<String> words = vocabulary.get(guide.id());
        int n = 0;
        for (String w : role) {
            if (!GENERIC_HEADS.contains(w) && words.contains(w)) {
                n += 2;
            } else if (words.contains(w)) {
                n++;
            } else if (w.length() >= 4 && guide.names().stream()
                    .flatMap(name -> NOT_WORD.splitAsStream(name.toLowerCase(Locale.ROOT)))
                    .anyMatch(v -> RoleWords.alike(w, v))) {
                // A misspelling or a short form of a name's word as written: "devex" for "developer".
                n += 2;
            }
        }
        return n;
    }

    /**
     * Whether the word at {@code k} is "level" after a word roles are named by ("staff-level", "principal-level"):
     * "staff-level platform IC" says the role's level in the words of a role's name, so it belongs to how the role
     * is said, and is not left in the text the sections are ranked by (where "staff" and "level" rank the pay).
     */
    private boolean levelOfName(List<Token> tokens, int k) {
        return tokens.get(k).word().equals("level") && k > 0 && known.contains(tokens.get(k - 1).word());
    }

    /**
     * The words of a question with compounds read as the guides' names write them: "front end" and "front-end" are
     * "frontend" where a name says "Frontend", and "frontend" is "front end" where a name says "Front-End".
     */
    private List<Token> compounds(List<Token> said) {
        List<List<String>> allNames = names.values().stream().flatMap(List::stream).toList();
        List<Token> read = new ArrayList<>();
        for (int k = 0; k < said.size(); k++) {
            Token t = said.get(k);
            if (k + 1 < said.size() && RoleWords.joins(t.word(), said.get(k + 1).word(), guided)) {
                read.add(new Token(t.word() + said.get(k + 1).word(), t.start(), said.get(k + 1).end()));
                k++;
                continue;
            }
            List<String> parts = RoleWords.split(t.word(), allNames, guided);
            if (parts.size() == 2 && parts.get(0).length() < t.end() - t.start()) {
                int cut = t.start() + parts.get(0).length();
                read.add(new Token(parts.get(0), t.start(), cut));
                read.add(new Token(parts.get(1), cut, t.end()));
            } else {
                read.add(t);
            }
        }
        return read;
    }

    /** The roles a question names, in order. */
    List<RoleMention> mentions(String question) {
        List<Token> said = compounds(words(question));
        List<Token> saidCorrected = new ArrayList<>();
        for (Token t : said) {
            saidCorrected.add(new Token(correct(t.word()), t.start(), t.end()));
        }
        // A word one letter off a name's word, right before a head, is that word though it is English too:
        // "a fronted lead" is a frontend lead.
        for (int k = 0; k + 1 < saidCorrected.size(); k++) {
            String w = saidCorrected.get(k).word();
            if (w.length() >= 5 && !known.contains(w) && heads.contains(saidCorrected.get(k + 1).word())) {
                int at = k;
                RoleWords.nearMiss(w, guided).ifPresent(near -> saidCorrected.set(at,
                        new Token(near, said.get(at).start(), said.get(at).end())));
            }
        }
        // Initials a guide's names give are read as the words they stand for, one letter each: "SRE lead" is
        // "site reliability engineering lead", "EM" "engineering manager".
        List<Token> tokens = new ArrayList<>();
        List<Token> corrected = new ArrayList<>();
        for (int k = 0; k < said.size(); k++) {
            Token t = said.get(k);
            List<String> standFor = spelledOut(question, said, k, saidCorrected);
            if (standFor.isEmpty()) {
                List<Token> clipped = clipped(question, t);
                if (!clipped.isEmpty()) {
                    tokens.addAll(clipped);
                    corrected.addAll(clipped);
                    continue;
                }
                tokens.add(t);
                corrected.add(saidCorrected.get(k));
                continue;
            }
            for (int w = 0; w < standFor.size(); w++) {
                Token letter = new Token(standFor.get(w), t.start() + w,
                        w == standFor.size() - 1 ? t.end() : t.start() + w + 1);
                tokens.add(letter);
                corrected.add(letter);
            }
        }
        List<RoleMention> mentions = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < corrected.size()) {
            Token t = corrected.get(i);
            // A team headed by a verb: "I lead backend microservices", "want to manage our platform team".
            int team = ROLE_VERBS.containsKey(t.word()) ? ledTeam(question, corrected, i) : -1;
            if (team >= 0) {
                int as = asHead(corrected, team + 1);
                int last = as >= 0 ? as : team;
                List<String> words = new ArrayList<>(qualifiers(corrected, i + 1, team));
                words.add(as >= 0 ? corrected.get(as).word() : ROLE_VERBS.get(t.word()));
                Optional<String> guide = match(words);
                // A verb's object that is no guide's team ("lead a design review") names no role.
                mentions.add(mention(question, corrected, i, last, words, guide, guide.isEmpty(), previousEnd));
                previousEnd = last;
                i = last + 1;
                continue;
            }
            // A team and the role in it: "take over the platform team as its manager".
            int as = TEAM_NOUNS.contains(t.word()) ? asHead(corrected, i + 1) : -1;
            if (as >= 0) {
                int first = i;
                while (first > previousEnd + 1 && first > i - 1 - SearchTuning.TEAM_NAME_WORDS
                        && isQualifier(corrected.get(first - 1).word())) {
                    first--;
                }
                List<String> words = new ArrayList<>(qualifiers(corrected, first, i));
                if (!words.isEmpty()) {
                    words.add(corrected.get(as).word());
                    Optional<String> guide = match(words);
                    mentions.add(mention(question, corrected, first, as, words, guide, guide.isEmpty(), previousEnd));
                    previousEnd = as;
                    i = as + 1;
                    continue;
                }
            }
            // One side of a comparison said again: "the data one", "the mobile role".
            if (SIDE_WORDS.contains(t.word()) && i > 0 && i - 1 > previousEnd
                    && isQualifier(corrected.get(i - 1).word())) {
                int first = i - 1;
                while (first > previousEnd + 1 && first > i - 3 && isQualifier(corrected.get(first - 1).word())) {
                    first--;
                }
                List<String> words = qualifiers(corrected, first, i - 1);
                if (!words.isEmpty()) {
                    mentions.add(mention(question, corrected, first, i, words, Optional.empty(), true, previousEnd));
                    previousEnd = i;
                }
                i++;
                continue;
            }
            // A role said by its one distinctive word where a move ends: "from backend lead to staff?".
            if (i > previousEnd + 1 && isDistinct(t.word()) && movedTo(corrected, i, previousEnd)
                    && endsPhrase(question, corrected, i)) {
                List<String> words = List.of(t.word());
                mentions.add(mention(question, corrected, i, i, words, match(words), false, previousEnd));
                previousEnd = i;
                i++;
                continue;
            }
            // A person said by the word of a name that comes before its generic head, the head left out: "what
            // does a principal do", "a payments principal" for "Principal Engineer (Payments)".
            int headless = INDEFINITE.contains(t.word()) && i > previousEnd
                    ? headlessRole(question, corrected, i + 1) : -1;
            if (headless >= 0) {
                List<String> words = corrected.subList(i + 1, headless + 1).stream().map(Token::word).toList();
                Optional<String> guide = match(words);
                if (guide.isPresent()) {
                    mentions.add(mention(question, corrected, i + 1, headless, words, guide, false, previousEnd));
                    previousEnd = headless;
                    i = headless + 1;
                    continue;
                }
            }
            if (!heads.contains(t.word()) && !roleWord(t.word()) && !jobAfterField(question, corrected, i)
                    || roleWord(t.word()) && tellsTime(tokens, i)) {
                i++;
                continue;
            }
            // The head, and the qualifiers after it joined by "of"/"for"/"on" ("manager of the platform team").
            int last = i;
            while (last + 1 < corrected.size() && heads.contains(corrected.get(last + 1).word())
                    && !roleWord(t.word())) {
                last++;
            }
            // A short role word heading a role of its own kind is said whole: "SRE lead", "PM manager".
            if (last == i && roleWord(t.word()) && last + 1 < corrected.size()
                    && GENERIC_HEADS.contains(corrected.get(last + 1).word())) {
                last++;
            }
            int first = i;
            while (first > 0 && first > i - 4 && (known.contains(corrected.get(first - 1).word())
                    || TEAM_NOUNS.contains(corrected.get(first - 1).word())
                    || levelOfName(corrected, first - 1) || fieldOfJob(question, corrected, first - 1, first - 1))
                    && !POSSESSIVES.contains(corrected.get(first - 1).word())) {
                first--;
            }
            // A role whose words begin with a head already read ("lead" of "lead tech artist") is one role: the
            // head read alone gives way, so that how the asker stands to the role is read before its first word.
            while (first <= previousEnd && !mentions.isEmpty()
                    && mentions.get(mentions.size() - 1).start() >= corrected.get(first).start()) {
                mentions.remove(mentions.size() - 1);
                int endsAt = mentions.isEmpty() ? -1 : mentions.get(mentions.size() - 1).end();
                previousEnd = -1;
                for (int k = 0; k < corrected.size() && corrected.get(k).end() <= endsAt; k++) {
                    previousEnd = k;
                }
            }
            // A word no guide and no dictionary knows, right before the role, is one of its words: "dx lead",
            // "devex lead" name a role, one no guide may have, not a lead in general.
            if (first > 0 && first > previousEnd + 1 && first == i && unknownQualifier(question, corrected, first - 1)) {
                first--;
            }
            int headAt = last;
            int after = last + 1;
            // "a designer on my team", "the producer of our game": someone the asker knows.
            boolean ofSomeone = after + 1 < corrected.size() && JOINS.contains(corrected.get(after).word())
                    && POSSESSIVES.contains(corrected.get(after + 1).word());
            if (after < corrected.size() && JOINS.contains(corrected.get(after).word())) {
                int q = after + 1;
                while (q < corrected.size() && ARTICLES.contains(corrected.get(q).word())) {
                    q++;
                }
                int end = q;
                while (end < corrected.size() && end < q + 3 && known.contains(corrected.get(end).word())
                        && (!heads.contains(corrected.get(end).word()) || fieldOfHead(question, corrected.get(end)))) {
                    end++;
                }
                if (end > q) {
                    last = end - 1;
                } else if (q == after + 1 && fieldAfterOf(question, corrected, headAt, q)) {
                    last = q;
                }
            }
            // A qualifier in brackets, as titles write one: "engineering lead (gameplay)", "engineering manager
            // (live ops)".
            int inBrackets = bracketed(question, corrected, last);
            last = Math.max(last, inBrackets);
            boolean someones = first > 0 && POSSESSIVES.contains(corrected.get(first - 1).word());
            List<String> words = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                String w = corrected.get(k).word();
                if (!GENERIC_MODIFIERS.contains(w) && !JOINS.contains(w) && !ARTICLES.contains(w)
                        && !TEAM_NOUNS.contains(w) || fieldOfJob(question, corrected, k, first)) {
                    words.add(w);
                }
            }
            Set<String> roleHeads = headsOf(question, corrected.subList(first, headAt + 1));
            Optional<String> guide = match(words, roleHeads.stream().anyMatch(LOOSE_HEADS::contains) ? Set.of()
                    : roleHeads);
            boolean saidByOne = onlyGuideSaying(words) && !someones(corrected, first);
            if (saidByOne && words.stream().allMatch(w -> GENERIC_HEADS.contains(w) || w.equals("tech"))) {
                // Generic words one guide is named as are that guide's, not a guide whose name says them with a
                // field of its own ("engineering manager": the "Engineering Manager (Live Operations)", not the
                // "Site Reliability Engineering Manager").
                guide = guideNamedAs(words);
            }
            boolean generic = words.stream().allMatch(w -> GENERIC_HEADS.contains(w) || w.equals("tech"))
                    && guide.map(g -> !isWholeName(words, g) && !saidByOne).orElse(true);
            if (generic && !someones && rankWithNoGuide(question, corrected.get(headAt), words)) {
                // "engineering manager" where no guide is one: a rank said with a field is a role, one no guide
                // has, however generic its words are.
                generic = false;
                guide = Optional.empty();
            }
            if (!generic && guide.isEmpty() && !someones && rankHead(question, corrected.get(headAt))
                    && !sharedBy(words).isEmpty()) {
                // "security engineering manager" beside an "Engineering Manager (Warehouse Systems)" and a
                // "Security Engineering Lead": every word is the guides', shared among them, so they are what is
                // asked about, the content deciding among them, not a role no guide has.
                generic = true;
            }
            if ((someones || ofSomeone || workedWith(corrected, first)) && guide.isEmpty()) {
                generic = true;
            }
            if (words.isEmpty() || others(question, tokens, first, last)) {
                generic = true;
            }
            if (generic && !someones && first == i && last == headAt && first > previousEnd + 1
                    && GENERIC_HEADS.contains(t.word()) && heldJobWord(question, corrected, first - 1, previousEnd)) {
                // "I'm a server dev", "as a rendering engineer": the asker's own job in a word of their trade,
                // one no guide names, not an engineer in general.
                first--;
                words.add(0, corrected.get(first).word());
                generic = false;
                guide = Optional.empty();
            }
            RoleMention role = mention(question, corrected, first, last, words, guide, generic, previousEnd);
            if (inBrackets == last) {
                // The closing bracket is the role's too, not a word of what is asked.
                role = new RoleMention(role.start(), question.indexOf(')', role.end()) + 1, role.words(),
                        role.guide(), role.generic(), role.stance());
            }
            mentions.add(role);
            previousEnd = last;
            i = last + 1;
        }
        return mentions;
    }

    /**
     * Whether the word at {@code k}, the first of a role, is a field of work that makes the job after it what it is,
     * though it is also a word said of any role ("level" of "level designer"; "mid-level designer", "entry level
     * designer" say a level).
     */
    private boolean fieldOfJob(String question, List<Token> tokens, int k, int first) {
        if (k != first || k + 1 >= tokens.size() || !WORK_FIELDS.contains(tokens.get(k).word())
                || !ROLE_HEADS.contains(tokens.get(k + 1).word())) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        String before = tokens.get(k - 1).word();
        String between = question.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        return !between.contains("-") && (between.matches(".*[.,;:!?()].*") || DETERMINERS.contains(before)
                || JOINS.contains(before) || WANTED_CUES.contains(before) || HELD_CUES.contains(before)
                || before.equals("as"));
    }

    /**
     * The last word of a qualifier said in brackets right after a role's last word {@code last} ("engineering lead
     * (gameplay)", "engineering manager (live ops)"), as titles write one: up to three words roles are named by,
     * the bracket closed after them; else -1.
     */
    private int bracketed(String question, List<Token> tokens, int last) {
        int q = last + 1;
        if (q >= tokens.size() || !question.substring(tokens.get(last).end(), tokens.get(q).start()).strip()
                .equals("(")) {
            return -1;
        }
        int end = q;
        while (end < tokens.size() && end < q + 3 && known.contains(tokens.get(end).word())
                && (end == q || question.substring(tokens.get(end - 1).end(), tokens.get(end).start())
                .matches("[\\s/&-]*"))) {
            end++;
        }
        return end > q && question.substring(tokens.get(end - 1).end()).stripLeading().startsWith(")") ? end - 1 : -1;
    }

    /**
     * The words initials said at {@code k} stand for, or none: before the word of the name they were read with, a
     * run of the name's words ("DE lead", "ML platform lead"); else a whole name ("EM", "TPMs"). Initials that are
     * also an English word ("de", "em", "pm") count only written in capitals or after a word that says a role
     * follows ({@link #saidAsRole}), or followed by the rest of the name when it says more than its head ("ml
     * platform lead"; "let me lead" is no "ME lead").
     */
    private List<String> spelledOut(String question, List<Token> tokens, int k, List<Token> corrected) {
        Optional<String> next = k + 1 < corrected.size() ? Optional.of(corrected.get(k + 1).word())
                : Optional.empty();
        Token t = tokens.get(k);
        String written = question.substring(t.start(), t.end()).replaceAll("['\u2019]s$", "");
        if (written.length() > 2 && written.endsWith("s")) {
            // A plural: "EMs", "TPMs", "tpms".
            String singular = written.substring(0, written.length() - 1).toLowerCase(Locale.ROOT);
            if (wholeInitials.containsKey(singular) || qualifierInitials.containsKey(singular)) {
                written = written.substring(0, written.length() - 1);
            }
        }
        String letters = written.toLowerCase(Locale.ROOT);
        if (!wholeInitials.containsKey(letters) && !qualifierInitials.containsKey(letters)) {
            return List.of();
        }
        boolean asRole = saidAsRole(question, tokens, k);
        Map<String, List<String>> byHead = qualifierInitials.getOrDefault(letters, Map.of());
        if (next.isPresent() && byHead.containsKey(next.get())
                && (asRole || restSaid(saidAfter.get(letters + " " + next.get()), corrected, k + 1))) {
            return byHead.get(next.get());
        }
        // Before a later word of the name the initials were read with, the words between left out ("ML lead" of
        // a "Machine Learning Engineering Lead"), as a name's words said in full may be.
        if (next.isPresent() && asRole && !laterInitials.getOrDefault(letters, Map.of())
                .getOrDefault(next.get(), List.of()).isEmpty()) {
            return laterInitials.get(letters).get(next.get());
        }
        return asRole ? wholeInitials.getOrDefault(letters, List.of()) : List.of();
    }

    /**
     * The words of a name a clipped compound said at {@code t} stands for, each over the letters cut from it:
     * "devex" is "developer experience" of "Developer Experience Lead", the first letters (two or more) of each of a
     * run of two or more of a name's words run together, as "DevRel", "SecOps" or "InfoSec" are said ("secops" is
     * "sec" + "op" and a plural "s"). Only a word of letters that neither the guides' names, the role words nor
     * the tokenizer's vocabulary know, nor a letter off a name's word ("laed" is "lead"), and only when the names'
     * runs it may stand for are the same words; none without a vocabulary.
     */
    private List<Token> clipped(String question, Token t) {
        String written = question.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (!knowsEnglish || written.length() < 4 || written.length() > 16
                || !written.chars().allMatch(Character::isLetter) || known.contains(t.word())
                || englishWord.test(written) || englishWord.test(t.word()) || SHORT_FORMS.containsKey(written)
                || !correct(t.word()).equals(t.word())) {
            return List.of();
        }
        List<Token> found = List.of();
        for (String stem : written.endsWith("s") ? List.of(written, written.substring(0, written.length() - 1))
                : List.of(written)) {
            for (List<String[]> name : clippable) {
                for (int first = 0; first + 1 < name.size(); first++) {
                    List<Integer> cuts = new ArrayList<>();
                    if (!clip(stem, name, first, cuts) || cuts.size() < 2) {
                        continue;
                    }
                    List<Token> read = new ArrayList<>();
                    int at = t.start();
                    for (int w = 0; w < cuts.size(); w++) {
                        int end = w == cuts.size() - 1 ? t.end() : at + cuts.get(w);
                        read.add(new Token(name.get(first + w)[1], at, end));
                        at = end;
                    }
                    if (!found.isEmpty() && !found.stream().map(Token::word).toList()
                            .equals(read.stream().map(Token::word).toList())) {
                        return List.of();
                    }
                    found = read;
                }
            }
        }
        return found;
    }

    /** Whether {@code rest} is the first letters, two or more, of each of the name's words from {@code at}. */
    private static boolean clip(String rest, List<String[]> name, int at, List<Integer> cuts) {
        if (rest.isEmpty()) {
            return true;
        }
        if (at >= name.size()) {
            return false;
        }
        String word = name.get(at)[0];
        for (int p = Math.min(rest.length(), word.length()); p >= 2; p--) {
            if (word.startsWith(rest.substring(0, p))) {
                cuts.add(p);
                if (clip(rest.substring(p), name, at + 1, cuts)) {
                    return true;
                }
                cuts.remove(cuts.size() - 1);
            }
        }
        return false;
    }

    /** Whether the rest of a name, more than its head, is said from {@code from} on ("platform lead" after "ml"). */
    private static boolean restSaid(List<String> rest, List<Token> tokens, int from) {
        if (rest == null || rest.stream().allMatch(w -> GENERIC_HEADS.contains(w) || GENERIC_MODIFIERS.contains(w))
                || from + rest.size() > tokens.size()) {
            return false;
        }
        for (int w = 0; w < rest.size(); w++) {
            if (!tokens.get(from + w).word().equals(rest.get(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code k} qualifies a role though no guide's name says it: letters only, not an English
     * word of the vocabulary, nor one a guide's name is one letter off ("dx", "devex"). Without a vocabulary no
     * word is taken so.
     */
    private boolean unknownQualifier(String question, List<Token> tokens, int k) {
        String w = tokens.get(k).word();
        Token t = tokens.get(k);
        return knowsEnglish && w.length() >= 2 && w.length() <= 12 && w.chars().allMatch(Character::isLetter)
                && !known.contains(w) && !englishWord.test(w) && !GENERIC_MODIFIERS.contains(w)
                && !DETERMINERS.contains(w) && !POSSESSIVES.contains(w)
                && question.substring(t.start(), t.end()).chars().allMatch(Character::isLetter)
                && (k == 0 || !question.substring(tokens.get(k - 1).end(), t.start()).contains("-"));
    }

    /**
     * Whether "pm" at {@code k} is a time ("at 3 pm"), not a product manager. The other short role words ("vp",
     * "cto") are roles however they are written: "vp of engineering salary" asks about a role with no guide.
     */
    private static boolean tellsTime(List<Token> tokens, int k) {
        return tokens.get(k).word().equals("pm") && k > 0 && tokens.get(k - 1).word().matches("\\d{1,2}([:.]\\d{2})?");
    }

    /**
     * Whether a short form at {@code k} ("EM", "pm", "de") is said as a role: written in capitals, not an English
     * word, or after an article or "as" ("an em", "as pm"), a few adjectives between ("a new em"). "3 pm", "let me
     * lead", "de facto" say no role.
     */
    private boolean saidAsRole(String question, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String written = question.substring(t.start(), t.end()).replaceAll("['\u2019]s$", "");
        if (written.length() > 2 && written.endsWith("s")) {
            // A plural: "EMs", "CEOs".
            written = written.substring(0, written.length() - 1);
        }
        String letters = written.toLowerCase(Locale.ROOT);
        if (written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().filter(Character::isLetter).count() >= 2 || !englishWord.test(letters)) {
            return true;
        }
        int c = k - 1;
        while (c >= 0 && c >= k - 3 && GENERIC_MODIFIERS.contains(tokens.get(c).word())
                && !ARTICLES.contains(tokens.get(c).word())) {
            c--;
        }
        return c >= 0 && (ARTICLES.contains(tokens.get(c).word()) && !POSSESSIVES.contains(tokens.get(c).word())
                || tokens.get(c).word().equals("as"));
    }

    /**
     * Whether tokens {@code first}..{@code last} are a bare plural role opening a sentence or clause ("analysts ask
     * me for new tables every day", "the designers keep changing the specs"), or counted ("only one designer
     * understands"): the people the asker works with, doing something, not a role asked about ("what does a data
     * scientist earn", "which companies hire designers").
     */
    private static boolean others(String question, List<Token> tokens, int first, int last) {
        if (first != last || !ROLE_HEADS.contains(tokens.get(first).word())) {
            return false;
        }
        if (first > 0 && counted(tokens.get(first - 1).word())) {
            // People counted ("only one designer understands", "two analysts keep asking") are people the asker
            // works with: a role asked about is said with an article or none.
            return true;
        }
        Token t = tokens.get(first);
        String said = question.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        if (!said.endsWith("s") || said.endsWith("'s") || said.endsWith("\u2019s")) {
            return false;
        }
        // "the animators complain ...": the plural opens the clause after "the" as well.
        int opens = first > 0 && tokens.get(first - 1).word().equals("the") ? first - 1 : first;
        String before = opens == 0 ? "." : question.substring(tokens.get(opens - 1).end(), tokens.get(opens).start());
        return before.matches(".*[.,;:!?].*") && first + 1 < tokens.size();
    }

    /** Whether a word counts people: a number, in figures or words, or "some", "several", "many", "few", "both". */
    private static boolean counted(String word) {
        return word.matches("\\d+") || COUNTS.contains(word);
    }

    /**
     * Whether a word is a role by itself: a short role word ("cto", "designer") or a chief's initials, C and one
     * or two letters and O ("ciso", "cmo", "CDO"), in whatever case; four letters only when no English word
     * ("ciao"). A guide whose name says it has that role; otherwise it is a role no guide has.
     */
    /**
     * Whether the word at {@code k} is a job only said after a field or a role's word ({@code [after a field]} of
     * {@link Occupations}): "developer advocate", "account executive", "support agent"; "advocate for my team" is
     * a verb.
     */
    private boolean jobAfterField(String question, List<Token> tokens, int k) {
        if (k == 0 || !Occupations.AFTER_FIELD.contains(tokens.get(k).word())) {
            return false;
        }
        String before = tokens.get(k - 1).word();
        return (heads.contains(before) || known.contains(before))
                && question.substring(tokens.get(k - 1).end(), tokens.get(k).start()).isBlank();
    }

    private boolean roleWord(String word) {
        return ROLE_HEADS.contains(word) || RoleWords.chiefInitials(word)
                && (word.length() == 3 || !englishWord.test(word));
    }

    /**
     * Where a role said without its generic head ends, if one starts at {@code k} (after "a" or "an"): at most
     * {@link SearchTuning#HEADLESS_QUALIFIERS} words of one guide's names, then that guide's word said right before
     * its name's generic head ({@link #beforeGenericHead}, a word of that guide alone), and then the person's verb
     * or the end of the phrase: "a payments principal do", "a principal earn?". "a principal investigator", "a staff
     * meeting" and "a school principal" are not roles: the phrase goes on, or a word before is no word of the
     * guide's names.
     *
     * @return the index of the role's last word, or -1
     */
    private int headlessRole(String question, List<Token> tokens, int k) {
        for (int last = k; last < tokens.size() && last <= k + SearchTuning.HEADLESS_QUALIFIERS; last++) {
            String w = tokens.get(last).word();
            if (beforeGenericHead.contains(w) && isDistinct(w)) {
                boolean ends = AFTER_PERSON.contains(last + 1 < tokens.size() ? tokens.get(last + 1).word() : "")
                        || endsPhrase(question, tokens, last);
                String guide = vocabulary.entrySet().stream().filter(e -> e.getValue().contains(w))
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
                boolean ofGuide = tokens.subList(k, last).stream().allMatch(q -> vocabulary.get(guide)
                        .contains(q.word()) && !heads.contains(q.word()));
                return ends && ofGuide ? last : -1;
            }
            if (heads.contains(w) || !guided.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word is in one guide's names only and says which role by itself ("staff", "mobile"; not "lead"). */
    private boolean isDistinct(String word) {
        if (heads.contains(word) || GENERIC_HEADS.contains(word) || GENERIC_MODIFIERS.contains(word)
                || word.equals("tech") || word.length() < 3) {
            return false;
        }
        return vocabulary.values().stream().filter(v -> v.contains(word)).count() == 1;
    }

    /**
     * Whether the word at {@code k} is where a move ends: after "become" or "into", or after "to"/"for" that follow
     * a verb of moving ("go to", "promoted to", "aiming for") or a role ("backend lead to staff").
     */
    private static boolean movedTo(List<Token> tokens, int k, int previousEnd) {
        int c = k - 1;
        while (c > previousEnd && DETERMINERS.contains(tokens.get(c).word())) {
            c--;
        }
        if (c <= previousEnd) {
            return false;
        }
        String cue = tokens.get(c).word();
        if (cue.equals("become") || cue.equals("becoming") || cue.equals("into")) {
            return true;
        }
        return (cue.equals("to") || cue.equals("for"))
                && (c - 1 == previousEnd && previousEnd >= 0 || c > 0 && MOVE_VERBS.contains(tokens.get(c - 1).word()));
    }

    /** Whether the word at {@code k} ends its phrase: the end, a punctuation mark, "or", "and", "next", "soon". */
    private static boolean endsPhrase(String question, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(k + 1).word();
        return question.substring(tokens.get(k).end(), tokens.get(k + 1).start()).matches(".*[.,;:!?()].*")
                || next.equals("or") || next.equals("and") || next.equals("next") || next.equals("soon")
                || next.equals("now") || next.equals("later") || next.equals("eventually");
    }

    private RoleMention mention(String question, List<Token> tokens, int first, int last, List<String> words,
                                Optional<String> guide, boolean generic, int previousEnd) {
        Stance stance = introducesAsker(question, tokens, last) ? Stance.HELD : stance(tokens, first, previousEnd);
        return new RoleMention(tokens.get(first).start(), tokens.get(last).end(), List.copyOf(words),
                generic ? Optional.empty() : guide, generic, stance);
    }

    /**
     * Whether the role ending at {@code last} is followed by "here" closing its phrase: "senior backend engineer
     * here, how do I prepare for ...", the asker saying who they are, as "I'm a" does.
     */
    private static boolean introducesAsker(String question, List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).word().equals("here")
                && endsPhrase(question, tokens, last + 1);
    }

    /**
     * How the asker stands to the role whose first word is {@code first}, from the words right before it (after
     * the previous role): "I'm a", "after 3 years as", "from", "currently", "I lead" say they hold it; "become",
     * "move into", "to", "aiming for", "take over" that they head for it.
     */
    private static Stance stance(List<Token> tokens, int first, int previousEnd) {
        int k = first - 1;
        for (int seen = 0; k > previousEnd && seen < SearchTuning.ROLE_CUE_WORDS; k--) {
            String w = tokens.get(k).word();
            if (DETERMINERS.contains(w) || GENERIC_MODIFIERS.contains(w) && !JOINS.contains(w)
                    || w.matches("\\d+")) {
                continue;
            }
            String before = k - 1 > previousEnd ? tokens.get(k - 1).word() : "";
            if (CONTRAST_CUES.contains(w)
                    || (w.equals("to") || w.equals("with")) && CONTRAST_BEFORE_TO.contains(before)) {
                return Stance.CONTRASTED;
            }
            if (WANTED_CUES.contains(w) || w.equals("for") && WANTED_BEFORE_FOR.contains(before)) {
                return Stance.WANTED;
            }
            if (HELD_CUES.contains(w)
                    || (w.equals("m") || w.equals("am")) && before.equals("i")
                    || w.equals("as") && (k == 0 || HELD_BEFORE_AS.contains(before))) {
                return Stance.HELD;
            }
            seen++;
        }
        return Stance.NEITHER;
    }

    /**
     * The last word of the team a role verb at {@code verb} heads ("lead [our data team]", "manage [the platform
     * team]", "lead [backend microservices]"), or -1 when the verb is a noun ("a lead", "tech lead") or what follows
     * is no team ("lead the way", "lead data engineers": a role said whole, read as one).
     */
    private int ledTeam(String question, List<Token> tokens, int verb) {
        if (verb > 0) {
            String before = tokens.get(verb - 1).word();
            // "who leads the platform team at ..." asks for a person, not about a role.
            boolean asksWho = before.equals("who") && (verb == 1 || question.substring(tokens.get(verb - 2).end(),
                    tokens.get(verb - 1).start()).matches(".*[.,;:!?].*"));
            if (DETERMINERS.contains(before) || known.contains(before) || asksWho) {
                return -1;
            }
        }
        int k = verb + 1;
        if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).word())) {
            k++;
        }
        int last = -1;
        boolean named = false;
        while (k < tokens.size() && k <= verb + 1 + SearchTuning.TEAM_NAME_WORDS
                && isQualifier(tokens.get(k).word())) {
            named |= !GENERIC_MODIFIERS.contains(tokens.get(k).word()) && !TEAM_NOUNS.contains(tokens.get(k).word());
            last = k++;
        }
        if (!named || k < tokens.size() && (heads.contains(tokens.get(k).word())
                || roleWord(tokens.get(k).word()))) {
            return -1;
        }
        // The team's name ends there, or it is a thing's ("manage the data warehouse costs").
        if (LOOSE_ROLE_VERBS.contains(tokens.get(verb).word()) && !TEAM_NOUNS.contains(tokens.get(last).word())
                && asHead(tokens, k) < 0) {
            return -1;
        }
        boolean ends = TEAM_NOUNS.contains(tokens.get(last).word()) || k >= tokens.size()
                || AFTER_TEAM.contains(tokens.get(k).word())
                || question.substring(tokens.get(last).end(), tokens.get(k).start()).matches(".*[.,;:!?()].*");
        return ends ? last : -1;
    }

    /** The head of "as its manager", "as EM" starting at {@code k}: its index, or -1. */
    private int asHead(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).word().equals("as")) {
            return -1;
        }
        int h = k + 1;
        if (h < tokens.size() && DETERMINERS.contains(tokens.get(h).word())) {
            h++;
        }
        if (h >= tokens.size() || !heads.contains(tokens.get(h).word())
                || h + 1 < tokens.size() && heads.contains(tokens.get(h + 1).word())) {
            return -1;
        }
        return h;
    }

    /** Whether a word can qualify a team or role ("data", "platform", "backend", "team"), not head it. */
    private boolean isQualifier(String word) {
        return (known.contains(word) || TEAM_NOUNS.contains(word)) && !heads.contains(word)
                && !roleWord(word) && !DETERMINERS.contains(word);
    }

    /** The words of tokens {@code from}..{@code to} that say which role: not "team", "the", "senior". */
    private static List<String> qualifiers(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            String w = tokens.get(k).word();
            if (!GENERIC_MODIFIERS.contains(w) && !TEAM_NOUNS.contains(w) && !DETERMINERS.contains(w)
                    && !JOINS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Whether generic words together are the role one guide alone is named as ("engineering manager" when one guide
     * is an "Engineering Manager (Platform Team)"; "engineering lead" stays no role while several guides are
     * engineering leads). A name that says a field of its own besides them ("Site Reliability Engineering
     * Manager") is a more particular role: the generic words leave out what makes it that role.
     */
    private boolean onlyGuideSaying(List<String> words) {
        return new HashSet<>(words).size() >= 2 && guidesNamedAs(words) == 1;
    }

    /**
     * Whether a name is a rank said in generic words with one word of a field before them ("Frontend Engineering
     * Manager", "Security Engineering Manager"): such a name is that rank ("engineering manager") for one field, as
     * "Engineering Manager (Patient Experience)" is, and the generic words say it. A field of several words ("Site
     * Reliability Engineering Manager") is a discipline of its own, which the generic words leave out.
     */
    private static boolean oneFieldOfRank(List<String> said) {
        return said.size() >= 3 && RANK_HEADS.contains(said.get(said.size() - 1))
                && !GENERIC_HEADS.contains(said.get(0))
                && said.subList(1, said.size()).stream().allMatch(GENERIC_HEADS::contains);
    }

    /** How many guides have a name that, its own qualifier apart, says exactly these words. */
    private long guidesNamedAs(List<String> words) {
        Set<String> said = new HashSet<>(words);
        return roleNames.values().stream().filter(guideNames -> guideNames.contains(said)).count();
    }

    /** The first guide with a name that, its own qualifier apart, says exactly these words. */
    private Optional<String> guideNamedAs(List<String> words) {
        Set<String> said = new HashSet<>(words);
        return guides.stream().map(Guide::id).filter(id -> roleNames.get(id).contains(said)).findFirst();
    }

    /**
     * Whether a role said in generic words is a rank no guide has: its head, as written, a word of rank ("manager",
     * "director", "head", "architect", "officer"), qualified by another word ("engineering manager", "head of
     * engineering"), and no guide's title or alias being that role, its own qualifier apart ("Engineering Manager
     * (Platform Team)" is; "Site Reliability Engineering Manager" is a manager of a field of its own). A lead or an
     * engineer is a kind of work that many guides' roles are; a manager of a field is a role of its own.
     */
    private boolean rankWithNoGuide(String question, Token head, List<String> words) {
        return rankHead(question, head) && new HashSet<>(words).size() >= 2 && guidesNamedAs(words) == 0;
    }

    /**
     * Whether the word at {@code k} is the field a head of rank is of, though no guide's names know it: "head of
     * interoperability", "director of partnerships", "VP of sales" are roles of their own, a field right after "of"
     * with no article ("head of the queue", "head of my team" are not).
     */
    private boolean fieldAfterOf(String question, List<Token> tokens, int head, int k) {
        String written = question.substring(tokens.get(head).start(), tokens.get(head).end()).toLowerCase(Locale.ROOT);
        if (!(written.equals("head") || written.equals("director") || written.equals("vp"))
                || !tokens.get(k - 1).word().equals("of") || k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).word();
        return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !DETERMINERS.contains(w)
                && !POSSESSIVES.contains(w) && !COUNTS.contains(w) && !ASKING.contains(w) && !heads.contains(w)
                && !roleWord(w) && !GENERIC_MODIFIERS.contains(w)
                && question.substring(tokens.get(k - 1).end(), tokens.get(k).start()).isBlank();
    }

    /**
     * Whether the word at {@code k}, right before a generic head the asker says they hold with "I'm a", "as a"
     * ("I'm a server dev", "as a rendering engineer"), is an ordinary word of their trade: letters, no word of the guides' names, of a level
     * or of asking.
     */
    private boolean heldJobWord(String question, List<Token> tokens, int k, int previousEnd) {
        String w = tokens.get(k).word();
        return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !known.contains(w)
                && !DETERMINERS.contains(w) && !POSSESSIVES.contains(w) && !GENERIC_MODIFIERS.contains(w)
                && !LEVELS.contains(w) && !COUNTS.contains(w) && !ASKING.contains(w) && !heads.contains(w)
                && question.substring(tokens.get(k).end(), tokens.get(k + 1).start()).isBlank()
                && k - 2 > previousEnd && INDEFINITE.contains(tokens.get(k - 1).word())
                && Set.of("m", "im", "am", "as").contains(tokens.get(k - 2).word());
    }

    /**
     * Whether a head word, as written, is the field of work it is named after, not a person: "engineering" of "head
     * of engineering telehealth", "director of engineering".
     */
    private static boolean fieldOfHead(String question, Token token) {
        String written = question.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
        return written.equals("engineering") || written.equals("eng");
    }

    /** Whether a role's head, as written, is a word of rank ("manager", "directors", "head"). */
    private static boolean rankHead(String question, Token head) {
        String written = question.substring(head.start(), head.end()).toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s$", "");
        return RANK_HEADS.contains(written)
                || written.endsWith("s") && RANK_HEADS.contains(written.substring(0, written.length() - 1));
    }

    /**
     * The guides a rank said with a field shares its words with, when no one guide's names hold them all: a guide
     * named as the rank's generic words ("engineering manager": an "Engineering Manager (Warehouse Systems)", a
     * "Frontend Engineering Manager") and those whose names hold the rest ("security" of a "Security Engineering
     * Lead", "telehealth" of a "Head of Engineering (Telehealth)"). Empty unless both are found: a word no guide's
     * names have ("release manager", "SRE manager") leaves a role no guide has.
     */
    private Set<String> sharedBy(List<String> words) {
        List<String> generic = words.stream().filter(GENERIC_HEADS::contains).distinct().toList();
        List<String> field = words.stream().filter(w -> !GENERIC_HEADS.contains(w)).distinct().toList();
        if (generic.size() < 2 || field.isEmpty()) {
            return Set.of();
        }
        Set<String> rank = new HashSet<>(generic);
        Set<String> ranked = new HashSet<>();
        guides.stream().map(Guide::id).filter(id -> roleNames.get(id).contains(rank)).forEach(ranked::add);
        Set<String> fielded = new HashSet<>();
        guides.stream().map(Guide::id).filter(id -> !ranked.contains(id) && vocabulary.get(id).containsAll(field))
                .forEach(fielded::add);
        if (ranked.isEmpty() || fielded.isEmpty()) {
            return Set.of();
        }
        fielded.addAll(ranked);
        return fielded;
    }

    /**
     * Whether the role starting at {@code first} is someone the asker works with: said after "with" ("retargeting
     * the rig with the animation lead", "how do I work with designers"), not set against ("compared with").
     */
    private static boolean workedWith(List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && DETERMINERS.contains(tokens.get(k).word())) {
            k--;
        }
        return k >= 0 && tokens.get(k).word().equals("with")
                && (k == 0 || !CONTRAST_BEFORE_TO.contains(tokens.get(k - 1).word()));
    }

    private static boolean someones(List<Token> tokens, int first) {
        return first > 0 && POSSESSIVES.contains(tokens.get(first - 1).word());
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
        return match(role, Set.of());
    }

    /**
     * As {@link #match(List)}, among the guides one of whose names has a head of the role ({@code roleHeads}): a
     * role said with a head word names a guide only in that head ("product manager" is no "Product Security
     * Lead"'s role, a manager is not a lead). A guide none of whose names has a head word may be any head's.
     */
    private Optional<String> match(List<String> asSaid, Set<String> roleHeads) {
        if (asSaid.isEmpty()) {
            return Optional.empty();
        }
        List<String> role = new ArrayList<>();
        for (int k = 0; k < asSaid.size(); k++) {
            // A field after the head ("lead in the art team") is read as one before it.
            role.add(k + 1 < asSaid.size() || WORK_FIELDS.contains(asSaid.get(k)) ? field(asSaid.get(k))
                    : asSaid.get(k));
        }
        if (!guided.containsAll(role)) {
            return Optional.empty();
        }
        String head = role.get(role.size() - 1);
        Guide best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Guide guide : guides) {
            Set<String> headsOfNames = guideHeads.get(guide.id());
            if (!roleHeads.isEmpty() && !headsOfNames.isEmpty()
                    && roleHeads.stream().noneMatch(headsOfNames::contains)) {
                continue;
            }
            Set<String> words = vocabulary.get(guide.id());
            long covered = role.stream().filter(words::contains).count();
            if (covered == 0) {
                continue;
            }
            // In its head, a guide names the role by a word that says which one: "product manager" is no "Data
            // Science Manager" for the head they share.
            if (!roleHeads.isEmpty() && role.stream().anyMatch(w -> !GENERIC_HEADS.contains(w) && !w.equals("tech")
                    && !roleHeads.contains(w))
                    && role.stream().noneMatch(w -> words.contains(w) && !GENERIC_HEADS.contains(w)
                    && !w.equals("tech") && !roleHeads.contains(w))) {
                continue;
            }
            // "tech" says no more than "lead" does: "mobile tech lead" is the mobile lead, not the tech lead.
            covered += role.stream().filter(w -> words.contains(w) && !GENERIC_HEADS.contains(w)
                    && !w.equals("tech")).count() * 2;
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

    /**
     * The field a word before a role's head names, as a guide's names say it: the person of a field ("scientist",
     * "analyst") qualifying another head is that field ("data scientist manager" is a data science manager), when
     * one name's word alone shares its stem (the first {@value #STEM} letters); a field of work said by the person
     * of one name's word that starts with it ("art" of "Lead Technical Artist"); else the word.
     */
    private String field(String word) {
        if (guided.contains(word)) {
            return word;
        }
        if (word.length() >= 3 && WORK_FIELDS.contains(word)) {
            // A field said by its person in a name: "tech art lead" of a "Lead Technical Artist".
            List<String> people = guided.stream().filter(g -> g.length() > word.length() && g.startsWith(word)
                    && ROLE_HEADS.contains(g)).toList();
            if (people.size() == 1) {
                return people.get(0);
            }
        }
        if (word.length() < STEM + 1) {
            return word;
        }
        List<String> fields = guided.stream().filter(g -> g.length() > STEM && !GENERIC_HEADS.contains(g)
                && g.startsWith(word.substring(0, STEM))).toList();
        return fields.size() == 1 ? fields.get(0) : word;
    }

    /**
     * The heads of a role's or a name's words, as written in {@code text}: the head word joined to what follows it
     * ("head of data science", "manager of the platform team"), else every head word ("data science manager",
     * "lead data engineer": lead and engineer) but "engineering", which names a field ("data engineering org");
     * none when no word heads a role ("Android").
     */
    private static Set<String> headsOf(String text, List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (ROLE_HEAD_WORDS.contains(tokens.get(k).word()) && JOINS.contains(tokens.get(k + 1).word())) {
                return Set.of(tokens.get(k).word());
            }
        }
        Set<String> found = new HashSet<>();
        for (Token t : tokens) {
            if (ROLE_HEAD_WORDS.contains(t.word())
                    && !text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).startsWith("engineering")) {
                found.add(t.word());
            }
        }
        return found;
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
        return RoleWords.withinOneEdit(a, b);
    }

    /**
     * A word of a question or a name, lower-cased, in its American spelling ("programme" is "program"), singular,
     * short forms spelled out, with where it is.
     */
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
        String w = EnglishSpellings.american(word.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", ""));
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return SHORT_FORMS.getOrDefault(w, w);
    }

}
