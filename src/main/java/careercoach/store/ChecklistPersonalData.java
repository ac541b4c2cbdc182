package careercoach.store;

import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ForgetResult;
import careercoach.privacy.PersonalData;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checklists' part of forget-me: private checklists are deleted; in shared ones the user is replaced by a
 * placeholder and the audit log gets an entry saying so.
 */
public final class ChecklistPersonalData implements PersonalData {
    private final ChecklistRepository checklists;
    private final Clock clock;

    public ChecklistPersonalData(ChecklistRepository checklists, Clock clock) {
        this.checklists = checklists;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        ForgetResult result = checklists.forget(teamId, userId, clock.instant());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("private checklists", result.deletedPrivate());
        counts.put("shared checklists you were removed from", result.anonymisedShared());
        return counts;
    }
}
