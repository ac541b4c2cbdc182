package careercoach.search;

import java.util.List;
import java.util.Optional;

/**
 * The result of a question. {@code answered} is false when the bot has no confident answer; {@code reason} then
 * says why ("empty question", "outside the guides", "no guide for that role"). {@code suggestion} is a did-you-mean
 * rewrite of the question. Hits are ranked best first and present even when not answered (callers decide whether
 * to show them). {@code missingRole} is the role the question asks about when no guide covers it ("data
 * scientist"), with {@code closestGuides}, the titles of the guides for the closest roles that have one.
 */
public record Answer(String query, boolean answered, String reason, Optional<String> suggestion, List<Hit> hits,
                     Optional<String> missingRole, List<String> closestGuides) {

    /** Why a question about a role no guide covers is not answered. */
    public static final String NO_GUIDE_FOR_ROLE = "no guide for that role";
    /** Why a question longer than is searched is not answered. */
    public static final String TOO_LONG = "question too long";
    /** The longest question searched, in characters: longer ones are {@link #TOO_LONG}. */
    public static final int MAX_QUESTION_CHARS = 500;

    /**
     * Whether {@code asked} is longer than a question is searched ({@link #MAX_QUESTION_CHARS}, spaces not counted
     * twice): refused as {@link #TOO_LONG}, whatever it would otherwise be read as.
     */
    public static boolean isTooLong(String asked) {
        return Questions.tooLong(asked);
    }

    public Answer {
        hits = List.copyOf(hits);
        missingRole = missingRole == null ? Optional.empty() : missingRole;
        closestGuides = closestGuides == null ? List.of() : List.copyOf(closestGuides);
    }

    public Answer(String query, boolean answered, String reason, Optional<String> suggestion, List<Hit> hits) {
        this(query, answered, reason, suggestion, hits, Optional.empty(), List.of());
    }

    public Optional<Hit> best() {
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }
}
