package careercoach.slack.checklist;

import careercoach.privacy.PersonalCache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The page of the team view each manager last turned to, in this instance's memory; forget-me drops theirs. */
final class TeamViewPages implements PersonalCache {
    private final Map<String, Integer> pages = new ConcurrentHashMap<>();

    int pageOf(String teamId, String userId) {
        return pages.getOrDefault(key(teamId, userId), 0);
    }

    void turnTo(String teamId, String userId, int page) {
        pages.put(key(teamId, userId), page);
    }

    @Override
    public void forgetCached(String teamId, String userId) {
        pages.remove(key(teamId, userId));
    }

    private static String key(String teamId, String userId) {
        return teamId + "/" + userId;
    }
}
