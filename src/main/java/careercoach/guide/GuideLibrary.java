package careercoach.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All guides loaded from index-data, by id, in a stable order (file name order). */
public final class GuideLibrary {
    private final Map<String, Guide> byId = new LinkedHashMap<>();
    private final Optional<String> configuredDefault;

    public GuideLibrary(List<Guide> guides) {
        this(guides, Optional.empty());
    }

    /** @param configuredDefault the guide named in {@code index-data/default-guide}, if any */
    public GuideLibrary(List<Guide> guides, Optional<String> configuredDefault) {
        for (Guide g : guides) {
            if (byId.putIfAbsent(g.id(), g) != null) {
                throw new IllegalArgumentException("duplicate guide id: " + g.id());
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("no guides");
        }
        configuredDefault.filter(id -> !byId.containsKey(id)).ifPresent(id -> {
            throw new IllegalArgumentException("default guide is not a guide: " + id);
        });
        this.configuredDefault = configuredDefault;
    }

    public List<Guide> guides() {
        return List.copyOf(byId.values());
    }

    public Optional<Guide> find(String guideId) {
        return Optional.ofNullable(byId.get(guideId));
    }

    /**
     * The guide a user gets until they choose one with {@code /career role}: the one named in
     * {@code index-data/default-guide}, else the first by file name.
     */
    public Guide defaultGuide() {
        return configuredDefault.map(byId::get).orElseGet(() -> byId.values().iterator().next());
    }

    /** Whether {@code index-data/default-guide} names the default guide. */
    public boolean hasConfiguredDefault() {
        return configuredDefault.isPresent();
    }
}
