package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Item;
import careercoach.guide.RoleGuideMatcher;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.guide.SectionKinds;
import careercoach.ladder.LadderParser.GroupDraft;
import careercoach.ladder.LadderParser.ItemDraft;
import careercoach.ladder.LadderParser.SectionDraft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a career ladder written as Markdown or plain text into a guide: sections, groups and items with ids made
 * of their names, and a role in career progression linked to its guide when one of the existing guides is that
 * role ({@link RoleGuideMatcher}), unless the link would lead back to the imported guide. No Slack, no files:
 * the command line reads and writes.
 */
public final class LadderImporter {
    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Guide> existing;

    /** @param existing the guides already there, which roles of the ladder may link to */
    public LadderImporter(Collection<Guide> existing) {
        this.existing = List.copyOf(existing);
    }

    /**
     * @param source the ladder's file as the person named it: the unplaced lines point into it, the YAML's header
     *               names it (without its folder, so that the same ladder gives the same bytes from anywhere)
     * @param id     the guide id; empty to make it of the title
     * @param title  the guide's title; empty to take the ladder's first line
     * @throws LadderImportException when the ladder has no title, or nothing that goes in a guide
     */
    public ImportedLadder read(String source, List<String> lines, Optional<String> id, Optional<String> title)
            throws LadderImportException {
        LadderParser.Parsed parsed = LadderParser.parse(lines);
        String guideTitle = title.map(String::strip).filter(t -> !t.isEmpty()).orElse(parsed.title());
        if (guideTitle == null) {
            throw new LadderImportException(source + " has no title line (the role's name, first in the file): "
                    + parsed.headingFirst().map(h -> "line " + h.line() + ", '" + h.heading() + "', heads the "
                    + h.kind() + " section; give the title with --title").orElse("give one with --title"));
        }
        String guideId = id.orElse(Slugs.of(guideTitle));
        if (!ID_FORM.matcher(guideId).matches()) {
            throw new LadderImportException("cannot make a guide id of the title '" + guideTitle + "': give one"
                    + " with --id, e.g. --id frontend-lead");
        }
        if (parsed.sections().isEmpty()) {
            throw new LadderImportException(source + " has nothing a guide holds: no heading names a section of a guide"
                    + " (e.g. 'Key Responsibilities', 'Skills', 'Career Progression', 'Salary'), and no text follows"
                    + " the title");
        }
        List<String> notes = new ArrayList<>();
        parsed.headingFirst().ifPresent(h -> notes.add(source + ":" + h.line() + ": '" + h.heading() + "' is read"
                + " as the heading of the " + h.kind() + " section, not as the role's name: if it is the role's name,"
                + " delete that line (the title comes from --title)"));
        parsed.notes().forEach(n -> notes.add(source + ":" + n.line() + ": " + n.text()));
        List<Section> sections = new ArrayList<>();
        for (SectionDraft draft : parsed.sections()) {
            sections.add(section(draft, guideId, notes));
        }
        Guide guide = new Guide(guideId, guideTitle, parsed.subtitle() == null ? "" : parsed.subtitle(), sections);
        notes.addAll(missing(guide, source));
        List<LadderParser.Unread> unread = parsed.headingsNotRead();
        if (!unread.isEmpty()) {
            notes.add(source + ":" + unread.get(0).line() + ": the guide has " + sections.size() + " section"
                    + (sections.size() == 1 ? "" : "s") + ", yet " + unread.size() + " lines read like headings of"
                    + " sections it lacks and were read as entries: " + String.join(", ", unread.stream()
                    .map(u -> "line " + u.line() + " '" + u.text() + "' (" + u.kind() + ")").toList())
                    + ": if they are headings, write each alone on its line, in title case (numbered in sequence, if"
                    + " numbered), and import again");
        }
        List<UnplacedLine> unplaced = parsed.unplaced().stream()
                .map(u -> new UnplacedLine(source, u.line(), u.text(), u.reason())).toList();
        return new ImportedLadder(guide, GuideYaml.write(guide, fileName(source)), unplaced, notes, Optional.empty(),
                unread.size());
    }

    /**
     * What every role's ladder says and this guide lacks, as notes: what the person is responsible for, and what
     * they need to be good at (skills, or where people fall short). A guide may do without them, but in a ladder
     * they are seldom missing: more often a heading named them in words the import reads as no section.
     */
    private static List<String> missing(Guide guide, String source) {
        List<String> notes = new ArrayList<>();
        if (guide.section(SectionIds.KEY_RESPONSIBILITIES).isEmpty()) {
            notes.add(source + ": " + GuideLoader.NO_RESPONSIBILITIES + " (no heading was read as one), so"
                    + " /career responsibilities shows none: if the ladder says what the role does, title that"
                    + " heading as guides do (" + SectionKinds.headings(SectionIds.KEY_RESPONSIBILITIES)
                    + ") and import again");
        }
        if (guide.section(SectionIds.TOP_SKILLS).isEmpty() && guide.section(SectionIds.SKILL_GAPS).isEmpty()) {
            notes.add(source + ": " + GuideLoader.NO_SKILLS + " (no heading was read as the skills or the skill"
                    + " gaps), so a skill check has nothing to ask about: if the ladder lists what the role needs,"
                    + " title that heading as guides do (" + SectionKinds.headings(SectionIds.TOP_SKILLS)
                    + ") and import again");
        }
        return notes;
    }

