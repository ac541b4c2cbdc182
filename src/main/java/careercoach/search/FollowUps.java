package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a message in a thread with the thread's last question: a short follow-up ("and for seniors?", "what about
 * the pay", "which of those first?", "more") is answered with the last question's guide and section; a new full
 * question is answered on its own, exactly as without a last question.
 *
 * <p>How a follow-up is answered:
 * <ul>
 * <li>the guide: the last question's, unless the follow-up names another guide's role ("and for mobile
 * leads?"; the search, asked in the last question's guide, then answers from that one);</li>
 * <li>the section: the one the follow-up asks about itself ("and the pay?", "how do I fix those?", "who hires
 * them?"), else ("more", "give me an example", "which of those first?", "and at senior level?") the last
 * question's: the kind of section it asked about in so many words, else the section it was answered with.</li>
 * </ul>
 * The search itself is only called through its public answer ({@link Searcher}), so this class knows nothing of how
 * sections are ranked.
 */
public final class FollowUps {

    /** The search a message is answered with: {@link GuideSearch#search}'s signature. */
    @FunctionalInterface
    public interface Searcher {
        Answer search(String question, Optional<String> guideId, int limit);
    }

    /** The answer to a message, and whether it was read as a follow-up of the thread's last question. */
    public record Resolved(Answer answer, boolean followUp) {
    }

    /** Longest message (in words) read as a follow-up without a word that points back. */
    static final int SHORT_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** Words that lean on what was said before. */
    private static final Set<String> POINTING_BACK = Set.of("that", "those", "them", "these", "they", "their",
            "theirs", "it", "its", "there", "this", "same", "else", "more", "also", "too", "then", "one", "ones",
            "example", "examples");

    /** First words that continue a conversation rather than start one. */
    private static final List<String> CONTINUING = List.of("and ", "also ", "so ", "but ", "then ", "what about ",
            "how about ", "same ", "more", "any ", "anything ", "tell me more", "what else", "ok ", "okay ");

    /** Messages that end a conversation or only thank: never a follow-up. */
    private static final Set<String> CLOSINGS = Set.of("thanks", "thank you", "thx", "ty", "bye", "thanks bye",
            "ok thanks", "cheers", "great thanks", "thank you bye", "goodbye", "ok", "okay", "cool", "nice",
            "got it", "perfect");

    /**
     * Words that ask about one kind of section, as word starts, in the order they are tried: a follow-up with one
     * asks for that section ("and the pay?", "how do I fix those?"); growing a skill is tried before the skill, the
     * demand for a role before growing.
     */
    private static final Map<String, List<String>> TOPICS = topics(
            "salary-and-demand", List.of("pay", "paid", "salar", "earn", "bonus", "money", "compensat", "equity",
                    "stock", "demand", "wage", "raise"),
            "development-suggestions", List.of("fix", "close", "improv", "practi", "grow", "develop", "get better",
                    "better at", "build up", "work on", "overcome"),
            "skill-gaps", List.of("strugg", "gap", "lack", "missing", "weak", "mistake", "pitfall", "challeng",
                    "stuck", "hard part", "hardest"),
            "companies-hiring", List.of("hire", "hiring", "compan", "industr", "employer", "startup", "fintech",
                    "bank", "big name", "firms", "where do they work", "where can i work"),
            "career-progression", List.of("career", "path", "promot", "lead to", "take me", "after that",
                    "next role", "management", "move to", "move into"),
            "key-responsibilities", List.of("responsib", "day to day", "duties", "do all day", "in charge",
                    "what do they do", "what does it involve"),
            "next-steps", List.of("first step", "next step", "first move", "prepare", "interview", "get started",
                    "where do i start", "where to start", "become"),
            "top-skills", List.of("skill", "learn", "know", "good at", "tool", "tech stack"),
            "overview", List.of("overview", "summary", "in short"));

    private final Searcher searcher;
    private final Function<String, Optional<Guide>> guides;

    /** @param guides a guide by id, for a section the search did not rank */
    public FollowUps(Searcher searcher, Function<String, Optional<Guide>> guides) {
        this.searcher = searcher;
        this.guides = guides;
    }

    /**
     * Answers {@code message}.
     *
     * @param last      the thread's last question, if any (a fresh thread has none)
     * @param askerGuide the guide a fresh question is searched in (as without a thread); empty: every guide
     */
    public Resolved answer(String message, Optional<LastQuestion> last, Optional<String> askerGuide, int limit) {
        if (last.isEmpty() || !looksLikeFollowUp(message)) {
            return new Resolved(searcher.search(message, askerGuide, limit), false);
        }
        LastQuestion before = last.get();
        // Searched in the last question's guide, unless the message names another guide's role.
        Answer alone = searcher.search(message, Optional.of(before.guideId()), limit);
        String guide = alone.best().map(Hit::guideId).orElse(before.guideId());
        Optional<Guide> answering = guides.apply(guide);
        String section = topic(message).or(() -> topic(before.question()))
                .map(kind -> answering.flatMap(g -> g.sectionOfKind(kind)).map(Section::id).orElse(""))
                .orElseGet(() -> sameSection(before, guide, answering));
        return new Resolved(sectionOf(message, alone, guide, section, limit), true);
    }

    /**
     * The section the last question was answered with, in the guide now answering: itself in its own guide, else
     * the section of its kind in the other guide (guides name their sections as they like).
     */
    private String sameSection(LastQuestion before, String guide, Optional<Guide> answering) {
        if (guide.equals(before.guideId())) {
            return before.sectionId();
        }
        return guides.apply(before.guideId()).flatMap(g -> g.section(before.sectionId())).flatMap(Section::kind)
                .flatMap(kind -> answering.flatMap(g -> g.sectionOfKind(kind))).map(Section::id)
                .orElse(before.sectionId());
    }

    /**
     * Whether a message may lean on the one before: a short one, or one with a word that points back or that
     * continues; never a thank-you or goodbye.
     */
    public static boolean looksLikeFollowUp(String message) {
        String text = normalised(message);
        if (text.isEmpty() || CLOSINGS.contains(text)) {
            return false;
        }
        List<String> words = words(text);
        if (words.size() <= SHORT_WORDS) {
            return mostlyWords(words);
        }
        return words.stream().anyMatch(POINTING_BACK::contains)
                || CONTINUING.stream().anyMatch(text::startsWith);
    }

    /**
     * Whether at least half of a short message's words are words of English (the embedding model's whole words):
     * "and for k8s?" leans on the last question, keyboard mashing ("asdkjh qwe zzz") does not and is answered as
     * any message is, not with the last answer again.
     */
    private static boolean mostlyWords(List<String> words) {
        WordPieceTokenizer vocabulary = SentenceEmbedder.sharedTokenizer();
        long known = words.stream().filter(vocabulary::isWholeWord).count();
        return known * 2 >= words.size();
    }

    /** The kind of section the message asks about itself, if it does. */
    static Optional<String> topic(String message) {
        String text = " " + normalised(message);
        return TOPICS.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(word -> text.contains(" " + word)))
                .map(Map.Entry::getKey).findFirst();
    }

    private static Map<String, List<String>> topics(Object... sectionsAndWords) {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (int i = 0; i < sectionsAndWords.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) sectionsAndWords[i + 1];
            topics.put((String) sectionsAndWords[i], words);
        }
        return topics;
    }

    /**
     * The answer whose first hit is {@code sectionId} of {@code guideId}, the other hits the search's, in order:
     * the hit as the search ranked it for the message when it did, else the section with its opening as snippet.
     */
    private Answer sectionOf(String message, Answer alone, String guideId, String sectionId, int limit) {
        List<Hit> hits = new ArrayList<>();
        Optional<Hit> ranked = alone.hits().stream()
                .filter(h -> h.guideId().equals(guideId) && h.sectionId().equals(sectionId)).findFirst();
        if (ranked.isPresent()) {
            hits.add(ranked.get());
        } else {
            Optional<Section> section = guides.apply(guideId).flatMap(g -> g.section(sectionId));
            if (section.isEmpty()) {
                return alone;
            }
            hits.add(new Hit(guideId, sectionId, section.get().title(), opening(section.get()),
                    alone.best().map(Hit::score).orElse(0.0)));
        }
        alone.hits().stream().filter(h -> !(h.guideId().equals(guideId) && h.sectionId().equals(sectionId)))
                .limit(Math.max(0, limit - 1)).forEach(hits::add);
        return new Answer(message, true, "", Optional.empty(), hits);
    }

    /**
     * A section's first sentence or item as a snippet would show it (an item's sentence, its group and salary
     * range), for a section the search did not rank.
     */
    private static String opening(Section section) {
        String first = Passages.of(section).stream().filter(Passages.Passage::showable)
                .map(Passages.Passage::shown).findFirst().orElse(section.title());
        return first.length() > Snippets.MAX_CHARS ? first.substring(0, Snippets.MAX_CHARS - 1) + "…" : first;
    }

    private static String normalised(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\\s]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
