package careercoach.slack;

import careercoach.failure.StoreException;
import careercoach.guide.Guide;
import careercoach.guide.GuideChoices;
import careercoach.guide.GuideLibrary;
import careercoach.guide.RoleFinder;
import careercoach.search.RoleReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The guide a user reads from: the one they chose with {@code /career role}, else the library's default. */
public final class UserGuides {
    private static final Logger LOG = LoggerFactory.getLogger(UserGuides.class);
    /** The guides served now: a reload of index-data replaces them. */
    private final Supplier<GuideLibrary> library;
    private final GuideChoices choices;
    private volatile RoleFinder roles;
    private volatile GuideLibrary cachedFor;

    public UserGuides(GuideLibrary library, GuideChoices choices) {
        this(() -> library, choices);
    }

    public UserGuides(Supplier<GuideLibrary> library, GuideChoices choices) {
        this.library = library;
        this.choices = choices;
    }

    /** Reading a guide never needs the store: while it is out of reach, the default guide is read. */
    public Guide guideFor(String teamId, String userId) {
        GuideLibrary library = this.library.get();
        try {
            return choices.chosenGuide(teamId, userId).flatMap(library::find).orElseGet(library::defaultGuide);
        } catch (StoreException e) {
            LOG.warn("could not read a user's guide choice, using the default guide: {}", e.getMessage());
            return library.defaultGuide();
        }
    }

    /**
     * The guide the user chose with {@code /career role}, if they did and it is still in the library; empty for
     * someone reading the default guide without having chosen it (or while the store is out of reach).
     */
    public Optional<Guide> chosenGuide(String teamId, String userId) {
        try {
            return choices.chosenGuide(teamId, userId).flatMap(library()::find);
        } catch (StoreException e) {
            LOG.warn("could not read a user's guide choice: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The id of the guide the user chose when it is no longer served (its file removed, or now a draft): they read the
     * default guide until it is back or they choose another. Empty when they chose none, or a guide that is served.
     */
    public Optional<String> chosenGuideGone(String teamId, String userId) {
        try {
            return choices.chosenGuide(teamId, userId).filter(id -> library().find(id).isEmpty());
        } catch (StoreException e) {
            LOG.warn("could not read a user's guide choice: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The guide a user's questions are searched in: the one they chose; empty (every guide, each answer naming its
     * guide) while they have not chosen, so a question about another role's guide is not forced into the default.
     */
    public Optional<String> questionGuide(String teamId, String userId) {
        return chosenGuide(teamId, userId).map(Guide::id);
    }

    /** The guides served now; read it again for each request, as a reload replaces it. */
    public GuideLibrary library() {
        return library.get();
    }

    /** Roles named in words, and the roles that come next, over the guides served now. */
    public RoleFinder roles() {
        GuideLibrary current = library();
        RoleFinder cached = roles;
        if (cached == null || cachedFor != current) {
            // A role typed is read as a question naming it is: the two agree on its guide, or on there being none.
            cached = new RoleFinder(current.guides(), RoleReading.over(current.guides()));
            roles = cached;
            cachedFor = current;
        }
        return cached;
    }

    public GuideChoices choices() {
        return choices;
    }

    /**
     * A guide by id, by a name of its role ({@link RoleFinder#find}: its title or an alias), or by a case-insensitive
     * part of its id or title when that names exactly one guide.
     */
    public Optional<Guide> lookup(String idOrTitle) {
        GuideLibrary library = this.library.get();
        Optional<Guide> exact = library.find(idOrTitle.strip());
        if (exact.isPresent()) {
            return exact;
        }
        // A name of the role, as a question or compare would read it: its title or one of its aliases ("DE lead").
        RoleFinder.Found found = roles().find(idOrTitle);
        if (found.guide().isPresent() || found.roleWithNoGuide()) {
            // A role no guide has ("engineering manager" beside a Site Reliability Engineering Manager) is no part
            // of another guide's title.
            return found.guide();
        }
        String wanted = idOrTitle.strip().toLowerCase(Locale.ROOT);
        var matches = library.guides().stream()
                .filter(g -> g.id().contains(wanted) || g.title().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
