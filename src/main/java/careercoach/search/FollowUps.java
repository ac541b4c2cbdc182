package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <li>it names another guide's role ("and for mobile leads?"): that guide, in the last question's section unless
 * the follow-up asks about a topic of its own;</li>
 * <li>it asks about a topic of its own ("and the pay?", "what do they struggle with?"): the section the search finds
 * for it in the last question's guide;</li>
 * <li>otherwise ("more", "give me an example", "which of those first?", "and at senior level?"): the last question's
 * section again.</li>
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
     * Words that ask about one kind of section (pay, skills, struggles, growing, hiring, the path, duties, first
     * moves), stems matched at the start of a word: a follow-up with one has a topic of its own.
     */
    private static final List<String> TOPICS = List.of("pay", "paid", "salar", "earn", "bonus", "money",
            "compensat", "demand", "skill", "learn", "know", "good at", "strugg", "gap", "lack", "missing", "weak",
            "fix", "close", "improv", "practi", "grow", "develop", "get better", "hire", "hiring", "compan",
            "industr", "employer", "work", "career", "path", "promot", "lead to", "take me", "responsib",
            "day to day", "duties", "do all day", "own", "start", "prepare", "interview", "first step", "next step",
            "overview", "what is");

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
        Answer alone = searcher.search(message, Optional.of(before.guideId()), limit);
        String guide = alone.best().map(Hit::guideId).orElse(before.guideId());
        if (alone.answered() && hasTopic(message)) {
            return new Resolved(alone, true);
        }
        return new Resolved(sectionOf(message, alone, guide, before.sectionId(), limit), true);
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
            return true;
        }
        return words.stream().anyMatch(POINTING_BACK::contains)
                || CONTINUING.stream().anyMatch(text::startsWith);
    }

    /** Whether the message asks about a kind of section itself. */
    static boolean hasTopic(String message) {
        String text = " " + normalised(message);
        return TOPICS.stream().anyMatch(topic -> text.contains(" " + topic));
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

    /** A section's first sentence or item, as a snippet for a section the search did not rank. */
    private static String opening(Section section) {
        String text = section.text() == null || section.text().isBlank()
                ? section.allItems().stream().findFirst().map(i -> i.details().isBlank() ? i.name() : i.name() + ": " + i.details()).orElse(section.title())
                : section.text().strip();
        int end = text.indexOf(". ");
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return first.length() > 300 ? first.substring(0, 299) + "…" : first;
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
