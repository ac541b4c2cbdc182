package careercoach.coach;

import java.util.Optional;

/** Plans people saved from a skill check or a steps walk; the checklist feature shows the latest. */
public interface SavedPlans {

    void save(Plan plan);

    /** The user's most recently saved plan. */
    Optional<Plan> latest(String teamId, String userId);
}
