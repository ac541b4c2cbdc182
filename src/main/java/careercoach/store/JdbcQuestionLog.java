package careercoach.store;

import careercoach.content.AskedQuestion;
import careercoach.content.Outcome;
import careercoach.content.QuestionLog;
import careercoach.content.UnhelpfulVote;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asked questions for the authors' report, keyed by answer id, kept under the workspace's key in {@code team_id}
 * (so a removed workspace's questions go with the rest of its data) and holding no user id; 👎 votes are read from
 * {@code answer_feedback} (which keeps the voter only to count one vote per person, and forgets it on forget-me).
 */
public final class JdbcQuestionLog implements QuestionLog {
    private static final String INSERT = """
            INSERT INTO asked_question (answer_id, guide_id, section_id, outcome, question, asked_at, team_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Jdbc jdbc;
    /** On H2 the questions answered at the same time share a commit; null where commits run side by side. */
    private final GroupCommit<AskedQuestion> together;

    public JdbcQuestionLog(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
        this.together = database.kind() == Database.Kind.H2
                ? new GroupCommit<>(jdbc, "record questions", JdbcQuestionLog::insertAbsent) : null;
    }

    @Override
    public void record(AskedQuestion q) {
        if (together != null) {
            together.write(q);
        } else {
            jdbc.insertIfAbsent(INSERT, params(q));
        }
    }

    /** Inserts the questions not recorded yet (a redelivered answer id is recorded once). */
    private static void insertAbsent(Connection c, List<AskedQuestion> questions) throws SQLException {
        Set<String> seen = new HashSet<>();
        for (AskedQuestion q : questions) {
            if (seen.add(q.answerId()) && Jdbc.query(c, "SELECT 1 FROM asked_question WHERE answer_id = ?",
                    row -> true, q.answerId()).isEmpty()) {
                Jdbc.update(c, INSERT, params(q));
            }
        }
    }

    private static Object[] params(AskedQuestion q) {
        return new Object[] {q.answerId(), q.guideId(), q.sectionId().orElse(null), q.outcome().name(),
                q.text().orElse(null), OffsetDateTime.ofInstant(q.askedAt(), ZoneOffset.UTC),
                q.teamKey().orElse(null)};
    }

    @Override
    public List<AskedQuestion> askedSince(Instant since) {
        return jdbc.query("""
                        SELECT answer_id, guide_id, section_id, outcome, question, asked_at, team_id
                        FROM asked_question WHERE asked_at >= ? ORDER BY asked_at, answer_id""",
                row -> new AskedQuestion(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3)),
                        Outcome.valueOf(row.getString(4)), Optional.ofNullable(row.getString(5)),
                        row.getObject(6, OffsetDateTime.class).toInstant(), Optional.ofNullable(row.getString(7))),
                OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @Override
    public List<UnhelpfulVote> unhelpfulSince(Instant since) {
        return jdbc.query("""
                        SELECT f.answer_id, f.guide_id, f.section_id, f.voted_at, q.question, q.team_id
                        FROM answer_feedback f LEFT JOIN asked_question q ON q.answer_id = f.answer_id
                        WHERE f.helpful = FALSE AND f.voted_at >= ? ORDER BY f.voted_at, f.answer_id""",
                row -> new UnhelpfulVote(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, OffsetDateTime.class).toInstant(), Optional.ofNullable(row.getString(5)),
                        Optional.ofNullable(row.getString(6))),
                OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        return jdbc.update("DELETE FROM asked_question WHERE asked_at < ?", before)
                + jdbc.update("DELETE FROM answer_feedback WHERE voted_at < ?", before);
    }

    @Override
    public int deleteText() {
        return jdbc.update("UPDATE asked_question SET question = NULL WHERE question IS NOT NULL");
    }
}
