package careercoach.guide;

import careercoach.guide.LocatedYaml.Entry;
import careercoach.guide.LocatedYaml.Mapping;
import careercoach.guide.LocatedYaml.Node;
import careercoach.guide.LocatedYaml.Scalar;
import careercoach.guide.LocatedYaml.Sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the YAML tree of one guide file into a {@link Guide}, reporting every problem it meets instead of stopping
 * at the first, so an author can fix a file in one pass. Checks that span files (guide ids) are the loader's.
 */
final class GuideFileReader {
    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * The longest id: ids travel in Slack's option and button values (at most 150 characters), a guide's alone and
     * a section's with an item's ("section-id/item-id").
     */
    static final int MAX_ID = 64;
    private static final List<String> GUIDE_FIELDS = List.of("id", "title", "subtitle", "aliases", "draft", "sections");
    /** How {@code new-guide}'s skeleton marks every text an author has to write. */
    static final String PLACEHOLDER = "Replace:";
    private static final List<String> SECTION_FIELDS =
            List.of("id", "title", "kind", "text", "items", "groups", "keywords", "phrasings");
    private static final List<String> GROUP_FIELDS = List.of("id", "title", "text", "items");
    private static final List<String> ITEM_FIELDS =
            List.of("id", "name", "details", "text", "range", "actions", "guide");
    /** The longest name of a next step: what a form option shows of it (Slack's limit is 75). */
    static final int MAX_STEP_NAME = 60;

    /**
     * A guide read from a file, with the line of its id and its roles in career progression, for the checks that
     * span files (guide ids, links between guides).
     */
    record LocatedGuide(Guide guide, Path file, int idLine, int titleLine, int aliasesLine, List<LocatedRole> roles,
                        boolean draft, List<GuideProblem> placeholders, List<GuideProblem> kinds,
                        List<GuideProblem> warnings, List<Unnamed> unnamed) {

        /** The line that says one of the role's names: its title's, or its aliases' for an alias. */
        int lineOfName(String name) {
            return name.equals(guide.title()) ? titleLine : aliasesLine;
        }
    }

    /**
     * A section whose title and id name no kind and whose author declared none, at the line {@code validate} points
     * to: the loader may read its kind from its content ({@link SectionKindReader}) and says which.
     */
    record Unnamed(String sectionId, int line) {
    }

    /** A role listed in career progression: its item, the item's line, and the line of its {@code guide:} (or 0). */
    record LocatedRole(Item item, int line, int guideLine) {
    }

    private record ActionRef(String ref, int line) {
    }

    private final Path file;
    private final List<GuideProblem> problems;
    private final List<ActionRef> actionRefs = new ArrayList<>();
    private final List<LocatedRole> roles = new ArrayList<>();
    /** Which kind each section whose id is not a kind was given, and how: what {@code validate} tells authors. */
    private final List<GuideProblem> kinds = new ArrayList<>();
    /** Warnings about kinds: two sections of one kind (a section of none is in {@link #unnamed}). */
    private final List<GuideProblem> warnings = new ArrayList<>();
    /** Sections whose title and id name no kind: warned of by the loader, with the kind read, if any. */
    private final List<Unnamed> unnamed = new ArrayList<>();
    /** Texts that still start with {@link #PLACEHOLDER}, each as its line and (abbreviated) text. */
    private final List<GuideProblem> placeholders = new ArrayList<>();
    /** Sections of skill areas that name no actions: a warning once the guide is otherwise sound. */
    private final List<GuideProblem> withoutActions = new ArrayList<>();

