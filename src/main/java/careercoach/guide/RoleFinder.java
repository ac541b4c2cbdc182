package careercoach.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a role named by a person ("SRE lead", "backend lead") or listed in career progression meets the guides:
 * the guide for it, or the closest roles that have a guide. The one seam between a role's name and the library for
 * {@code /career role}, {@code compare}, {@code check} and the typeahead: {@link RoleGuideMatcher} decides equal
 * names (aliases and initials included); a {@link RoleReader} (the question router's, {@code search.RoleReading})
 * says which guide's role it is, or that no guide has it, as a question naming it is read; {@link RoleWords} reads
 * a role the reader leaves open by its words (compounds, a word a letter off).
 */
public final class RoleFinder {
    private static final int CLOSEST = 3;
    /** More words than any role's name has. */
    private static final int MAX_NAME_WORDS = 12;
    /** Words a name's initials skip ("VP of Data"). */
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "a", "an", "or", "for", "in");

    /** A role that comes next after a guide's role, with its own guide when it has one. */
    public record NextRole(Item role, String groupTitle, Optional<Guide> guide) {
    }

    /**
     * The guide a role name found, or, when none, the closest roles that exist (best first); {@code roleWithNoGuide}
     * when what was typed is a role by itself that no guide has (a chief's initials: "CISO"), as a question reads it,
     * not a name that matched nothing; {@code sharedBy} how many of the closest, first, are guides the name fits
     * alike (an alias or title several guides answer to), 0 when it fits no two.
     */
    public record Found(Optional<Guide> guide, List<Guide> closest, boolean roleWithNoGuide, int sharedBy) {
        public Found {
            closest = List.copyOf(closest);
            sharedBy = Math.min(sharedBy, closest.size());
        }

        public Found(Optional<Guide> guide, List<Guide> closest, boolean roleWithNoGuide) {
            this(guide, closest, roleWithNoGuide, 0);
        }

        public Found(Optional<Guide> guide, List<Guide> closest) {
            this(guide, closest, false);
        }

        /** The guides the name fits alike, when it fits several: the ones it may mean, none chosen of them. */
        public List<Guide> sharing() {
            return sharedBy < 2 ? List.of() : closest.subList(0, sharedBy);
        }
    }

    private record Scored(Guide guide, double score) {
    }

    private final List<Guide> guides;
    private final RoleGuideMatcher matcher;
    /** How a question naming the role typed reads it: it decides, where it names one role or a role no guide has. */
    private final RoleReader reader;
    /** Each guide's names as their words (title, aliases, id, initials), by guide id. */
    private final Map<String, List<List<String>>> sayings = new java.util.HashMap<>();

    /** A finder that reads a typed role by its words alone. */
    public RoleFinder(Collection<Guide> guides) {
        this(guides, RoleReader.NONE);
    }

    /**
     * @param reader how a question naming the role typed is read ({@code search.RoleReading}): what it says a
     *               role is, a guide's or none's, is what this finds; it reads a role by its words only where the
     *               reader names no one role
     */
    public RoleFinder(Collection<Guide> guides, RoleReader reader) {
        this.guides = List.copyOf(guides);
        this.reader = reader;
        this.matcher = new RoleGuideMatcher(guides);
        Map<String, List<RoleInitials.ShortName>> initials = RoleInitials.of(guides);
        for (Guide guide : guides) {
            List<String> names = new ArrayList<>(guide.names());
            names.add(guide.id() == null ? "" : guide.id());
            initials.getOrDefault(guide.id(), List.of()).forEach(form -> names.add(form.name()));
            sayings.put(guide.id(), names.stream().map(RoleFinder::words).filter(w -> !w.isEmpty())
                    .map(w -> (List<String>) new ArrayList<>(w)).toList());
        }
    }

    /**
     * The guide for a role a person typed: a guide id, a guide whose name says the same ({@link RoleGuideMatcher}),
     * else what the reader says (a role no guide has; the guide a question naming it is answered from, unless the
     * words typed fit several guides alike), else the one guide whose name holds every word typed ("SRE lead" finds "Site Reliability Engineering (SRE)
     * Lead"). When none or several fit, the closest roles instead.
     */
    public Found find(String roleName) {
        // Read as search reads a question: full-width letters ("ＳＲＥ ｌｅａｄ") are the letters they show.
        String typed = roleName == null ? "" : java.text.Normalizer.normalize(roleName, java.text.Normalizer.Form.NFKC)
                .strip();
        if (typed.isEmpty()) {
            return new Found(Optional.empty(), List.of());
        }
        Optional<Guide> byId = guides.stream().filter(g -> typed.equals(g.id())).findFirst();
        if (byId.isPresent()) {
            return new Found(byId, List.of());
        }
        Optional<Guide> byName = matcher.guideFor(typed);
        if (byName.isPresent()) {
            return new Found(byName, List.of());
        }
        Set<String> wanted = words(typed);
        List<Guide> holdingAll = guides.stream().filter(g -> names(g).containsAll(wanted)).toList();
        List<Guide> saidSo = holdingAll.size() == 1 ? holdingAll : holdingSaid(typed);
        RoleReader.Reading read = reader.read(typed);
        if (read.noGuide()) {
            // A role no guide has, as a question naming it is told ("engineering manager" where the only manager
            // is a Site Reliability Engineering Manager): said so, with the closest roles, though some guide's
            // name holds every word typed.
            return new Found(Optional.empty(), read.closest().stream().map(this::byId).flatMap(Optional::stream)
                    .toList(), true);
        }
        Optional<Guide> named = read.guide().flatMap(this::byId);
        // The guide a question naming the role is answered from, unless the words typed fit several guides alike
        // ("data lead" beside a data engineering and a data science lead): the closest roles are offered instead.
        List<Guide> alike = holdingAll.size() > 1 ? holdingAll : saidSo;
        if (named.isPresent() && (alike.size() < 2 || !alike.contains(named.get()))) {
            return new Found(named, List.of());
        }
        if (holdingAll.size() == 1) {
            return new Found(Optional.of(holdingAll.get(0)), List.of());
        }
        if (saidSo.size() == 1) {
            return new Found(Optional.of(saidSo.get(0)), List.of());
        }
        if (wanted.size() <= MAX_NAME_WORDS && wanted.stream().anyMatch(RoleWords::chiefInitials)) {
            // A chief's role no guide is named by ("ciso", "cto"), as a question reads it: the roles that lead
            // to it are the closest, then those that share its words.
            List<Guide> closest = new ArrayList<>(leadingTo(typed));
            closest(typed).stream().filter(g -> !closest.contains(g)).forEach(closest::add);
            return new Found(Optional.empty(), closest.stream().limit(CLOSEST).toList(), true);
        }
        if (alike.size() > 1) {
            // The words fit several guides alike, by any of their names ("tech lead", an alias two guides share):
            // those guides are the closest, before the ones whose titles merely share a word with it.
            List<Guide> closest = new ArrayList<>(alike);
            closest(typed).stream().filter(g -> !closest.contains(g)).forEach(closest::add);
            return new Found(Optional.empty(), closest.stream().limit(Math.max(CLOSEST, alike.size())).toList(),
                    false, alike.size());
        }
        return new Found(Optional.empty(), closest(typed));
    }

    /**
     * The guides whose career progression lists a role ("CISO" where the AppSec lead leads): the roles one step
     * before it, the closest to it that have a guide. An entry lists it when its name holds every word of the role
     * ("CTO" in "CTO/VP Engineering") or its words' initials are the role's one word ("Chief Data Officer": "cdo").
     */
    public List<Guide> leadingTo(String roleName) {
        Set<String> wanted = words(roleName == null ? "" : java.text.Normalizer.normalize(roleName,
                java.text.Normalizer.Form.NFKC));
        if (wanted.isEmpty() || wanted.size() > MAX_NAME_WORDS) {
            return List.of();
        }
        return guides.stream().filter(g -> nextRoles(g).stream().map(r -> words(r.role().name()))
                .anyMatch(name -> name.containsAll(wanted)
                        || wanted.size() == 1 && wanted.contains(initials(name)))).toList();
    }

    /** The first letters of a name's words but the small ones ("Chief Data Officer": "cdo"; "VP of Data": "vd"). */
    private static String initials(Set<String> name) {
        StringBuilder letters = new StringBuilder();
        name.stream().filter(w -> !SMALL_WORDS.contains(w)).forEach(w -> letters.append(w.charAt(0)));
        return letters.toString();
    }

    /**
     * The guides whose names (title, aliases, id and the initials they give: "ML Platform Lead") hold every word
     * typed, read as people say roles ({@link RoleWords}): compounds joined or split as the names write them
     * ("front-end lead"), a word a letter off a name's word taken for it ("fronted lead"), a short plural for the
     * name's word it starts ("live ops": "Live Operations").
     */
    private List<Guide> holdingSaid(String typed) {
        List<String> said = new ArrayList<>(words(typed));
        if (said.isEmpty() || said.size() > MAX_NAME_WORDS) {
            return List.of();
        }
        List<List<String>> allNames = new ArrayList<>();
        sayings.values().forEach(allNames::addAll);
        Set<String> vocabulary = new LinkedHashSet<>();
        allNames.forEach(vocabulary::addAll);
        List<String> read = new ArrayList<>();
        List<String> compounds = RoleWords.compounds(said, allNames);
        for (int k = 0; k < compounds.size(); k++) {
            String w = compounds.get(k);
            String near = vocabulary.contains(w) ? w
                    : RoleWords.nearMiss(w, vocabulary).or(() -> shortPlural(w, vocabulary)).orElse(w);
            // The person of a field before the head is the field, as the question router reads it: "data
            // scientist manager" is a data science manager.
            read.add(k + 1 < compounds.size() && !vocabulary.contains(near) ? field(near, vocabulary) : near);
        }
        return guides.stream().filter(g -> sayings.get(g.id()).stream().flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()).containsAll(read)).toList();
    }

    /**
     * The one plural word of the names a short plural stands for: its letters but the last start it ("ops":
     * "operations"), else none.
     */
    private static Optional<String> shortPlural(String word, Set<String> vocabulary) {
        if (word.length() < 3 || !word.endsWith("s")) {
            return Optional.empty();
        }
        String stem = word.substring(0, word.length() - 1);
        List<String> longer = vocabulary.stream().filter(v -> v.length() > word.length() && v.endsWith("s")
                && v.startsWith(stem)).toList();
        return longer.size() == 1 ? Optional.of(longer.get(0)) : Optional.empty();
    }

    /** The one word of the names sharing a word's first five letters ("scientist": "science"), else the word. */
    private static String field(String word, Set<String> vocabulary) {
        if (word.length() < 6) {
            return word;
        }
        List<String> fields = vocabulary.stream().filter(v -> v.length() > 5 && v.startsWith(word.substring(0, 5)))
                .toList();
        return fields.size() == 1 ? fields.get(0) : word;
    }

    /**
     * The guides nearest to a name that found none, best first: the words they share, then the words typed that
     * are a misspelling of one of theirs (most letter pairs alike: "secuirty" is "security"; "astronaut" shares a
     * few pairs with "automation" and is no misspelling of it).
     */
    public List<Guide> closest(String roleName) {
        // A role's name has a few words: a longer text is read up to its first few, which costs no time however long.
        Set<String> wanted = words(roleName).stream().limit(MAX_NAME_WORDS)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        return guides.stream()
                .map(g -> new Scored(g, overlap(wanted, names(g)) * 2 + misspelt(wanted, names(g))))
                .filter(s -> s.score() > 0.2)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(CLOSEST)
                .map(Scored::guide)
                .toList();
    }

    /** The share of the words typed that are not among {@code names} but alike enough to one of them. */
    private static double misspelt(Set<String> typed, Set<String> names) {
        if (typed.isEmpty()) {
            return 0;
        }
        long alike = typed.stream().filter(w -> !names.contains(w))
                .filter(w -> names.stream().anyMatch(n -> RoleWords.alike(w, n))).count();
        return (double) alike / typed.size();
    }

    /** The roles career progression lists after this guide's role, each with its guide when one exists. */
    public List<NextRole> nextRoles(Guide from) {
        List<NextRole> roles = new ArrayList<>();
        from.sectionOfKind(SectionIds.CAREER_PROGRESSION).ifPresent(section -> {
            section.items().forEach(item -> roles.add(new NextRole(item, "", guideOf(from, item))));
            for (Group group : section.groups()) {
                group.items().forEach(item -> roles.add(new NextRole(item, group.title(), guideOf(from, item))));
            }
        });
        return roles;
    }

    /** The guide a career-progression role leads to: its {@code guide:} link, else the guide named like it. */
    public Optional<Guide> guideOf(Guide from, Item role) {
        if (!role.guide().isEmpty()) {
            return guides.stream().filter(g -> g.id().equals(role.guide())).findFirst();
        }
        if (role.name().isEmpty()) {
            return Optional.empty();
        }
        return matcher.guideFor(role.label()).or(() -> matcher.guideFor(role.name()))
                .filter(g -> !g.id().equals(from.id()));
    }

    private Optional<Guide> byId(String id) {
        return guides.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    private static String nameKey(Guide guide) {
        return RoleGuideMatcher.fullKey((guide.title() == null ? "" : guide.title()) + " " + guide.id());
    }

    private static Set<String> names(Guide guide) {
        return words(nameKey(guide));
    }

    private static Set<String> words(String text) {
        String key = RoleGuideMatcher.fullKey(text);
        return key.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(key.split(" ")));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.max(a.size(), 1);
    }
}
