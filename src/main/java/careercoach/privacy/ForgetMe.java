package careercoach.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Deletes a person's data from every store that keeps some, and sums up what went. */
public final class ForgetMe {
    private static final Logger LOG = LoggerFactory.getLogger(ForgetMe.class);
    private final List<PersonalData> stores;
    private final List<PersonalCache> caches = new CopyOnWriteArrayList<>();

    /** Every store that keeps something about a person; a store that is also a {@link PersonalCache} is one too. */
    public ForgetMe(List<PersonalData> stores) {
        this.stores = List.copyOf(stores);
        stores.stream().filter(PersonalCache.class::isInstance).map(PersonalCache.class::cast).forEach(caches::add);
    }

    /** Adds a cache that holds something about people (made after the stores, such as a feature's); returns it. */
    public <C extends PersonalCache> C register(C cache) {
        if (!caches.contains(cache)) {
            caches.add(cache);
        }
        return cache;
    }

    /** The caches a forget-me clears, in the order they registered. */
    public List<PersonalCache> caches() {
        return List.copyOf(caches);
    }

    /** Kinds in store order, zero counts left out, so the reply lists only what really existed. */
    public Map<String, Integer> forget(String teamId, String userId) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (PersonalData store : stores) {
            store.forget(teamId, userId).forEach((kind, count) -> {
                if (count > 0) {
                    deleted.merge(kind, count, Integer::sum);
                }
            });
        }
        caches.forEach(cache -> cache.forgetCached(teamId, userId));
        LOG.info("forgot user data in team {}: {} kinds, {} caches cleared", teamId, deleted.size(), caches.size());
        return deleted;
    }
}