    GuideFileReader(Path file, List<GuideProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Optional<LocatedGuide> read(Node root) {
        int problemsBefore = problems.size();
        if (!(root instanceof Mapping guideMap)) {
            problem(root.line(), "a guide file must be a mapping with id, title and sections");
            return Optional.empty();
        }
        Map<String, Node> fields = fields(guideMap, GUIDE_FIELDS, "guide");
        String id = id(guideMap, fields, "guide");
        checkIdMatchesFileName(id, fields);
        String title = title(guideMap, fields, "guide");
        String subtitle = text(fields, "subtitle");
        List<String> aliases = aliases(fields, title);
        List<Section> sections = sections(guideMap, fields);
        boolean draft = draft(fields);
        Guide guide = new Guide(id, title, subtitle, aliases, sections);
        resolveActions(guide);
        if (!draft) {
            placeholders.forEach(p -> problem(p.line(), "\"" + p.message() + "\" is a placeholder from new-guide:"
                    + " write the real text or delete it (a guide with placeholders is not served; mark it"
                    + " 'draft: true' until it is ready)"));
        }
        if (problems.size() == problemsBefore) {
            warnings.addAll(withoutActions);
        }
        int titleLine = lineOf(fields, "title", guideMap);
        int aliasesLine = fields.containsKey("aliases") ? fields.get("aliases").line() : titleLine;
        return Optional.of(new LocatedGuide(guide, file, lineOf(fields, "id", guideMap), titleLine, aliasesLine,
                List.copyOf(roles), draft,
                placeholders.stream().map(p -> GuideProblem.warning(file, p.line(), "draft, not served: replace \""
                        + p.message() + "\" with the real text, or delete it")).toList(), List.copyOf(kinds),
                List.copyOf(warnings), List.copyOf(unnamed)));
    }

    /**
     * Other names people use for the role ("DE lead", "data platform lead"): each a short name with at least one
     * letter, said once, and not the title again.
     */
    private List<String> aliases(Map<String, Node> fields, String title) {
        List<String> aliases = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (title != null) {
            seen.add(RoleGuideMatcher.fullKey(title));
        }
        Node node = fields.get("aliases");
        for (String alias : strings(fields, "aliases")) {
            String key = RoleGuideMatcher.fullKey(alias);
            if (key.isEmpty() || alias.length() > 60) {
                problem(node.line(), "alias '" + abbreviated(alias) + "' must be a short role name (letters,"
                        + " at most 60 characters)");
            } else if (!seen.add(key)) {
                problem(node.line(), "alias '" + alias + "' is said twice (or is the title)");
            } else {
                aliases.add(alias.strip());
            }
        }
        return List.copyOf(aliases);
    }

    /** {@code draft: true} keeps a guide from being served; absent or {@code false}, it is served. */
    private boolean draft(Map<String, Node> fields) {
        Node node = fields.get("draft");
        if (node == null) {
            return false;
        }
        String value = node instanceof Scalar scalar ? scalar.text() : null;
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        problem(node.line(), "'draft' must be true or false");
        return false;
    }

    private void checkIdMatchesFileName(String id, Map<String, Node> fields) {
        String fileName = file.getFileName().toString();
        String expected = fileName.substring(0, fileName.length() - ".yml".length());
        if (id != null && !id.equals(expected)) {
            problem(fields.get("id").line(), "guide id '" + id + "' differs from its file name '" + fileName
                    + "': name the file " + id + ".yml or set id: " + expected);
        }
    }

    private List<Section> sections(Mapping guideMap, Map<String, Node> fields) {
        if (isAbsentOrEmpty(fields.get("sections"))) {
            problem(lineOf(fields, "sections", guideMap), "guide has no sections");
        }
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Section> seenKinds = new HashMap<>();
        for (Node node : sequence(fields, "sections")) {
            if (node instanceof Mapping sectionMap) {
                Section section = section(sectionMap, seenIds);
                sections.add(section);
                section.kind().ifPresent(kind -> {
                    Section first = seenKinds.putIfAbsent(kind, section);
                    // The same id twice is already a problem of its own.
                    if (first != null && !Objects.equals(first.id(), section.id())) {
                        warnings.add(GuideProblem.warning(file, sectionMap.line(), "section '" + orBlank(section.id())
                                + "' is of kind " + kind + " like section '" + orBlank(first.id()) + "' before it:"
                                + " commands about " + kind + " show the first one only"));
                    }
                });
            } else {
                problem(node.line(), "a section must be a mapping with id and title");
            }
        }
        return sections;
    }

    private Section section(Mapping sectionMap, Map<String, Integer> seenIds) {
        Map<String, Node> fields = fields(sectionMap, SECTION_FIELDS, "section");
        String id = id(sectionMap, fields, "section");
        if (id != null) {
            int line = fields.get("id").line();
            Integer first = seenIds.putIfAbsent(id, line);
            if (first != null) {
                problem(line, "duplicate section id '" + id + "' (first at line " + first + ")");
            }
        }
        String title = title(sectionMap, fields, "section '" + orBlank(id) + "'");
        Optional<String> kind = kind(sectionMap, fields, id, title);
        String text = text(fields, "text");
        Map<String, Integer> idsInSection = new HashMap<>();
        List<Item> items = items(sequence(fields, "items"), idsInSection, kind);
        List<Group> groups = new ArrayList<>();
        for (Node node : sequence(fields, "groups")) {
            if (node instanceof Mapping groupMap) {
                groups.add(group(groupMap, idsInSection, kind));
            } else {
                problem(node.line(), "a group must be a mapping with id and title");
            }
        }
        List<String> keywords = strings(fields, "keywords");
        List<String> phrasings = strings(fields, "phrasings");
        boolean hasContent = !isBlank(text) || !items.isEmpty()
                || groups.stream().anyMatch(g -> !g.text().isBlank() || !g.items().isEmpty());
        if (!hasContent) {
            problem(sectionMap.line(), "section '" + orBlank(id) + "' is empty: give it text, items or a group with content");
        }
        boolean skillAreas = kind.filter(k -> k.equals(SectionIds.SKILL_GAPS) || k.equals(SectionIds.TOP_SKILLS))
                .isPresent();
        List<String> stepless = !skillAreas ? List.of() : Stream.concat(items.stream(),
                groups.stream().flatMap(g -> g.items().stream())).filter(i -> i.actions().isEmpty())
                .map(Item::id).toList();
        if (!stepless.isEmpty()) {
            // One line for the section, not one per area: an imported ladder has none anywhere.
            withoutActions.add(GuideProblem.warning(file, sectionMap.line(), "section '" + orBlank(id) + "': "
                    + (stepless.size() == 1 ? "1 skill area names" : stepless.size() + " skill areas name")
                    + " no actions (" + String.join(", ", stepless.stream().limit(5).toList())
                    + (stepless.size() > 5 ? ", …" : "") + "): a skill check that finds "
                    + (stepless.size() == 1 ? "it a gap" : "them gaps") + " gives a plan with no steps for "
                    + (stepless.size() == 1 ? "it" : "them") + "; list in each area's 'actions' the next steps or"
                    + " development suggestions that build it"));
        }
        return new Section(id, title, text, items, groups, keywords, phrasings, kind);
    }

    /**
     * The section's kind: its id when that is a standard kind; else the {@code kind:} its author declared; else the
     * kind its title or id names ({@link SectionKinds#inferred}); else none for now: the loader may read one from the
     * section's content ({@link SectionKindReader}), and warns of it either way ({@link #unnamed}). Every
     * other section whose id is not a kind is noted with the kind it was given, for {@code validate} to say.
     */
    private Optional<String> kind(Mapping sectionMap, Map<String, Node> fields, String id, String title) {
        String declared = text(fields, "kind");
        Node node = fields.get("kind");
        if (declared != null && !SectionKinds.isKind(declared)) {
            problem(node.line(), "unknown kind '" + declared + "' for section '" + orBlank(id) + "' (allowed: "
                    + String.join(", ", SectionIds.ALL) + "; or no 'kind' for a section of none)");
            declared = null;
        }
        if (SectionKinds.isKind(id)) {
            if (declared != null && !declared.equals(id)) {
                problem(node.line(), "section '" + id + "' is of kind " + id + " by its id: remove 'kind: "
                        + declared + "', or give the section another id");
            }
            return Optional.of(id);
        }
        int line = node != null ? node.line() : lineOf(fields, "id", sectionMap);
        if (declared != null) {
            kinds.add(new GuideProblem(file, line, "section '" + orBlank(id) + "' is of kind " + declared
                    + " (declared)"));
            return Optional.of(declared);
        }
        Optional<String> inferred = SectionKinds.inferred(id, title);
        if (inferred.isPresent()) {
            kinds.add(new GuideProblem(file, line, "section '" + orBlank(id) + "' is of kind " + inferred.get()
                    + " (inferred from its " + (SectionKinds.of(title).isPresent() ? "title" : "id")
                    + "; declare 'kind:' if it is another)"));
        } else if (id != null && node == null) {
            unnamed.add(new Unnamed(id, line));
        }
        return inferred;
    }

    /**
     * What {@code validate} says of a section whose title and id name no kind, in one warning: the kind read from
     * its content ({@code read}), or none, and what the author can do about it.
     */
    static GuideProblem unnamed(Path file, Unnamed section, Optional<String> read) {
        String id = section.sectionId();
        if (read.isPresent()) {
            String kind = read.get();
            return GuideProblem.warning(file, section.line(), "section '" + id + "' is of kind " + kind
                    + " (read from its content: its title and id name no kind): commands show it as the guide's "
                    + kind.replace('-', ' ') + ", and questions about " + kind.replace('-', ' ')
                    + " are answered from it. If that is right, declare 'kind: " + kind + "' (or title it as"
                    + " guides do: " + SectionKinds.headings(kind) + "); if not, declare its kind");
        }
        // One line a person reads: the headings of every kind are in the README, not here.
        return GuideProblem.warning(file, section.line(), "section '" + id + "' is of no kind: no command shows it,"
                + " and questions find it by its words and meaning alone. Title it as"
                + " guides do ('What you'll do', 'Where it leads'...: index-data/README.md) or declare 'kind:'");
    }

    private Group group(Mapping groupMap, Map<String, Integer> idsInSection, Optional<String> kind) {
        Map<String, Node> fields = fields(groupMap, GROUP_FIELDS, "group");
        String id = id(groupMap, fields, "group");
        checkUniqueInSection(id, fields, idsInSection);
        String title = title(groupMap, fields, "group '" + orBlank(id) + "'");
        String text = text(fields, "text");
        List<Item> items = items(sequence(fields, "items"), idsInSection, kind);
        if (isBlank(text) && items.isEmpty()) {
            problem(groupMap.line(), "group '" + orBlank(id) + "' is empty: give it text or items");
        }
        return new Group(id, title, text, items);
    }

    private List<Item> items(List<Node> nodes, Map<String, Integer> idsInSection, Optional<String> kind) {
        boolean nextSteps = kind.filter(SectionIds.NEXT_STEPS::equals).isPresent();
        boolean progression = kind.filter(SectionIds.CAREER_PROGRESSION::equals).isPresent();
        List<Item> items = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Mapping itemMap)) {
                problem(node.line(), "an item must be a mapping with an id and a name or text");
                continue;
            }
            Map<String, Node> fields = fields(itemMap, ITEM_FIELDS, "item");
            String id = id(itemMap, fields, "item");
            checkUniqueInSection(id, fields, idsInSection);
            String name = text(fields, "name");
            String details = text(fields, "details");
            String text = text(fields, "text");
            if (isBlank(name) && isBlank(text)) {
                problem(itemMap.line(), "item '" + orBlank(id) + "' has neither name nor text");
            } else if (isBlank(name) && !isBlank(details)) {
                problem(fields.get("details").line(), "item '" + orBlank(id) + "' has details but no name");
            }
            // A next step's name is what a checklist form shows where Slack limits an option's text.
            if (nextSteps && name != null && name.strip().length() > MAX_STEP_NAME) {
                problem(fields.get("name").line(), "next step '" + orBlank(id) + "' has a name of "
                        + name.strip().length() + " characters: keep it to " + MAX_STEP_NAME
                        + " (the whole sentence goes in 'text')");
            }
            List<String> actions = new ArrayList<>();
            for (Node action : sequence(fields, "actions")) {
                String ref = scalarText(action, "an action");
                if (isBlank(ref) && action instanceof Scalar) {
                    problem(action.line(), "blank entry in 'actions'");
                } else if (ref != null) {
                    actions.add(ref);
                    actionRefs.add(new ActionRef(ref, action.line()));
                }
            }
            String guide = guideLink(fields, id, progression);
            Item item = new Item(id, name, details, text, text(fields, "range"), actions, guide);
            items.add(item);
            if (progression) {
                int guideLine = fields.containsKey("guide") ? fields.get("guide").line() : 0;
                roles.add(new LocatedRole(item, itemMap.line(), guideLine));
            }
        }
        return items;
    }

    /**
     * The id of the guide a role links to; only roles in career progression link, as the path from this guide to
     * the next. Whether the guide exists is the loader's check, as it needs every file.
     */
    private String guideLink(Map<String, Node> fields, String itemId, boolean progression) {
        if (!fields.containsKey("guide")) {
            return null;
        }
        String guide = text(fields, "guide");
        int line = fields.get("guide").line();
        if (!progression) {
            problem(line, "item '" + orBlank(itemId) + "' has 'guide', but only roles in a section of kind "
                    + SectionIds.CAREER_PROGRESSION + " link to another guide");
            return null;
        }
        if (isBlank(guide) && fields.get("guide") instanceof Scalar) {
            problem(line, "item '" + orBlank(itemId) + "' has a blank 'guide': name a guide id, or remove the field");
            return null;
        }
        return guide;
    }

    /** Group and item ids share one namespace per section, as actions and checklists refer to section-id/item-id. */
    private void checkUniqueInSection(String id, Map<String, Node> fields, Map<String, Integer> idsInSection) {
        if (id == null) {
            return;
        }
        int line = fields.get("id").line();
        Integer first = idsInSection.putIfAbsent(id, line);
        if (first != null) {
            problem(line, "duplicate id '" + id + "' in this section (first at line " + first + ")");
        }
    }

    private void resolveActions(Guide guide) {
        for (ActionRef action : actionRefs) {
            String ref = action.ref();
            int slash = ref.indexOf('/');
            if (slash < 0) {
                problem(action.line(), "action '" + ref + "' must be written section-id/item-id");
            } else if (guide.section(ref.substring(0, slash)).isEmpty()) {
                problem(action.line(), "action '" + ref + "' does not resolve: this guide has no section '"
                        + ref.substring(0, slash) + "'");
            } else if (guide.item(ref).isEmpty()) {
                problem(action.line(), "action '" + ref + "' does not resolve: section '" + ref.substring(0, slash)
                        + "' has no item '" + ref.substring(slash + 1) + "'");
            }
        }
    }

    /** The mapping's fields by name; reports unknown and repeated fields. */
    private Map<String, Node> fields(Mapping map, List<String> allowed, String what) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Entry entry : map.entries()) {
            if (!allowed.contains(entry.key())) {
                problem(entry.line(), "unknown field '" + entry.key() + "' in " + what
                        + " (allowed: " + String.join(", ", allowed) + ")");
            } else if (firstLine.containsKey(entry.key())) {
                problem(entry.line(), "field '" + entry.key() + "' appears twice (first at line "
                        + firstLine.get(entry.key()) + ")");
            } else {
                firstLine.put(entry.key(), entry.line());
                fields.put(entry.key(), entry.value());
            }
        }
        return fields;
    }

    /** The id, checked for presence and form; null when missing or blank (already reported). */
    private String id(Mapping map, Map<String, Node> fields, String what) {
        String id = text(fields, "id");
        if (isBlank(id)) {
            problem(lineOf(fields, "id", map), what + " has no id");
            return null;
        }
        if (!ID_FORM.matcher(id).matches()) {
            problem(fields.get("id").line(), what + " id '" + id
                    + "' is not lowercase kebab-case (letters a-z, digits and single hyphens, e.g. top-skills)");
        } else if (id.length() > MAX_ID) {
            problem(fields.get("id").line(), what + " id is " + id.length() + " characters long; at most " + MAX_ID
                    + " (ids travel in Slack's buttons and menus): shorten it");
        }
        return id;
    }

    private String title(Mapping map, Map<String, Node> fields, String what) {
        String title = text(fields, "title");
        if (isBlank(title)) {
            problem(lineOf(fields, "title", map), what + " has no title");
        }
        return title;
    }

    /** A text field's value, trimmed; null when absent or empty, reported when not text. */
    private String text(Map<String, Node> fields, String field) {
        Node node = fields.get(field);
        return node == null ? null : scalarText(node, "'" + field + "'");
    }

    private String scalarText(Node node, String what) {
        if (node instanceof Scalar scalar) {
            String text = scalar.text() == null ? null : scalar.text().strip();
            if (text != null && text.startsWith(PLACEHOLDER)) {
                placeholders.add(new GuideProblem(file, node.line(), abbreviated(text)));
            }
            return text;
        }
        problem(node.line(), what + " must be text, not a " + (node instanceof Sequence ? "list" : "mapping"));
        return null;
    }

    private List<Node> sequence(Map<String, Node> fields, String field) {
        Node node = fields.get(field);
        if (node == null || node instanceof Scalar scalar && scalar.text() == null) {
            return List.of();
        }
        if (node instanceof Sequence sequence) {
            return sequence.elements();
        }
        problem(node.line(), "'" + field + "' must be a list");
        return List.of();
    }

    private List<String> strings(Map<String, Node> fields, String field) {
        List<String> values = new ArrayList<>();
        for (Node node : sequence(fields, field)) {
            if (node instanceof Scalar scalar && isBlank(scalar.text())) {
                problem(node.line(), "blank entry in '" + field + "'");
                continue;
            }
            String value = scalarText(node, "an entry of '" + field + "'");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String abbreviated(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    private static boolean isAbsentOrEmpty(Node node) {
        return node == null || node instanceof Scalar scalar && scalar.text() == null
                || node instanceof Sequence sequence && sequence.elements().isEmpty();
    }

    private static int lineOf(Map<String, Node> fields, String field, Node fallback) {
        Node node = fields.get(field);
        return node == null ? fallback.line() : node.line();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String orBlank(String id) {
        return id == null ? "" : id;
    }

    private void problem(int line, String message) {
        problems.add(new GuideProblem(file, line, message));
    }
}
