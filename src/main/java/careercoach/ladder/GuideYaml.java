package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.guide.SectionKinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a guide as a guide file in the shipped guides' style: a comment header, fields in the order of
 * {@code index-data/README.md}, a blank line between sections, long text folded ({@code >-}) at
 * {@value #WIDTH} columns, a list of bare names one {@code {id, name}} a line. The search aids and the actions of
 * skill areas, which an import cannot know, are written empty for the author to fill in. The same guide always gives
 * the same bytes.
 */
final class GuideYaml {
    static final int WIDTH = 120;
    /** Characters that make a plain YAML value mean something else when they start it. */
    private static final String SPECIAL_START = "-?:,[]{}#&*!|>'\"%@`";
    private static final Set<String> NOT_TEXT = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.\\d+|\\d[\\d_]*(\\.\\d*)?)([eE][-+]?\\d+)?"
            + "|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|\\d{4}-\\d\\d?-\\d\\d?.*");

    private GuideYaml() {
    }

    /** @param source the file the guide was imported from, named in the header */
    static String write(Guide guide, String source) {
        StringBuilder y = new StringBuilder();
        y.append("# Career guide: ").append(oneLine(guide.title())).append(".\n");
        y.append("# Imported from ").append(oneLine(source)).append(".\n");
        y.append("# Format: index-data/README.md. Ids are stable: checklists, plans and saved progress refer to"
                + " them.\n");
        y.append("# Still to do by hand: check the wording; fill in each section's keywords and phrasings (the words"
                + " and\n# questions people use) and each skill area's actions (the steps that build it).\n");
        y.append("id: ").append(guide.id()).append('\n');
        field(y, 0, "title", guide.title());
        if (!guide.subtitle().isEmpty()) {
            field(y, 0, "subtitle", guide.subtitle());
        }
        y.append("sections:\n");
        for (int s = 0; s < guide.sections().size(); s++) {
            if (s > 0) {
                y.append('\n');
            }
            section(y, guide.sections().get(s));
        }
        return y.toString();
    }

    private static void section(StringBuilder y, Section section) {
        y.append("  - id: ").append(section.id()).append('\n');
        field(y, 4, "title", section.title());
        // A section that kept the id of its own it had in the guide replaced, under a title that names no kind.
        section.kind().filter(kind -> !SectionKinds.inferred(section.id(), section.title()).equals(Optional.of(kind)))
                .ifPresent(kind -> y.append("    kind: ").append(kind).append('\n'));
        y.append("    keywords: []\n");
        y.append("    phrasings: []\n");
        text(y, 4, section.text());
        items(y, 4, section.items(), isSkillArea(section));
        if (!section.groups().isEmpty()) {
            y.append("    groups:\n");
            for (Group group : section.groups()) {
                y.append("      - id: ").append(group.id()).append('\n');
                field(y, 8, "title", group.title());
                text(y, 8, group.text());
                items(y, 8, group.items(), isSkillArea(section));
            }
        }
    }

    private static boolean isSkillArea(Section section) {
        return section.is(SectionIds.TOP_SKILLS) || section.is(SectionIds.SKILL_GAPS);
    }

    private static void items(StringBuilder y, int indent, List<Item> items, boolean skillAreas) {
        if (items.isEmpty()) {
            return;
        }
        String pad = " ".repeat(indent);
        y.append(pad).append("items:\n");
        boolean bareNames = !skillAreas && items.stream().allMatch(i -> i.details().isEmpty() && i.text().isEmpty()
                && i.range().isEmpty() && i.guide().isEmpty() && !i.name().isEmpty());
        for (Item item : items) {
            String flow = pad + "  - {id: " + item.id() + ", name: " + item.name() + "}";
            if (bareNames && isPlainInFlow(item.name()) && flow.length() <= WIDTH) {
                y.append(flow).append('\n');
                continue;
            }
            y.append(pad).append("  - id: ").append(item.id()).append('\n');
            int inner = indent + 4;
            if (!item.name().isEmpty()) {
                field(y, inner, "name", item.name());
            }
            if (!item.details().isEmpty()) {
                field(y, inner, "details", item.details());
            }
            if (!item.range().isEmpty()) {
                field(y, inner, "range", item.range());
            }
            if (!item.text().isEmpty()) {
                field(y, inner, "text", item.text());
            }
            if (!item.guide().isEmpty()) {
                field(y, inner, "guide", item.guide());
            }
            if (skillAreas) {
                y.append(" ".repeat(inner)).append("actions: []\n");
            }
        }
    }

    private static void text(StringBuilder y, int indent, String text) {
        if (!text.isEmpty()) {
            field(y, indent, "text", text);
        }
    }

    /** {@code key: value} on one line when it fits, plain or quoted; folded over lines when it does not. */
    private static void field(StringBuilder y, int indent, String key, String value) {
        String pad = " ".repeat(indent);
        String line = pad + key + ": " + (isPlain(value) ? value : quoted(value));
        if (line.length() <= WIDTH && !value.contains("\n")) {
            y.append(line).append('\n');
            return;
        }
        y.append(pad).append(key).append(": >-\n");
        String[] paragraphs = value.split("\n");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                y.append('\n');
            }
            for (String folded : fold(paragraphs[p].strip(), WIDTH - indent - 2)) {
                y.append(pad).append("  ").append(folded).append('\n');
            }
        }
    }

    /** The words of a paragraph in lines of at most {@code width} characters (a longer word has a line to itself). */
    private static List<String> fold(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean isPlain(String value) {
        if (value.isEmpty() || !value.equals(value.strip()) || SPECIAL_START.indexOf(value.charAt(0)) >= 0
                || value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || NOT_TEXT.contains(value.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(value).matches()) {
            return false;
        }
        return value.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0xfeff);
    }

    private static boolean isPlainInFlow(String value) {
        return isPlain(value) && value.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
    }

    private static String quoted(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> q.append("\\\\");
                case '"' -> q.append("\\\"");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