    /**
     * The ladder as read by {@link #read}, imported over {@code previous}, the guide imported from it before (or
     * written by hand): each item whose text is unchanged or nearly so keeps the id it had there ({@link KeptIds}),
     * so plans, checklists and actions that name it still find it; {@link ImportedLadder#ids} says which items have
     * new ids and which are gone.
     *
     * @param source as given to {@link #read}
     */
    public ImportedLadder keepingIds(ImportedLadder imported, Guide previous, String source) {
        KeptIds.Result kept = KeptIds.keep(imported.guide(), previous);
        return new ImportedLadder(kept.guide(), GuideYaml.write(kept.guide(), fileName(source)), imported.unplaced(),
                imported.notes(), Optional.of(new ImportedLadder.Ids(kept.kept(), kept.added(), kept.moved(),
                kept.gone())), imported.headingsNotRead());
    }

    /** The file's name without its folder, so that the same ladder gives the same bytes from anywhere. */
    private static String fileName(String source) {
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    private Section section(SectionDraft draft, String guideId, List<String> notes) {
        Ids ids = new Ids();
        List<Item> items = items(draft.items, draft.id, guideId, ids, notes);
        List<Group> groups = new ArrayList<>();
        for (GroupDraft group : draft.groups) {
            String groupId = ids.next(Slugs.of(group.title), "group");
            groups.add(new Group(groupId, group.title, String.join("\n", group.text),
                    items(group.items, draft.id, guideId, ids, notes)));
        }
        return new Section(draft.id, draft.title, String.join("\n", draft.text), items, groups, List.of(), List.of());
    }

    private List<Item> items(List<ItemDraft> drafts, String sectionId, String guideId, Ids ids, List<String> notes) {
        List<Item> items = new ArrayList<>();
        for (ItemDraft draft : drafts) {
            ItemDraft d = SectionIds.CAREER_PROGRESSION.equals(sectionId) ? withGuideName(draft, guideId) : draft;
            String id = ids.next(d.name().isEmpty() ? Slugs.ofItem(d.text(), true) : Slugs.ofItem(d.name(), false),
                    "item");
            String link = SectionIds.CAREER_PROGRESSION.equals(sectionId) ? link(d.name(), guideId, notes) : "";
            items.add(new Item(id, d.name(), d.details(), d.text(), d.range(), List.of(), link));
        }
        return items;
    }

    /**
     * A role read as a name and its bracket ("Backend Engineering Lead" with "Microservices") whose name with the
     * bracket is a guide's title or alias: the bracket is part of the role's name, as that guide has it.
     */
    private ItemDraft withGuideName(ItemDraft role, String guideId) {
        if (role.details().isEmpty() || role.name().isEmpty()) {
            return role;
        }
        String whole = role.name() + " (" + role.details() + ")";
        List<Guide> others = existing.stream().filter(g -> !g.id().equals(guideId)).toList();
        return new RoleGuideMatcher(others).guidesNamed(whole).size() == 1
                ? new ItemDraft(whole, "", role.text(), role.range(), role.line()) : role;
    }

    /** The guide a role of the new guide's career progression is, when there is one and it does not lead back. */
    private String link(String role, String guideId, List<String> notes) {
        List<Guide> others = existing.stream().filter(g -> !g.id().equals(guideId)).toList();
        Optional<Guide> target = new RoleGuideMatcher(others).guideFor(role);
        if (target.isEmpty()) {
            return "";
        }
        if (leadsTo(target.get().id(), guideId, others)) {
            notes.add("role '" + role + "' is guide '" + target.get().id() + "', which leads back to this guide:"
                    + " not linked, as a career path leads onward");
            return "";
        }
        return target.get().id();
    }

    /** Whether following the {@code guide:} links of career progression from one guide reaches another. */
    private static boolean leadsTo(String from, String to, List<Guide> guides) {
        Map<String, Guide> byId = guides.stream()
                .collect(Collectors.toMap(Guide::id, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(to)) {
                return true;
            }
            if (seen.add(at) && byId.containsKey(at)) {
                byId.get(at).sectionOfKind(SectionIds.CAREER_PROGRESSION).ifPresent(s -> s.allItems().stream()
                        .map(Item::guide).filter(g -> !g.isEmpty()).forEach(queue::addLast));
            }
        }
        return false;
    }

    /** Ids unique within a section (groups and items share them), the second of a name numbered. */
    private static final class Ids {
        private final Set<String> taken = new HashSet<>();

        String next(String slug, String fallback) {
            String base = slug.isEmpty() ? fallback : slug;
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                String number = "-" + n;
                id = Slugs.shortened(base, Slugs.MAX_LENGTH - number.length()) + number;
            }
            return id;
        }
    }
}
