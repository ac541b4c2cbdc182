package careercoach.content;

import java.time.Instant;
import java.util.List;

/** Where asked questions and 👎 votes are kept for the authors' report. */
public interface QuestionLog {

    /** Records a question; recording the same answer id again changes nothing (a redelivered event). */
    void record(AskedQuestion question);

    /** Questions asked at or after {@code since}, oldest first. */
    List<AskedQuestion> askedSince(Instant since);

    /** 👎 votes cast at or after {@code since}, with the question each answered when its text was kept. */
    List<UnhelpfulVote> unhelpfulSince(Instant since);

    /** Deletes questions and votes older than {@code cutoff}; returns how many rows went. */
    int purgeBefore(Instant cutoff);

    /** Deletes the text of every question kept (recording it was switched off); returns how many lost it. */
    int deleteText();
}
