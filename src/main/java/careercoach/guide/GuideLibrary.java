package careercoach.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All guides loaded from index-data, by id, in a stable order (file name order). */
public final class GuideLibrary {
    private final Map<String, Guide> byId = new LinkedHashMap<>();

    public GuideLibrary(List<Guide> guides) {
        for (Guide g : guides) {
            if (byId.putIfAbsent(g.id(), g) != null) {
                throw new IllegalArgumentException("duplicate guide id: " + g.id());
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("no guides");
        }
    }

    public List<Guide> guides() {
        return List.copyOf(byId.values());
    }

    public Optional<Guide> find(String guideId) {
        return Optional.ofNullable(byId.get(guideId));
    }

    /** The guide a user gets until they choose one with {@code /career role}: the first by file name. */
    public Guide defaultGuide() {
        return byId.values().iterator().next();
    }
}
