package careercoach.store;

import careercoach.content.AskedQuestion;
import careercoach.content.Outcome;
import careercoach.content.QuestionLog;
import careercoach.content.UnhelpfulVote;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Asked questions for the authors' report, keyed by answer id and holding no user id; 👎 votes are read from
 * {@code answer_feedback} (which keeps the voter only to count one vote per person, and forgets it on forget-me).
 */
public final class JdbcQuestionLog implements QuestionLog {
    private final Jdbc jdbc;

    public JdbcQuestionLog(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public void record(AskedQuestion q) {
        jdbc.insertIfAbsent("""
                        INSERT INTO asked_question (answer_id, guide_id, section_id, outcome, question, asked_at)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                q.answerId(), q.guideId(), q.sectionId().orElse(null), q.outcome().name(), q.text().orElse(null),
                OffsetDateTime.ofInstant(q.askedAt(), ZoneOffset.UTC));
    }

    @Override
    public List<AskedQuestion> askedSince(Instant since) {
        return jdbc.query("""
                        SELECT answer_id, guide_id, section_id, outcome, question, asked_at FROM asked_question
                        WHERE asked_at >= ? ORDER BY asked_at, answer_id""",
                row -> new AskedQuestion(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3)),
                        Outcome.valueOf(row.getString(4)), Optional.ofNullable(row.getString(5)),
                        row.getObject(6, OffsetDateTime.class).toInstant()),
                OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @Override
    public List<UnhelpfulVote> unhelpfulSince(Instant since) {
        return jdbc.query("""
                        SELECT f.answer_id, f.guide_id, f.section_id, f.voted_at, q.question
                        FROM answer_feedback f LEFT JOIN asked_question q ON q.answer_id = f.answer_id
                        WHERE f.helpful = FALSE AND f.voted_at >= ? ORDER BY f.voted_at, f.answer_id""",
                row -> new UnhelpfulVote(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant(), Optional.ofNullable(row.getString(5))),
                OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        return jdbc.update("DELETE FROM asked_question WHERE asked_at < ?", before)
                + jdbc.update("DELETE FROM answer_feedback WHERE voted_at < ?", before);
    }
}
