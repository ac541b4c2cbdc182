package careercoach.ladder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the wording of a line says about it: a heading, a heading over a list, sentences, a list of names. */
final class Wording {
    /** Headings are short: the seed's longest is four words, a wiki's rarely more than eight. */
    static final int MAX_HEADING_WORDS = 8;
    /** A list of names is short names: a company, a sector ("Cloud infrastructure and developer tools"). */
    static final int MAX_NAME_WORDS = 6;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "per", "the", "to", "via", "vs", "with");
    private static final Set<String> LEADING_INTO = Set.of("to", "into", "for", "from", "after", "with", "include",
            "includes", "including");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    /** A full stop that ends a sentence: not one of "e.g.", "i.e.", "etc.", "vs.", nor a lone initial's. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:e\\.g|i\\.e|etc|vs|approx|incl|\\p{L}))([.!?])[\"”’)]?\\s+(?=[\\p{Lu}\"“(])");

    private Wording() {
    }

    /** Every word capitalised but the small ones ("Top Skills for Success"), short, with no closing stop. */
    static boolean isTitleCase(String text) {
        String t = BRACKETED.matcher(text).replaceAll(" ").strip();
        if (t.isEmpty() || t.matches(".*[.!?;,:]$")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > MAX_HEADING_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[\\p{Punct}“”‘’]+", "");
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (!capital && (i == 0 || !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].replaceAll("^[\\p{Punct}“”‘’]+", "").codePoints().findFirst()
                .orElse('a'));
    }

    /**
     * A heading over a list rather than an entry of it: it names the kind of what follows in the plural
     * ("Transition Opportunities", "Major Employers") or leads into it ("Can Lead To"); a role or a name is one
     * thing. Words that end in s without being plurals ("Analytics", "DevOps", "Business") do not count.
     */
    static boolean readsAsListHeading(String text) {
        String[] words = BRACKETED.matcher(text).replaceAll(" ").strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("\\P{L}+$", "");
        String lower = last.toLowerCase(Locale.ROOT);
        if (LEADING_INTO.contains(lower)) {
            return true;
        }
        boolean allCapitals = last.equals(last.toUpperCase(Locale.ROOT));
        return last.length() > 3 && !allCapitals && lower.endsWith("s") && !lower.endsWith("ss")
                && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("ics") && !lower.endsWith("ops");
    }

    /** Words that head a role's name: "Machine Learning Engineering Lead", "Head of Growth", "Data Scientist". */
    private static final Set<String> ROLE_WORDS = Set.of("lead", "leader", "head", "manager", "director", "engineer",
            "developer", "architect", "designer", "analyst", "scientist", "officer", "chief", "principal",
            "specialist", "consultant", "administrator", "owner", "vp", "president", "cto", "ciso", "cio", "em",
            "researcher", "tester", "advocate", "programmer", "technician", "strategist");

    /** Whether a line names a role: one of its words heads a role's name ("Lead", "Manager", "Head of"). */
    static boolean namesRole(String line) {
        return Arrays.stream(BRACKETED.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(ROLE_WORDS::contains);
    }

    /**
     * Whether a line is a role's name: a role's word is its head, last ("Responsible AI Lead", "Growth Engineer") or
     * first before "of" ("Head of Developer Growth"), not a word of a heading about the role ("Engineering Manager
     * Responsibilities").
     */
    static boolean isRoleName(String line) {
        List<String> words = Arrays.stream(BRACKETED.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT)
                .split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && (ROLE_WORDS.contains(words.get(words.size() - 1))
                || words.size() > 2 && ROLE_WORDS.contains(words.get(0)) && words.get(1).equals("of"));
    }

    static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The sentences of a paragraph, each with its closing stop. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(paragraph);
        int from = 0;
        while (end.find()) {
            sentences.add(paragraph.substring(from, end.end()).strip());
            from = end.end();
        }
        sentences.add(paragraph.substring(from).strip());
        return sentences.stream().filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The names of a line that lists names ("Google, Meta, Cloudflare"; "SaaS · Fintech"), when every part is
     * short; empty when the line is not such a list.
     */
    static List<String> names(String line) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : line.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';' || c == '·' || c == '|')) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        List<String> names = parts.stream().map(String::strip).map(p -> p.replaceFirst("^(?:and|or)\\s+", ""))
                .map(p -> p.replaceAll("[.]$", "")).filter(p -> !p.isEmpty()).toList();
        boolean allShort = names.stream().allMatch(n -> wordCount(n) <= MAX_NAME_WORDS);
        return names.size() >= 2 && allShort ? names : List.of();
    }

    /** "Test strategy (unit tests) and CI/CD" as name and details: see {@link #detailsOf}. */
    record NameAndDetails(String name, String details) {
    }

    /**
     * A name with the one bracket that explains it taken out as details: "Cloud fundamentals (deploying, scaling)"
     * is "Cloud fundamentals" with "deploying, scaling". A bracket that abbreviates ("(SRE)", "(L5)": no lower-case
     * letter, no space) is part of the name; with two explaining brackets, which one is the details is unclear and
     * the name stays whole, unless the second comes right after the first at the end: "Engineering Manager (Live
     * Operations) (running the live team)" is the role "Engineering Manager (Live Operations)" with its details.
     */
    static NameAndDetails detailsOf(String text) {
        Matcher m = BRACKETED.matcher(text);
        List<int[]> explaining = new ArrayList<>();
        while (m.find()) {
            String inside = m.group().substring(1, m.group().length() - 1);
            if (inside.chars().anyMatch(Character::isLowerCase) || inside.strip().contains(" ")) {
                explaining.add(new int[] {m.start(), m.end()});
            }
        }
        if (explaining.isEmpty() || explaining.size() > 1 && !secondBracketAtTheEnd(text, explaining)) {
            return new NameAndDetails(text, "");
        }
        int[] at = explaining.get(explaining.size() - 1);
        String name = (text.substring(0, at[0]) + " " + text.substring(at[1])).replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:])", "$1").strip();
        String details = text.substring(at[0] + 1, at[1] - 1).strip();
        return name.isEmpty() || details.isEmpty() ? new NameAndDetails(text, "") : new NameAndDetails(name, details);
    }

    /** A name's words before a spaced dash: "Saying no too often — blocking releases" (an en dash or hyphen too). */
    private static final Pattern DASHED = Pattern.compile("^(.+?)\\s+[—–-]\\s+(\\S.*)$");

    /**
     * A name with its details after a spaced dash, "Saying no too often — blocking releases instead of offering a
     * safer way", when the words before the dash are short enough to be a name and the details start in lower case (a bracket in it stays in the name:
     * "Engineering Manager (Platform) — for those who run a wider group"); empty otherwise.
     */
    static java.util.Optional<NameAndDetails> dashed(String text) {
        Matcher m = DASHED.matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String name = m.group(1).strip();
        String unbracketed = BRACKETED.matcher(name).replaceAll(" ");
        String details = m.group(2).strip();
        if (wordCount(unbracketed) > MAX_HEADING_WORDS || unbracketed.contains("(") || unbracketed.contains(")")
                || name.matches(".*[.!?;:,]$") || !Character.isLowerCase(details.codePointAt(0))) {
            // "Senior - Staff Engineer": what follows a dash in capitals is more of the name
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NameAndDetails(name, details));
    }

    /** A name longer than this is unreadable on a button or as a heading in Slack. */
    static final int MAX_NAME_CHARS = 80;
    /** Where a sentence naming a skill or a struggle says what it is and goes on to explain it. */
    private static final Pattern NATURAL_BREAK = Pattern.compile(":\\s|\\s[—–-]\\s|,\\s(?=so\\s)|;\\s");

    /**
     * A name written as a sentence longer than {@value #MAX_NAME_CHARS} characters, split at its first natural break
     * outside brackets, ": ", " — " (an en dash or spaced hyphen too), ", so " or "; ", into the short name before it
     * and the details after it: "Treating every complaint as a network fault, so the team never learns why" is
     * "Treating every complaint as a network fault" with "so the team never learns why" (the "so" kept, as it
     * explains). Empty when the name is short enough, or has no break that leaves a name short enough.
     */
    static java.util.Optional<NameAndDetails> splitLong(String text) {
        String t = text.strip();
        if (t.length() <= MAX_NAME_CHARS) {
            return java.util.Optional.empty();
        }
        Matcher m = NATURAL_BREAK.matcher(t);
        while (m.find()) {
            String before = t.substring(0, m.start());
            if (depth(before) != 0) {
                continue;
            }
            String name = before.strip();
            String details = t.substring(m.end()).strip();
            if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
                return java.util.Optional.empty();
            }
            if (!details.isEmpty()) {
                return java.util.Optional.of(new NameAndDetails(name, details));
            }
        }
        return java.util.Optional.empty();
    }

    /** How many brackets are open at the end of the text. */
    private static int depth(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth;
    }

    /** The text without the one bracket it is: "(volume by hour)" is "volume by hour". */
    static String unbracketed(String text) {
        String t = text.strip();
        return t.matches("\\([^()]*\\)|\\[[^\\[\\]]*]") ? t.substring(1, t.length() - 1).strip() : t;
    }

    /**
     * Whether the last explaining bracket ends the text right after another bracket: "Engineering Manager (Live
     * Operations) (running the live team)" is a name that has its bracket, then the details.
     */
    private static boolean secondBracketAtTheEnd(String text, List<int[]> explaining) {
        int[] last = explaining.get(explaining.size() - 1);
        int[] before = explaining.get(explaining.size() - 2);
        return text.substring(last[1]).strip().replaceAll("[.;,]$", "").isEmpty()
                && text.substring(before[1], last[0]).isBlank();
    }

    static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
