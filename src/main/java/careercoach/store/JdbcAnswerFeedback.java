package careercoach.store;

import careercoach.privacy.PersonalData;
import careercoach.search.AnswerFeedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** 👍/👎 votes on answers, one per user per answer, with a tally per section for content authors. */
public final class JdbcAnswerFeedback implements AnswerFeedback, PersonalData {
    private final Jdbc jdbc;
    private final Clock clock;

    /** How a section fared: votes of users who found it helpful and of those who did not. */
    public record SectionTally(String guideId, String sectionId, int helpful, int unhelpful) {
    }

    public JdbcAnswerFeedback(Database database, Clock clock) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
    }

    @Override
    public void record(String teamId, String userId, String answerId, String guideId, String sectionId,
                       boolean helpful) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.upsert("""
                        UPDATE answer_feedback SET guide_id = ?, section_id = ?, helpful = ?, voted_at = ?
                        WHERE team_id = ? AND user_id = ? AND answer_id = ?""",
                new Object[] {guideId, sectionId, helpful, now, teamId, userId, answerId},
                """
                        INSERT INTO answer_feedback (team_id, user_id, answer_id, guide_id, section_id, helpful, voted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                new Object[] {teamId, userId, answerId, guideId, sectionId, helpful, now});
    }

    /** Votes per section, worst-rated first, so authors see what to fix. */
    public List<SectionTally> tally() {
        return jdbc.query("""
                        SELECT guide_id, section_id,
                               SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS up,
                               SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS down
                        FROM answer_feedback
                        GROUP BY guide_id, section_id
                        ORDER BY down DESC, up ASC, guide_id, section_id""",
                row -> new SectionTally(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)));
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        int deleted = jdbc.update("DELETE FROM answer_feedback WHERE team_id = ? AND user_id = ?", teamId, userId);
        return Map.of("answer votes", deleted);
    }
}
