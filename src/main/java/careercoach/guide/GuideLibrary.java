package careercoach.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All guides loaded from index-data, by id, in a stable order (file name order). */
public final class GuideLibrary {
    private final Map<String, Guide> byId = new LinkedHashMap<>();
    private final Optional<String> configuredDefault;
    private final List<GuideProblem> warnings;

    public GuideLibrary(List<Guide> guides) {
        this(guides, Optional.empty());
    }

    /** @param configuredDefault the guide named in {@code index-data/default-guide}, if any */
    public GuideLibrary(List<Guide> guides, Optional<String> configuredDefault) {
        this(guides, configuredDefault, List.of());
    }

    /** @param warnings what {@code validate} tells authors about content that loads but is unfinished */
    public GuideLibrary(List<Guide> guides, Optional<String> configuredDefault, List<GuideProblem> warnings) {
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
        this.warnings = List.copyOf(warnings);
    }

    /** The same library (default guide, warnings) over other versions of its guides. */
    public GuideLibrary withGuides(List<Guide> guides) {
        return new GuideLibrary(guides, configuredDefault, warnings);
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

    /** Content that loads but that an author may want to finish, e.g. a role in career progression with no guide. */
    public List<GuideProblem> warnings() {
        return warnings;
    }

    /** Whether {@code index-data/default-guide} names the default guide. */
    public boolean hasConfiguredDefault() {
        return configuredDefault.isPresent();
    }
}
