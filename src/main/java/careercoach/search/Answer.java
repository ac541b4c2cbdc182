package careercoach.search;

import java.util.List;
import java.util.Optional;

/**
 * The result of a question. {@code answered} is false when the bot has no confident answer; {@code reason} then
 * says why ("empty question", "outside the guides"). {@code suggestion} is a did-you-mean rewrite of the question.
 * Hits are ranked best first and present even when not answered (callers decide whether to show them).
 */
public record Answer(String query, boolean answered, String reason, Optional<String> suggestion, List<Hit> hits) {

    public Answer {
        hits = List.copyOf(hits);
    }

    public Optional<Hit> best() {
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }
}
