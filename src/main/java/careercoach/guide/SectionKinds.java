package careercoach.guide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of section every guide may have ({@link SectionIds#ALL}), and which kind a heading names by the words
 * guides and ladders use for them: "Key Responsibilities", "What you'll do", "Skills that matter", "Career path",
 * "Compensation", "How to level up", "What good looks like", "Where it leads", "First moves", "Pay and market"...
 * HR ladders often say a kind with a verb of the person ("what you do", "what you'll own") or a phrase rather than
 * a noun, so those are words of the kind too; a word family is the kind in every form ("responsibilities", "what
 * you're responsible for"). Words in brackets do not count ("CTO/VP Engineering (in smaller
 * companies)" names no section). A word ending in {@code *} matches any word it starts, {@code *} alone any one
 * word ("where it leads", "where this role leads") and {@code #} a number ("your first 90 days"); the kinds are
 * tried in the order below, so "Common Skill Gaps" is the gaps and not the skills, "Skill Development" the
 * suggestions and "First moves" the next steps, not a career's moves.
 *
 * <p>Features and the labelled questions speak of kinds, never of one guide's section ids: a section whose id is
 * standard is of that kind; any other section is of the kind its author declared, else of the kind its title or id
 * names, else of none (then it is searched, but no command or labelled question refers to it).
 */
public final class SectionKinds {
    private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
            Map.entry(SectionIds.SKILL_GAPS, List.of("gap*", "missing", "lack*", "weakness*", "blind spot*",
                    "pitfall*", "struggl*", "mistake*", "areas to improve", "fall short", "stuck", "trap*",
                    "watch out*", "anti pattern*", "antipattern*", "red flag*", "derail*", "what to avoid", "trip* up",
                    "go wrong", "goes wrong", "went wrong")),
            Map.entry(SectionIds.NEXT_STEPS, List.of("next step*", "first step*", "first move*", "first # day*",
                    "first # week*", "first quarter", "action*", "to do", "todo", "checklist*", "get started", "getting started",
                    "recommended step*", "where to start", "start here", "quick win*")),
            Map.entry(SectionIds.DEVELOPMENT_SUGGESTIONS, List.of("develop*", "suggestion*", "grow", "learning",
                    "training", "getting better", "how to improve", "how to get there", "level up", "resources", "growing")),
            Map.entry(SectionIds.TOP_SKILLS, List.of("skill*", "competenc*", "abilities", "qualification*",
                    "requirement*", "expertise", "what you need", "good at", "good looks like", "we look for",
                    "behavio*", "toolkit", "tool kit", "must have*", "nice to have*", "strengths")),
            Map.entry(SectionIds.KEY_RESPONSIBILITIES, List.of("responsib*", "duties", "accountabilit*",
                    "you do", "youll do", "you will do", "they do", "doing", "you own", "youll own", "you will own",
                    "they own", "ownership", "day to day", "typical day", "typical week", "your week", "day in the life",
                    "involves", "the work", "scope", "expectations", "look after", "looks after")),
            Map.entry(SectionIds.CAREER_PROGRESSION, List.of("progression", "career path*", "next role*",
                    "promotion*", "can lead", "leads to", "lead to", "where * leads", "where * * leads",
                    "where * goes", "where * * goes", "where * can go", "where * * can go", "can take you",
                    "transition*", "moves", "where next", "whats next", "what next", "next level", "where to go",
                    "moving up", "move up", "growth path*")),
            Map.entry(SectionIds.SALARY_AND_DEMAND, List.of("salary", "salaries", "pay", "compensation",
                    "remuneration", "reward*", "demand", "earnings", "wage*", "market", "outlook")),
            Map.entry(SectionIds.COMPANIES_HIRING, List.of("compan*", "employer*", "hir*", "where to work",
                    "organi?ations", "industr*", "sector*")),
            Map.entry(SectionIds.OVERVIEW, List.of("overview", "summary", "about", "introduction",
                    "role description", "description", "purpose", "the role", "at a glance", "in a nutshell",
                    "mission")));

    /** Two headings that give each kind, as guides and ladders write them, for authors of a section of none. */
    private static final Map<String, String> HEADINGS = Map.of(
            SectionIds.OVERVIEW, "'Overview' or 'About the role'",
            SectionIds.KEY_RESPONSIBILITIES, "'Key Responsibilities' or 'What you'll do'",
            SectionIds.TOP_SKILLS, "'Top Skills' or 'What good looks like'",
            SectionIds.CAREER_PROGRESSION, "'Career Progression' or 'Where it leads'",
            SectionIds.SKILL_GAPS, "'Common Skill Gaps' or 'Where people get stuck'",
            SectionIds.DEVELOPMENT_SUGGESTIONS, "'Development Suggestions' or 'How to grow'",
            SectionIds.SALARY_AND_DEMAND, "'Salary & Demand' or 'Pay and market'",
            SectionIds.COMPANIES_HIRING, "'Companies Hiring' or 'Who hires'",
            SectionIds.NEXT_STEPS, "'Next Steps' or 'First moves'");

    private SectionKinds() {
    }

    /**
     * For an author: the headings that give each kind, "key-responsibilities: 'Key Responsibilities' or 'What
     * you'll do'; ...", in the kinds' usual order.
     */
    public static String headingsByKind() {
        List<String> kinds = new ArrayList<>();
        for (String kind : SectionIds.ALL) {
            kinds.add(kind + ": " + HEADINGS.get(kind));
        }
        return String.join("; ", kinds);
    }

    /** Two headings that give {@code kind}: "'Top Skills' or 'What good looks like'". */
    public static String headings(String kind) {
        return HEADINGS.get(kind);
    }

    /**
     * Every word the kinds are named by, one by one, as written above: a word ("salary", "day"), a word's start
     * ending in {@code *} ("skill*"), or with {@code ?} for any one letter ("organi?ations"). What a question about
     * a role asks of it, whichever role (its pay, skills, duties, career), is said in these words.
     */
    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : WORDS) {
            for (String phrase : kind.getValue()) {
                for (String word : phrase.split(" ")) {
                    if (!word.equals("*") && !word.equals("#") && !words.contains(word)) {
                        words.add(word);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /** Whether {@code kind} is one of the standard kinds. */
    public static boolean isKind(String kind) {
        return kind != null && SectionIds.ALL.contains(kind);
    }

    /** The kind the heading names, if any. */
    public static Optional<String> of(String heading) {
        if (heading == null) {
            return Optional.empty();
        }
        List<String> words = words(heading.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*]", " "));
        for (Map.Entry<String, List<String>> kind : WORDS) {
            for (String phrase : kind.getValue()) {
                if (contains(words, Arrays.asList(phrase.split(" ")))) {
                    return Optional.of(kind.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of a section no author declared a kind for: its id when standard, else the kind its title names,
     * else the kind its id names read as words ("pay-and-market"), else none.
     */
    public static Optional<String> inferred(String id, String title) {
        if (isKind(id)) {
            return Optional.of(id);
        }
        return of(title).or(() -> id == null ? Optional.empty() : of(id.replace('-', ' ')));
    }

    /**
     * For authors: each section of the guide whose id is not a kind, with the kind it was given and how, as
     * {@code guide-id / section-id: salary-and-demand (from its title)}, {@code ... next-steps (declared or read from
     * its content)} (a kind neither its title nor its id names: its author's {@code kind:}, or what the loader read
     * from the section's content) or {@code ... no kind (...)}. A declared kind the title's words also name reads as
     * "from its title".
     */
    public static List<String> describe(Guide guide) {
        List<String> lines = new ArrayList<>();
        for (Section section : guide.sections()) {
            if (isKind(section.id())) {
                continue;
            }
            String how;
            if (section.kind().isEmpty()) {
                how = "no kind (searched, but no command shows it and no labelled question votes for it;"
                        + " declare 'kind:' if it is one)";
            } else if (section.kind().equals(of(section.title()))) {
                how = section.kind().get() + " (from its title)";
            } else if (section.kind().equals(inferred(section.id(), section.title()))) {
                how = section.kind().get() + " (from its id)";
            } else {
                how = section.kind().get() + " (declared or read from its content)";
            }
            lines.add(guide.id() + " / " + section.id() + ": " + how);
        }
        return List.copyOf(lines);
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int j = 0; j < phrase.size() && all; j++) {
                all = matches(phrase.get(j), words.get(start + j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String word) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.equals("#")) {
            return word.chars().allMatch(Character::isDigit);
        }
        if (pattern.endsWith("*")) {
            return word.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        if (pattern.contains("?")) {
            return word.matches(pattern.replace("?", "."));
        }
        return word.equals(pattern);
    }

    /** Lower case, without accents or apostrophes ("you'll" is "youll"), split at anything else not a letter. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replace("&", " ");
        return Arrays.stream(folded.split("[^\\p{L}\\p{Nd}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
