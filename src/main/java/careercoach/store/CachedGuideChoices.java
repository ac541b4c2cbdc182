package careercoach.store;

import careercoach.guide.GuideChoices;
import careercoach.privacy.PersonalCache;
import careercoach.privacy.PersonalData;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guide choices read from memory, written through to the store: every command reads the user's choice, and a
 * database query per command was a tenth of a {@code /career skills}. Only for a database this process alone
 * writes (embedded H2): with several instances on one PostgreSQL another instance's write would go unseen.
 * A choice (or its absence) is cached after the first read; {@code choose} and {@code forget} update the cache
 * after the store. Bounded: when full it starts afresh, which costs one query per user.
 */
public final class CachedGuideChoices implements GuideChoices, PersonalData, PersonalCache {
    static final int MAX_USERS = 50_000;

    private record UserKey(String teamId, String userId) {
    }

    private final GuideChoices store;
    private final PersonalData personalData;
    private final Map<UserKey, Optional<String>> choices = new ConcurrentHashMap<>();

    public <S extends GuideChoices & PersonalData> CachedGuideChoices(S store) {
        this.store = store;
        this.personalData = store;
    }

    @Override
    public Optional<String> chosenGuide(String teamId, String userId) {
        UserKey key = new UserKey(teamId, userId);
        Optional<String> known = choices.get(key);
        if (known != null) {
            return known;
        }
        // Read outside the map's lock: a store failure propagates and nothing is cached.
        Optional<String> read = store.chosenGuide(teamId, userId);
        if (choices.size() >= MAX_USERS) {
            choices.clear();
        }
        choices.putIfAbsent(key, read);
        return read;
    }

    @Override
    public void choose(String teamId, String userId, String guideId) {
        UserKey key = new UserKey(teamId, userId);
        try {
            store.choose(teamId, userId, guideId);
        } finally {
            // Whether or not the write reached the store, the next read asks the store again.
            choices.remove(key);
        }
        choices.put(key, Optional.of(guideId));
    }

    /** The team's rows were deleted from the store (its installation's data, after the retention). */
    public void forgetTeam(String teamId) {
        choices.keySet().removeIf(key -> key.teamId().equals(teamId));
    }

    @Override
    public void forgetCached(String teamId, String userId) {
        choices.remove(new UserKey(teamId, userId));
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        try {
            return personalData.forget(teamId, userId);
        } finally {
            choices.remove(new UserKey(teamId, userId));
        }
    }
}
