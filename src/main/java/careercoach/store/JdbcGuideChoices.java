package careercoach.store;

import careercoach.guide.GuideChoices;
import careercoach.privacy.PersonalData;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** The role (guide) each user chose, one row per user. */
public final class JdbcGuideChoices implements GuideChoices, PersonalData {
    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcGuideChoices(Database database, Clock clock) {
        this.jdbc = new Jdbc(database.dataSource());
        this.clock = clock;
    }

    @Override
    public Optional<String> chosenGuide(String teamId, String userId) {
        return jdbc.queryOne("SELECT guide_id FROM guide_choice WHERE team_id = ? AND user_id = ?",
                row -> row.getString(1), teamId, userId);
    }

    @Override
    public void choose(String teamId, String userId, String guideId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.upsert("UPDATE guide_choice SET guide_id = ?, chosen_at = ? WHERE team_id = ? AND user_id = ?",
                new Object[] {guideId, now, teamId, userId},
                "INSERT INTO guide_choice (team_id, user_id, guide_id, chosen_at) VALUES (?, ?, ?, ?)",
                new Object[] {teamId, userId, guideId, now});
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        int deleted = jdbc.update("DELETE FROM guide_choice WHERE team_id = ? AND user_id = ?", teamId, userId);
        return Map.of("role choice", deleted);
    }
}
