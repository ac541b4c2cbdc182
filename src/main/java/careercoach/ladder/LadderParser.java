package careercoach.ladder;

import careercoach.guide.SectionIds;
import careercoach.guide.SectionKinds;
import careercoach.ladder.LadderLines.Block;
import careercoach.ladder.LadderLines.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a ladder: its title and subtitle, the sections of a guide its headings name
 * ({@link SectionKinds}), the groups inside them, and each entry shaped as the section's items are (a skill's name
 * and details, a step's text, a salary level's name and range); and what it could not place.
 *
 * <p>In plain text a heading is a title-case line ("Key Responsibilities"), even one run together with the text after
 * it ("Development SuggestionsBuild experience…"), a line that in any case says only what a heading says ("Career
 * path"), or a short line in any case that names a free section and stands where a heading stands ("Who is hiring"
 * after a blank line). A heading that names a section starts it. Inside a section, a title-case line directly followed by its
 * entries heads a group when it names the section ("Often Missing Skills"), heads a list ("Transition Opportunities",
 * "Can Lead To"), or is followed by text that is not title case ("Growth Trend") — unless it and the line after it are
 * both a name with an explaining bracket, it is right under a label ("Can lead to:"), or it is a line of names
 * ("Vercel, Shopify, Airbnb"); otherwise it is an entry (a role: "Platform Engineering Lead"). A heading that names no
 * section is placed by what is under it (a label naming a section, "Can lead to:", makes it that section; numbered
 * steps are next steps, salary figures salary), or not at all. A line ending in a colon over entries (a list, or in
 * plain text the lines right under it) reads the same in both formats: short, it is a label heading a group; longer,
 * the text introducing them. In plain text, numbered headings ("1. Role Summary", "Section 3: Career Path") are read
 * as headings ({@link NumberedHeadings}); a skill's, struggle's or role's name written as a long sentence is split
 * into a name and its details at its first natural break, or noted ({@link Wording#splitLong}). When far fewer
 * sections came out than the ladder has lines reading like headings, {@link Parsed#headingsNotRead} lists them.
 */
final class LadderParser {
    /** A title is a short line: a role's name with perhaps a qualifier. */
    private static final int MAX_TITLE_WORDS = 12;
    /** A label before a colon, as "Senior Level: $150k–$190k", is a level's name, not a sentence. */
    private static final Pattern LABELLED = Pattern.compile("^(.{1,60}?)\\s*(?::|\\s[–—-])\\s+(.+)$");
    /** A known heading is short: "Development suggestions", "What you'll do", "Where this role leads". */
    private static final int MAX_KNOWN_HEADING_WORDS = 5;
    /** Words headings add to the words of their kind: "Key Responsibilities", "Who hires", "Your next steps". */
    private static final Set<String> HEADING_FILLERS = Set.of("a", "an", "and", "the", "of", "for", "to", "in",
            "on", "at", "your", "our", "their", "this", "who", "what", "how", "key", "top", "main", "core", "common",
            "recommended", "general");

    record ItemDraft(String name, String details, String text, String range, int line) {
    }

    static final class GroupDraft {
        final String title;
        final int line;
        final List<String> text = new ArrayList<>();
        final List<ItemDraft> items = new ArrayList<>();

        GroupDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        boolean isEmpty() {
            return text.isEmpty() && items.isEmpty();
        }
    }

    static final class SectionDraft {
        String id;
        String title;
        final int line;
        final int level;
        final boolean implicit;
        final List<String> text = new ArrayList<>();
        final List<ItemDraft> items = new ArrayList<>();
        final List<GroupDraft> groups = new ArrayList<>();

        SectionDraft(String id, String title, int line, int level, boolean implicit) {
            this.id = id;
            this.title = title;
            this.line = line;
            this.level = level;
            this.implicit = implicit;
        }
    }

    /** A line the import did not put in the guide, and why. */
    record Unplaced(int line, String text, String reason) {
    }

    /** Something the import decided but is unsure of, at a line of the ladder, for the author to check. */
    record Note(int line, String text) {
    }

    /**
     * @param headingFirst when the ladder has no title because its first line heads a section: that section's kind,
     *                     heading and line
     */
    record Parsed(String title, String subtitle, List<SectionDraft> sections, List<Unplaced> unplaced,
                  List<Note> notes, Optional<HeadingFirst> headingFirst, List<Unread> headingsNotRead) {
    }

    /** A line read as an entry that reads like the heading of a section of {@code kind} the guide lacks. */
    record Unread(int line, String text, String kind) {
    }

    /** The first line of a ladder read as the heading of a section of {@code kind}, not as the title. */
    record HeadingFirst(String kind, String heading, int line) {
    }

    /** A heading under which nothing is placed: its name, line and level. */
    private record Nowhere(String heading, int line, int level) {
    }

    private final List<Block> blocks;
    private final boolean markdown;
    private String title;
    private String subtitle;
    private final List<SectionDraft> sections = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private SectionDraft section;
    private GroupDraft group;
    /** The group a label line ("Can lead to:") opened: the line right under it is its first entry. */
    private GroupDraft labelGroup;
    private Nowhere nowhere;
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    private LadderParser(LadderLines.Document document, List<String> lines) {
        this.blocks = document.markdown() ? document.blocks() : NumberedHeadings.read(document.blocks(), lines);
        this.markdown = document.markdown();
        document.dropped().forEach(d -> unplaced.add(new Unplaced(d.line(), d.text(), d.reason())));
    }

    static Parsed parse(List<String> lines) {
        return new LadderParser(LadderLines.read(lines), lines).parse();
    }

    private Parsed parse() {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i == 0 && takeTitle(block)) {
                continue;
            }
            if (i == 1 && title != null && takeSubtitle(block)) {
                continue;
            }
            switch (block.kind()) {
                case HEADING -> heading(i, block);
                case TEXT -> text(i, block);
                case BULLET, NUMBERED -> entry(block, block.label(), block.text(), Source.LIST);
                case TABLE_ROW -> row(block);
            }
        }
        for (SectionDraft s : sections) {
            s.groups.removeIf(g -> {
                if (g.isEmpty()) {
                    unplaced.add(new Unplaced(g.line, g.title, "a heading with nothing under it"));
                }
                return g.isEmpty();
            });
        }
        sections.removeIf(s -> {
            boolean empty = s.text.isEmpty() && s.items.isEmpty() && s.groups.isEmpty();
            if (empty) {
                unplaced.add(new Unplaced(s.line, s.title, "a heading with nothing under it"));
            }
            return empty;
        });
        unplaced.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Optional<HeadingFirst> headingFirst = title != null || blocks.isEmpty() ? Optional.empty()
                : sections.stream().filter(s -> !s.implicit && s.line == blocks.get(0).line()).findFirst()
                .map(s -> new HeadingFirst(s.id, s.title, s.line));
        return new Parsed(title, subtitle, List.copyOf(sections), List.copyOf(unplaced), List.copyOf(notes),
                headingFirst, headingsNotRead());
    }

    /**
     * The lines read as entries that read like headings of sections the guide lacks (a title-like line naming a
     * section, not a role's name), when they are as many as the guide's sections or more, and name two kinds or more:
     * the guide then came out with far fewer sections than the ladder has headings, and its headings were most likely
     * written in a way the import does not read as headings. Empty otherwise.
     */
    private List<Unread> headingsNotRead() {
        Set<String> kinds = new HashSet<>();
        Set<Integer> headingLines = new HashSet<>();
        for (SectionDraft s : sections) {
            kinds.add(s.id);
            headingLines.add(s.line);
            s.groups.forEach(g -> headingLines.add(g.line));
        }
        List<Unread> unread = new ArrayList<>();
        for (int i = title != null ? 1 : 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Kind.HEADING || b.kind() == Kind.TABLE_ROW || b.label() != null || b.emphasised()
                    || b.pieces().size() != 1 || headingLines.contains(b.line())
                    || !NumberedHeadings.titleLike(b.text()) || Wording.isRoleName(b.text())) {
                continue;
            }
            Optional<String> kind = SectionKinds.of(b.text());
            if (kind.isPresent() && !kinds.contains(kind.get())) {
                unread.add(new Unread(b.line(), b.text(), kind.get()));
            }
        }
        long named = unread.stream().map(Unread::kind).distinct().count();
        return unread.size() >= Math.max(2, sections.size()) && named >= 2 ? List.copyOf(unread) : List.of();
    }

    private enum Source { RUN_ON, PARAGRAPH, LIST, ROW }

    private boolean takeTitle(Block block) {
        boolean oneLine = block.pieces().size() == 1 && !block.text().isEmpty();
        if (block.kind() == Kind.HEADING) {
            if (block.level() > 1 && SectionKinds.of(block.text()).isPresent()) {
                return false;
            }
            title = block.text();
            return true;
        }
        if (block.kind() == Kind.TEXT && oneLine && Wording.wordCount(block.text()) <= MAX_TITLE_WORDS
                && !block.text().matches(".*[.!?:;]$") && !clearlyHeading(block.text())) {
            title = block.text();
            return true;
        }
        return false;
    }

    /**
     * Whether the first line of a plain ladder is a section's heading rather than its title: it says only what a
     * heading says ("Responsibilities", "Career path"), or it names a section and no role. A role's name that merely
     * holds a heading's word ("Machine Learning Engineering Lead", "Head of Developer Growth") is the title.
     */
    private static boolean clearlyHeading(String line) {
        return isKnownHeading(line) || SectionKinds.of(line).isPresent() && !Wording.namesRole(line);
    }

    /**
     * The line right under the title, when it is no sentence (it ends in no stop and holds one sentence): the
     * subtitle, whatever its length ("Career ladder · Infrastructure group wiki", "Role profile, Data team - v3
     * (draft for the promotion committee)"). In plain text, not a heading: a line that says only what a heading
     * says, or a title-case line that names a section, starts it.
     */
    private boolean takeSubtitle(Block block) {
        String text = block.text();
        if (block.kind() != Kind.TEXT || block.pieces().size() != 1 || block.label() != null
                || block.emphasised() && SectionKinds.of(text).isPresent() || text.matches(".*[.!?:;]$") || Wording.sentences(text).size() > 1) {
            return false;
        }
        if (!markdown && (isKnownHeading(text) || Wording.isTitleCase(text) && (SectionKinds.of(text).isPresent()
                || block.blankBefore() && block.blankAfter()))) {
            return false; // in plain text, a title-case line that names a section or stands alone is a heading
        }
        subtitle = text;
        return true;
    }

    // ---- headings

    /** A Markdown heading: its level says whether it is a section or a group of the section above it. */
    private void heading(int i, Block block) {
        String text = block.text();
        Optional<String> kind = SectionKinds.of(text);
        if (kind.isPresent() && canStart(kind.get())) {
            startSection(kind.get(), text, block.line(), block.level());
        } else if (nowhere != null && block.level() > nowhere.level()) {
            unplaced.add(new Unplaced(block.line(), text, underNowhere()));
        } else if (section != null && nowhere == null && block.level() > section.level
                && (kind.isEmpty() || kind.get().equals(section.id))) {
            startGroup(text, block.line());
        } else {
            placeByContent(i, text, block.line(), block.level(), kind);
        }
    }

    /** A line of text: in plain text, perhaps a heading; a bold line, or a short one ending in a colon, too. */
    private void text(int i, Block block) {
        List<String> pieces = block.pieces();
        String first = pieces.get(0);
        boolean alone = pieces.size() == 1;
        boolean followed = !block.blankAfter() && i + 1 < blocks.size();
        if (markdown && block.label() == null && alone && block.emphasised() || isLabel(i)) {
            labelHeading(first.replaceAll(":$", ""), block.line());
            return;
        }
        if (block.label() == null && alone && !block.emphasised() && first.endsWith(":") && overEntries(i)
                && section != null && nowhere == null) {
            introduction(block, first);
            return;
        }
        if (!markdown && block.label() == null && (Wording.isTitleCase(first) || alone && isKnownHeading(first)
                || alone && standsAsHeading(i, block, first)) && SalaryRange.in(first).isEmpty()) {
            Optional<String> kind = SectionKinds.of(first);
            if (kind.isPresent() && canStart(kind.get()) && (isKnownHeading(first) || !Wording.isRoleName(first))) {
                startSection(kind.get(), first, block.line(), 0);
                rest(block, pieces.subList(1, pieces.size()));
                return;
            }
            if (inSection(SectionIds.SALARY_AND_DEMAND) && pieces.size() > 1
                    && SalaryRange.in(pieces.get(1)).isPresent()) {
                section(salaryItem(first, pieces.get(1), block.line()));
                rest(block, pieces.subList(2, pieces.size()));
                return;
            }
            if (alone && plainHeading(i, block, first, kind, followed)) {
                return;
            }
        }
        if (block.emphasised()) {
            labelHeading(first, block.line());
            return;
        }
        if (block.label() != null) {
            entry(block, block.label(), block.text(), markdown ? Source.PARAGRAPH : Source.RUN_ON);
            return;
        }
        if (!markdown && alone) {
            noteHeadingReadAsEntry(i, block, first);
        }
        rest(block, pieces);
    }

    /**
     * Whether a plain line in any case stands where a heading stands and reads as one: short (a heading's length),
     * one phrase with no closing stop, naming a section the guide has not yet ("Who is hiring", "Where new managers
     * struggle"), with a blank line before it or a list under it, and with something under it; not a line of names.
     * Right under a heading whose section has nothing yet, it is that section's first entry, as headings do not
     * follow each other ("Hiring and interviewing" first under "Skills").
     */
    private boolean standsAsHeading(int i, Block block, String line) {
        if (line.matches(".*[.!?;,:]$") || Wording.wordCount(line) > Wording.MAX_HEADING_WORDS
                || Wording.sentences(line).size() > 1 || Wording.names(line).size() >= 3) {
            return false;
        }
        Optional<String> kind = SectionKinds.of(line);
        boolean listUnder = !block.blankAfter() && i + 1 < blocks.size() && isList(blocks.get(i + 1));
        boolean justStarted = section != null && nowhere == null && (group != null ? group.isEmpty()
                : section.text.isEmpty() && section.items.isEmpty() && section.groups.isEmpty());
        return kind.isPresent() && canStart(kind.get()) && !Wording.isRoleName(line)
                && (block.blankBefore() || listUnder) && i + 1 < blocks.size() && !justStarted;
    }

    /**
     * Whether a line says, whatever its case, only what a section's heading says: "Career path", "Who hires", "Next
     * steps", "key responsibilities". Every word of it is a word of the kind its words name (a word the kind's
     * phrase needs, as "where it leads"), or a word headings add to one ("Key", "Top", "Who", "Your"). A line that
     * says more ("Where new live ops managers struggle", "People development") is no known heading.
     */
    static boolean isKnownHeading(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.matches(".*[.!?;,:]$") || text.matches(".*[.!?;]\\s.*")
                || Wording.wordCount(text) > MAX_KNOWN_HEADING_WORDS) {
            return false;
        }
        Optional<String> kind = SectionKinds.of(text);
        if (kind.isEmpty()) {
            return false;
        }
        List<String> words = List.of(text.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*]", " ").toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "").replace("&", " ").split("[^\\p{L}\\p{Nd}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        boolean[] covered = new boolean[words.size()];
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= Math.min(words.size(), from + 4); to++) {
                if (namesKind(words, from, to, kind.get()) && !namesKind(words, from + 1, to, kind.get())
                        && !namesKind(words, from, to - 1, kind.get())) {
                    for (int w = from; w < to; w++) {
                        covered[w] = true;
                    }
                }
            }
        }
        for (int w = 0; w < words.size(); w++) {
            if (!covered[w] && !HEADING_FILLERS.contains(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesKind(List<String> words, int from, int to, String kind) {
        return from < to && SectionKinds.of(String.join(" ", words.subList(from, to))).equals(Optional.of(kind));
    }

    /**
     * A plain line read as an entry that reads like a heading: a known heading whose section the guide has already,
     * or a line opening a paragraph, with lines under it, whose words name a section the guide does not have yet,
     * right under a heading whose section has nothing yet ("Hiring and interviewing" first under "Skills"), so the
     * import says what it did, for the author to check.
     */
    private void noteHeadingReadAsEntry(int i, Block block, String line) {
        if (section == null || nowhere != null || line.matches(".*[.!?;,:]$")
                || Wording.wordCount(line) > Wording.MAX_HEADING_WORDS) {
            return;
        }
        Optional<String> kind = SectionKinds.of(line);
        if (kind.isEmpty() || kind.get().equals(section.id)) {
            return;
        }
        String where = group != null ? "'" + group.title + "' in '" + section.title + "'" : "'" + section.title + "'";
        if (isKnownHeading(line) && !canStart(kind.get())) {
            notes.add(new Note(block.line(), "'" + line + "' reads like a heading, but the guide has a " + kind.get()
                    + " section already" + whereFrom(kind.get()) + ", so it is an entry of " + where));
        } else if (block.blankBefore() && !block.blankAfter() && i + 1 < blocks.size() && canStart(kind.get())
                && !Wording.isTitleCase(line)) {
            notes.add(new Note(block.line(), "'" + line + "' reads like a heading (" + kind.get() + ") but is not"
                    + " in title case, so it and the lines under it are entries of " + where + ": if it is a"
                    + " heading, write it in title case"));
        }
    }

    /**
     * A sentence ending in a colon over a list ("Where people new to the role most often struggle:") introduces the
     * list: it is the text of the section or group, not an entry. When it opens a section and says the list is of
     * where people struggle (it names the skill gaps, a kind still free), the section is the skill gaps:
     * "Development Areas" over the places people struggle, and a later "How to Level Up" is still the suggestions.
     * Other kinds it names do not count: "Skills you will develop here:" over skills is still the skills. Later in
     * a section, as a paragraph of its own over a list, it starts the section of any kind it names that the guide
     * has not yet, titled with its words; when the guide has that section, it stays the text, and a note says so.
     */
    private void introduction(Block block, String line) {
        String heading = line.replaceAll(":$", "").strip();
        Optional<String> kind = SectionKinds.of(heading);
        boolean opening = group == null && section.text.isEmpty() && section.items.isEmpty()
                && section.groups.isEmpty();
        if (opening && !section.implicit && kind.equals(Optional.of(SectionIds.SKILL_GAPS))
                && !kind.get().equals(section.id) && !used.contains(kind.get())) {
            used.remove(section.id);
            section.id = kind.get();
            used.add(kind.get());
        } else if (!opening && block.blankBefore() && kind.isPresent() && !kind.get().equals(section.id)) {
            if (canStart(kind.get())) {
                // a paragraph of its own after the section's entries, over a list of another kind: that section
                startSection(kind.get(), heading, block.line(), markdown ? section.level : 0);
                return;
            }
            String where = group != null ? "'" + group.title + "' in '" + section.title + "'"
                    : "'" + section.title + "'";
            notes.add(new Note(block.line(), "'" + line + "' speaks of the " + kind.get() + " section, but the guide"
                    + " has one already" + whereFrom(kind.get()) + ", so it is the text of " + where + " and the"
                    + " lines under it are its entries"));
        }
        text(line);
    }

    /**
     * Whether block j stands over entries: a list, or in plain text, where every line is an entry, the line right
     * under it. A line ending in a colon there reads the same in both formats.
     */
    private boolean overEntries(int j) {
        if (j + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(j + 1);
        return isList(next) || !markdown && !blocks.get(j).blankAfter() && next.kind() == Kind.TEXT;
    }

    /**
     * A short line ending in a colon over entries, "Can lead to:": a label that heads them, never an entry. In plain
     * text, where such a line can be nothing else, also with a blank line after it.
     */
    private boolean isLabel(int j) {
        Block b = blocks.get(j);
        if (b.kind() != Kind.TEXT || b.label() != null || b.pieces().size() != 1 || b.emphasised()) {
            return false;
        }
        String text = b.pieces().get(0);
        return text.endsWith(":") && Wording.wordCount(text) <= 4 && (overEntries(j) || !markdown);
    }

    /** A title-case line alone on its line in plain text; true when it was taken as a heading. */
    private boolean plainHeading(int i, Block block, String text, Optional<String> kind, boolean followed) {
        boolean inPlacedSection = section != null && nowhere == null;
        if (Wording.names(text).size() >= 3) {
            return false; // "Vercel, Shopify, Airbnb": a line of names is no heading
        }
        if (inPlacedSection && followed && kind.isPresent() && kind.get().equals(section.id)) {
            startGroup(text, block.line());
            return true;
        }
        if (inPlacedSection && group != null && group == labelGroup && group.isEmpty()) {
            return false; // right under "Can lead to:", the label's first entry
        }
        if (followed && hasDetails(text) && hasDetails(blocks.get(i + 1).pieces().get(0))) {
            return false; // a name with details over another: "Head of Live Games (all live titles)"
        }
        if (inPlacedSection && i + 1 < blocks.size() && Wording.readsAsListHeading(text)) {
            startGroup(text, block.line());
            return true;
        }
        if (block.blankBefore() && block.blankAfter() && i + 1 < blocks.size() && !looksLikeHeading(i + 1)) {
            placeByContent(i, text, block.line(), 0, kind);
            return true;
        }
        String next = followed ? blocks.get(i + 1).pieces().get(0) : "";
        if (inPlacedSection && followed && !Wording.isTitleCase(next) && !isKnownHeading(next) && !isLabel(i + 1)) {
            startGroup(text, block.line());
            return true;
        }
        return false;
    }

    /**
     * Whether a line is a name with the bracket that explains it, "Accessibility (screen readers, ARIA)": one such
     * line over another is an entry over the next, not the heading of a group.
     */
    private static boolean hasDetails(String line) {
        return !Wording.detailsOf(line).details().isEmpty();
    }

    /** Whether block i reads as a plain-text heading itself: headings do not follow each other. */
    private boolean looksLikeHeading(int i) {
        Block b = blocks.get(i);
        if (b.kind() == Kind.HEADING) {
            return true;
        }
        if (b.kind() != Kind.TEXT || !Wording.isTitleCase(b.pieces().get(0))
                && !(b.pieces().size() == 1 && b.label() == null && isKnownHeading(b.pieces().get(0)))) {
            return false;
        }
        Optional<String> kind = SectionKinds.of(b.pieces().get(0));
        return kind.isPresent() && canStart(kind.get()) || b.pieces().size() == 1 && b.blankAfter();
    }

    /** A bold line, or a short line ending in a colon over a list: a section when it names one, else a group. */
    private void labelHeading(String text, int line) {
        Optional<String> kind = SectionKinds.of(text);
        if (kind.isPresent() && canStart(kind.get())) {
            startSection(kind.get(), text, line, !markdown ? 0 : section == null ? 2 : section.level);
        } else if (nowhere != null) {
            unplaced.add(new Unplaced(line, text, underNowhere()));
        } else if (section != null) {
            startGroup(text, line);
            labelGroup = group;
        } else {
            entry(null, null, text, Source.PARAGRAPH, line);
        }
    }

    /**
     * A heading that names no section (or one already taken): what is under it may still say where it belongs —
     * numbered steps are the next steps, salary figures the salary — or nothing of it is placed.
     */
    private void placeByContent(int i, String heading, int line, int level, Optional<String> kind) {
        int numbered = 0;
        int salaries = 0;
        int entries = 0;
        for (int j = i + 1; j < blocks.size() && !endsSection(j, level); j++) {
            Block b = blocks.get(j);
            entries++;
            numbered += b.kind() == Kind.NUMBERED ? 1 : 0;
            salaries += SalaryRange.in(b.text()).isPresent() ? 1 : 0;
        }
        Optional<String> labelled = i + 1 < blocks.size() && !endsSection(i + 1, level)
                ? labelKind(i + 1) : Optional.empty();
        if (labelled.isPresent()) {
            startSection(labelled.get(), heading, line, level);
        } else if (numbered >= 2 && numbered * 2 > entries && canStart(SectionIds.NEXT_STEPS)) {
            startSection(SectionIds.NEXT_STEPS, heading, line, level);
        } else if (salaries >= 2 && salaries * 2 > entries && canStart(SectionIds.SALARY_AND_DEMAND)) {
            startSection(SectionIds.SALARY_AND_DEMAND, heading, line, level);
        } else if (i + 1 < blocks.size() && !endsSection(i + 1, level) && isLineOfNames(blocks.get(i + 1))
                && canStart(SectionIds.COMPANIES_HIRING)) {
            startSection(SectionIds.COMPANIES_HIRING, heading, line, level);
        } else {
            section = null;
            group = null;
            nowhere = new Nowhere(heading, line, level);
            unplaced.add(new Unplaced(line, heading, kind.isPresent()
                    ? "a second '" + kind.get() + "' section: the guide has one already, from line "
                    + sections.stream().filter(s -> s.id.equals(kind.get())).findFirst().map(s -> s.line).orElse(0)
                    : "no section of a guide is about this (" + String.join(", ", SectionIds.ALL) + ")"));
        }
    }

    /**
     * The kind a label heading names (a bold line, or a short line ending in a colon over a list: "Can lead to:"),
     * when it is free: the heading above it is then that section, and the label its first group.
     */
    private Optional<String> labelKind(int j) {
        Block b = blocks.get(j);
        if (b.kind() != Kind.TEXT || b.label() != null || b.pieces().size() != 1) {
            return Optional.empty();
        }
        if (!b.emphasised() && !isLabel(j)) {
            return Optional.empty();
        }
        return SectionKinds.of(b.pieces().get(0).replaceAll(":$", "")).filter(this::canStart);
    }

    /**
     * A line of text that lists three or more short capitalised names, "Google, Meta, OpenAI": under a heading that
     * names no section, it says the section holds the companies. A list entry naming a few things does not.
     */
    private static boolean isLineOfNames(Block b) {
        if (b.kind() != Kind.TEXT || b.label() != null || b.pieces().size() != 1 || b.emphasised()
                || SalaryRange.in(b.text()).isPresent()) {
            return false;
        }
        List<String> names = Wording.names(b.text());
        return names.size() >= 3 && names.stream().allMatch(n -> Character.isUpperCase(n.codePointAt(0))
                || Character.isDigit(n.codePointAt(0)));
    }

    private boolean endsSection(int j, int level) {
        Block b = blocks.get(j);
        if (b.kind() == Kind.HEADING) {
            return level == 0 || b.level() <= level;
        }
        return level == 0 && looksLikeHeading(j) && b.blankBefore();
    }

    private boolean canStart(String kind) {
        return !used.contains(kind) || sections.stream().anyMatch(s -> s.id.equals(kind) && s.implicit
                && s.items.isEmpty() && s.groups.isEmpty() && s == section);
    }

    private void startSection(String kind, String heading, int line, int level) {
        group = null;
        nowhere = null;
        Optional<SectionDraft> implicit = sections.stream().filter(s -> s.id.equals(kind) && s.implicit).findFirst();
        if (implicit.isPresent()) {
            section = implicit.get();
            section.title = heading;
            return;
        }
        section = new SectionDraft(kind, heading, line, level, false);
        sections.add(section);
        used.add(kind);
    }

    private void startGroup(String heading, int line) {
        Optional<String> kind = SectionKinds.of(heading);
        if (!markdown && kind.isPresent() && !kind.get().equals(section.id) && isKnownHeading(heading)) {
            notes.add(new Note(line, "'" + heading + "' reads like a heading, but the guide has a " + kind.get()
                    + " section already" + whereFrom(kind.get()) + ", so it heads a group of '" + section.title + "'"));
        } else if (kind.isEmpty() && section.implicit) {
            // Before the first section's heading, a heading of its own may be a section the import cannot name.
            notes.add(new Note(line, "'" + heading + "' names no section of a guide, so it and what is under it are"
                    + " a group of '" + section.title + "': if it is a section of its own, title it as guides do"
                    + " ('What you'll do', 'Where it leads'...: index-data/README.md) and import again"));
        }
        group = new GroupDraft(heading, line);
        section.groups.add(group);
    }

    /** Where the section of a kind the guide has already comes from: " ('Development Suggestions', line 3)". */
    private String whereFrom(String kind) {
        return sections.stream().filter(s -> s.id.equals(kind)).findFirst()
                .map(s -> " ('" + s.title + "', line " + s.line + ")").orElse("");
    }

    private String underNowhere() {
        return "under '" + nowhere.heading() + "' (line " + nowhere.line() + "), which is placed nowhere";
    }

    private boolean inSection(String kind) {
        return section != null && nowhere == null && section.id.equals(kind);
    }

    private static boolean isList(Block b) {
        return b.kind() == Kind.BULLET || b.kind() == Kind.NUMBERED || b.kind() == Kind.TABLE_ROW;
    }

    // ---- entries

    private void rest(Block block, List<String> pieces) {
        for (String piece : pieces) {
            entry(block, null, piece, markdown ? Source.PARAGRAPH : Source.RUN_ON, block.line());
        }
    }

    private void entry(Block block, String label, String text, Source source) {
        entry(block, label, text, source, block.line());
    }

    private void row(Block block) {
        List<String> cells = block.cells();
        if (inSection(SectionIds.SALARY_AND_DEMAND) && cells.size() > 1) {
            // The first cell with a figure is the level's pay, and so is each later cell that is only a figure (a
            // column per place or currency); each range keeps what its column's header says of it ("base (US)").
            List<String> ranges = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                String cell = cells.get(c);
                Optional<String> range = SalaryRange.ranges(cell);
                boolean figure = range.isPresent() && (ranges.isEmpty() || cell.equals(range.get()));
                if (figure) {
                    ranges.add(SalaryRange.qualified(range.get(), block.column(c)));
                }
                if (!figure || !cell.equals(range.get())) {
                    others.add(cell);
                }
            }
            if (!ranges.isEmpty()) {
                section(new ItemDraft(cells.get(0), "", String.join("; ", others), String.join(", ", ranges),
                        block.line()));
                return;
            }
        }
        String label = cells.size() > 1 ? cells.get(0) : null;
        String text = cells.size() > 1 ? String.join(", ", cells.subList(1, cells.size())) : cells.get(0);
        entry(block, label, text, Source.ROW, block.line());
    }

    /** Places one entry in the current section, shaped as that section's items are. */
    private void entry(Block block, String label, String text, Source source, int line) {
        if (text.isBlank() && label == null) {
            return;
        }
        boolean leadIn = block != null && block.leadIn() && label != null;
        String whole = label == null ? text : label + (leadIn ? " " : ": ") + text;
        if (nowhere != null) {
            unplaced.add(new Unplaced(line, whole, underNowhere()));
            return;
        }
        if (section == null) {
            section = new SectionDraft(SectionIds.OVERVIEW, "Overview", line, 0, true);
            sections.add(section);
            used.add(SectionIds.OVERVIEW);
        }
        boolean prose = source == Source.PARAGRAPH || source == Source.RUN_ON;
        switch (section.id) {
            case SectionIds.OVERVIEW -> {
                if (prose) {
                    text(whole);
                } else {
                    section(new ItemDraft("", "", whole, "", line));
                }
            }
            case SectionIds.KEY_RESPONSIBILITIES, SectionIds.NEXT_STEPS -> {
                if (source == Source.PARAGRAPH) {
                    text(whole);
                } else {
                    section(new ItemDraft("", "", whole, "", line));
                }
            }
            case SectionIds.DEVELOPMENT_SUGGESTIONS -> {
                if (prose) {
                    Wording.sentences(whole).forEach(s -> section(new ItemDraft("", "", s, "", line)));
                } else {
                    section(new ItemDraft("", "", whole, "", line));
                }
            }
            case SectionIds.TOP_SKILLS, SectionIds.SKILL_GAPS, SectionIds.CAREER_PROGRESSION -> {
                if (label == null && (source == Source.PARAGRAPH
                        || source == Source.RUN_ON && Wording.sentences(text).size() > 1)) {
                    // a paragraph, or in plain text a line of several sentences, is no skill's or role's name
                    text(whole);
                } else if (label != null) {
                    noteIfLong(label, line);
                    section(new ItemDraft(label, leadIn ? Wording.unbracketed(text) : text, "", "", line));
                } else {
                    Wording.NameAndDetails named = Wording.dashed(text).orElseGet(() -> Wording.detailsOf(text));
                    if (named.name().length() > Wording.MAX_NAME_CHARS) {
                        named = Wording.splitLong(text).orElse(named);
                    }
                    noteIfLong(named.name(), line);
                    section(new ItemDraft(named.name(), named.details(), "", "", line));
                }
            }
            case SectionIds.COMPANIES_HIRING -> {
                List<String> names = label == null && prose ? Wording.names(text) : List.of();
                Matcher labelled = LABELLED.matcher(text);
                if (label == null && prose && labelled.matches() && text.contains(":")
                        && Wording.wordCount(labelled.group(1)) <= 3
                        && Wording.names(labelled.group(2)).size() >= 2) {
                    // "Industries: AI labs, cloud providers, adtech": a group of names under its label
                    startGroup(labelled.group(1), line);
                    Wording.names(labelled.group(2)).forEach(n -> section(new ItemDraft(n, "", "", "", line)));
                } else if (!names.isEmpty()) {
                    names.forEach(n -> section(new ItemDraft(n, "", "", "", line)));
                } else if (label != null) {
                    section(new ItemDraft(label, text, "", "", line));
                } else if (source == Source.PARAGRAPH) {
                    text(whole);
                } else {
                    section(new ItemDraft(text, "", "", "", line));
                }
            }
            case SectionIds.SALARY_AND_DEMAND -> {
                if (SalaryRange.in(whole).isPresent()) {
                    section(label == null ? salaryItem(whole, line) : salaryItem(label, text, line));
                } else {
                    text(whole);
                }
            }
            default -> throw new IllegalStateException("no shape for section " + section.id);
        }
    }

    /**
     * A skill's, struggle's or role's name still longer than {@link Wording#MAX_NAME_CHARS} characters, with no break
     * to split it at: a note, as it shows on a button and as a heading in Slack.
     */
    private void noteIfLong(String name, int line) {
        if (name.length() > Wording.MAX_NAME_CHARS) {
            notes.add(new Note(line, "'" + name + "' is a name of " + name.length() + " characters, too long to read"
                    + " on a button or as a heading in Slack, and has no break to split it at (': ', ' — ', ', so ',"
                    + " '; '): shorten it, or write its name before a colon or a spaced dash, and import again"));
        }
    }

    /** "Senior Level: ~$200k–$280k+ base (US), plus equity": the level's name, its range, and the line as text. */
    private static ItemDraft salaryItem(String line, int at) {
        Matcher labelled = LABELLED.matcher(line);
        if (labelled.matches() && SalaryRange.in(labelled.group(1)).isEmpty()
                && Wording.wordCount(labelled.group(1)) <= Wording.MAX_NAME_WORDS) {
            return salaryItem(labelled.group(1), labelled.group(2), at);
        }
        return salaryItem("", line, at);
    }

    private static ItemDraft salaryItem(String name, String text, int at) {
        String range = SalaryRange.ranges(text).orElse("");
        String rest = text.replaceAll("[\\s.;,]+$", "");
        return new ItemDraft(name, "", rest.equals(range) ? "" : text, range, at);
    }

    private void section(ItemDraft item) {
        (group != null ? group.items : section.items).add(item);
    }

    private void text(String paragraph) {
        (group != null ? group.text : section.text).add(paragraph);
    }
}
