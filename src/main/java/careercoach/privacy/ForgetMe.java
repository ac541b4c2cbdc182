package careercoach.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deletes a person's data from every store that keeps some, and sums up what went. */
public final class ForgetMe {
    private static final Logger LOG = LoggerFactory.getLogger(ForgetMe.class);
    private final List<PersonalData> stores;

    public ForgetMe(List<PersonalData> stores) {
        this.stores = List.copyOf(stores);
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
        LOG.info("forgot user data in team {}: {} kinds", teamId, deleted.size());
        return deleted;
    }
}
