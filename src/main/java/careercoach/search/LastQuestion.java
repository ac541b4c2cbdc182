package careercoach.search;

import java.time.Instant;

/**
 * The last question answered in a conversation thread, and where its answer came from: what a follow-up in the same
 * thread is read against. {@code askedAt} is when it was answered (it is forgotten an hour later).
 */
public record LastQuestion(String question, String guideId, String sectionId, Instant askedAt) {
}
