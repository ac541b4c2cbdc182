package careercoach.ladder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a ladder, classified by their marks: Markdown headings ({@code #}, or a line underlined with
 * {@code ===}/{@code ---}), list entries ({@code -}, {@code *}, {@code •}, {@code 1.}, or a number alone on its line
 * followed by the step, as pages copied to text have them), table rows, and text. Inline Markdown (bold, links,
 * code) is reduced to its text; a bold label at the start of an entry ({@code **Observability**: metrics, ...}) is
 * kept apart. A document with Markdown headings is written by hand, so its text lines form paragraphs; in plain text
 * every line is an entry of its own, and a line whose blocks ran together is split ({@link RunTogetherText}).
 */
final class LadderLines {
    enum Kind { HEADING, BULLET, NUMBERED, TABLE_ROW, TEXT }

    /**
     * One block: {@code pieces} are the blocks of a plain line that ran together (one piece otherwise);
     * {@code label} the bold label of an entry, or null; {@code emphasised} a line that is all bold, which reads as a
     * heading; {@code blankBefore}/{@code blankAfter} whether a blank line (or the file's edge) is on either side;
     * {@code columns}, for a table row, the header of each of its cells' columns ("" where the table has none).
     */
    record Block(Kind kind, int line, int level, String text, String label, List<String> cells, List<String> pieces,
                 boolean emphasised, boolean blankBefore, boolean blankAfter, boolean leadIn, List<String> columns) {
        Block(Kind kind, int line, int level, String text, String label, List<String> cells, List<String> pieces,
              boolean emphasised, boolean blankBefore, boolean blankAfter, boolean leadIn) {
            this(kind, line, level, text, label, cells, pieces, emphasised, blankBefore, blankAfter, leadIn,
                    List.of());
        }

        Block(Kind kind, int line, int level, String text, String label, List<String> cells, List<String> pieces,
              boolean emphasised, boolean blankBefore, boolean blankAfter) {
            this(kind, line, level, text, label, cells, pieces, emphasised, blankBefore, blankAfter, false);
        }

        /** The header of cell {@code c}'s column, "" when the table has no header there. */
        String column(int c) {
            return c < columns.size() ? columns.get(c) : "";
        }

        /** The entry as written: its label and text joined as they were ("Observability: metrics"). */
        String whole() {
            return label == null ? text : label + (leadIn ? " " : ": ") + text;
        }
    }

    /** What was taken out of a line although the line was read: a mention, a link's address. */
    record Dropped(int line, String text, String reason) {
    }

    record Document(boolean markdown, List<Block> blocks, List<Dropped> dropped) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_1 = Pattern.compile("^\\s{0,3}=+\\s*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^\\s{0,3}-{3,}\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+•·▪◦‣●○■□➢►✓✔–]\\s+(?:\\[[ xX]]\\s+)?(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(?(\\d{1,3})[.)]\\s+(\\S.*)$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("^\\s*(\\d{1,3})[.)]?\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    private static final Pattern TABLE_RULE =
            Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BOLD_LABEL = Pattern.compile(
            "^(?:\\*\\*|__)(.+?)(?::(?:\\*\\*|__)|(?:\\*\\*|__)\\s*(?::|\\s[–—-]))\\s*(\\S.*)$");
    /**
     * A list entry that starts with its name in bold, the sentence going on with a bracket or a joining word:
     * "**Scripting** in Python or Go", "**Cloud security** (AWS IAM)"; not a bold word of emphasis ("**Strong**
     * communication skills").
     */
    private static final Pattern BOLD_LEAD = Pattern.compile("^(?:\\*\\*|__)([^*_].*?)(?:\\*\\*|__)\\s+"
            + "((?:\\(|(?i:in|for|with|to|of|on|at|by|from|across|including|so|and|or|that|which|when|where|as|via"
            + "|using|through|into|under|over|plus)\\b).*)$");
    private static final Pattern ALL_BOLD = Pattern.compile("^(?:\\*\\*|__)([^*_].*?)(?:\\*\\*|__):?$");

    private LadderLines() {
    }

    static Document read(List<String> raw) {
        boolean markdown = raw.stream().anyMatch(l -> ATX_HEADING.matcher(l).matches())
                || setextAnywhere(raw);
        List<Block> blocks = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        boolean blankBefore = true;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            int number = i + 1;
            dropped.addAll(droppedFrom(line, number));
            if (RULE.matcher(line).matches() && BULLET.matcher(line).matches() && !isSetextUnderline(raw, i)) {
                dropped.add(new Dropped(number, line.strip(),
                        "a list entry of only dashes, read as a rule: nothing of it is imported"));
            }
            if (line.isBlank() || RULE.matcher(line).matches() && !isSetextUnderline(raw, i)) {
                markBlankAfter(blocks);
                blankBefore = true;
                continue;
            }
            if (isSetextUnderline(raw, i)) {
                continue;
            }
            if (isPageMetadata(raw, i, blocks.size() <= 1)) {
                dropped.add(new Dropped(number, inline(line), METADATA));
                continue;
            }
            Block block = classify(raw, i, number, markdown, blankBefore);
            if (block == null) {
                continue;
            }
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (previous != null && !blankBefore && continues(previous, block, line, markdown)) {
                blocks.set(blocks.size() - 1, joined(previous, block, markdown));
            } else {
                blocks.add(block);
            }
            blankBefore = false;
            if (block.kind() == Kind.NUMBERED && NUMBER_ALONE.matcher(line).matches()) {
                i++;
            }
        }
        markBlankAfter(blocks);
        return new Document(markdown, blocks, List.copyOf(dropped));
    }

    static final String METADATA = "the page's own details (who made, owns or changed it, where it sits, its page"
            + " number), not the role's: left out";
    /** A line the wiki adds about the page: "Created by …, last updated by … on 3 Nov 2026", "Owned by …". */
    private static final Pattern PAGE_DETAILS = Pattern.compile("(?i)^(?:(?:created (?:by|on)|last (?:updated|edited"
            + "|modified|changed|reviewed)|(?:updated|edited|modified|changed) (?:by|on)|owned by|authored by"
            + "|maintained by|viewed \\d+ times)\\b|(?:page owner|owner|author|labels):).*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^page \\d+(?: of \\d+)?$");
    /** A breadcrumb: three or more short capitalised names joined by " / ", " > ", " › " or " » ". */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[\\p{Lu}\\d][^/>›»]{0,40}(?:\\s+[/>›»]\\s+[\\p{Lu}\\d][^/>›»]{0,40}){2,}$");
    /** Page details are short: "Created by People Partnering, last updated by Jo Bloggs on 3 Nov 2026". */
    private static final int MAX_METADATA_WORDS = 20;

    /**
     * Whether line i is what a wiki adds about the page rather than about the role, as a page exported as text keeps
     * it: who made, owns or last changed the page ("Created by …, last updated by … on 3 Nov 2026", "Owned by …",
     * "Last edited …"), a page number ("Page 1 of 3"), anywhere, a line of its own; and at the head of the page
     * (before or right after the title) a breadcrumb ("Spaces / Engineering / Career Ladders"). A list entry,
     * heading or table row is never one, nor a line of several sentences.
     */
    private static boolean isPageMetadata(List<String> raw, int i, boolean headOfPage) {
        String line = raw.get(i);
        if (ATX_HEADING.matcher(line).matches() || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()
                || TABLE_ROW.matcher(line).matches() || i + 1 < raw.size() && isSetextUnderline(raw, i + 1)) {
            return false;
        }
        String text = inline(line);
        if (text.isEmpty() || text.split("\\s+").length > MAX_METADATA_WORDS
                || text.matches(".*[.!?]\\s+\\p{Lu}.*")) {
            return false;
        }
        return PAGE_DETAILS.matcher(text).matches() || PAGE_NUMBER.matcher(text).matches()
                || headOfPage && BREADCRUMB.matcher(text).matches()
                && Arrays.stream(text.split("\\s+[/>›»]\\s+")).allMatch(p -> p.split("\\s+").length <= 5);
    }

    /**
     * The Slack markup of a line that the guide leaves out, each with why: a mention ({@code <!channel>},
     * {@code <@U123>}, {@code <#C123>}, {@code <!subteam^S1|@team>}) would notify people wherever the guide is shown;
     * a link's address ({@code <https://…|the SSO page>}) is not followed, its text is kept.
     */
    private static List<Dropped> droppedFrom(String line, int number) {
        List<Dropped> dropped = new ArrayList<>();
        Matcher m = SLACK_MARKUP.matcher(angles(line));
        while (m.find()) {
            if (SLACK_MENTION.matcher(m.group()).matches()) {
                dropped.add(new Dropped(number, m.group(), "a mention, left out: a guide notifies no one"));
            } else {
                Matcher link = SLACK_LINK.matcher(m.group());
                if (link.matches()) {
                    dropped.add(new Dropped(number, m.group(), "a link: its text '" + link.group(2).strip()
                            + "' kept, the address left out"));
                }
            }
        }
        return dropped;
    }

    private static Block classify(List<String> raw, int i, int number, boolean markdown, boolean blankBefore) {
        String line = raw.get(i);
        Matcher m;
        if ((m = ATX_HEADING.matcher(line)).matches()) {
            return block(Kind.HEADING, number, m.group(1).length(), m.group(2), blankBefore);
        }
        if (i + 1 < raw.size() && isSetextUnderline(raw, i + 1)) {
            int level = SETEXT_1.matcher(raw.get(i + 1)).matches() ? 1 : 2;
            return block(Kind.HEADING, number, level, line.strip(), blankBefore);
        }
        if (TABLE_RULE.matcher(line).matches() && line.contains("|")) {
            return null;
        }
        if ((m = TABLE_ROW.matcher(line)).matches()) {
            if (i + 1 < raw.size() && TABLE_RULE.matcher(raw.get(i + 1)).matches()) {
                return null; // the header row names the columns, it is no entry
            }
            List<String> all = cells(m.group(1));
            List<String> header = header(raw, i);
            List<String> cells = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < all.size(); c++) {
                if (!all.get(c).isEmpty()) {
                    cells.add(all.get(c));
                    columns.add(c < header.size() ? header.get(c) : "");
                }
            }
            if (cells.isEmpty()) {
                return null;
            }
            return new Block(Kind.TABLE_ROW, number, 0, String.join(" | ", cells), null, List.copyOf(cells),
                    List.of(String.join(" | ", cells)), false, blankBefore, false, false, List.copyOf(columns));
        }
        if ((m = BULLET.matcher(line)).matches()) {
            return entry(Kind.BULLET, number, m.group(1), blankBefore);
        }
        if ((m = NUMBERED.matcher(line)).matches()) {
            return entry(Kind.NUMBERED, number, m.group(2), blankBefore);
        }
        if (NUMBER_ALONE.matcher(line).matches() && i + 1 < raw.size() && !raw.get(i + 1).isBlank()
                && !NUMBER_ALONE.matcher(raw.get(i + 1)).matches()) {
            return entry(Kind.NUMBERED, number + 1, raw.get(i + 1), blankBefore);
        }
        Matcher bold = ALL_BOLD.matcher(line.strip());
        if (bold.matches() && !bold.group(1).contains("**")) {
            String text = inline(bold.group(1)).replaceAll(":$", "").strip();
            return new Block(Kind.TEXT, number, 0, text, null, List.of(), List.of(text), true, blankBefore, false);
        }
        Block text = entry(Kind.TEXT, number, line, blankBefore);
        if (!markdown && text.label() == null) {
            return new Block(Kind.TEXT, number, 0, text.text(), null, List.of(), RunTogetherText.split(text.text()),
                    false, blankBefore, false);
        }
        return text;
    }

    /** The cells of a table row, empty ones too, so that each stays in its column. */
    private static List<String> cells(String row) {
        return Arrays.stream(row.split("(?<!\\\\)\\|", -1)).map(LadderLines::inline).toList();
    }

    /**
     * The header of the table row at {@code i}: the row above the table's rule line ("| Level | Base salary (US) |"
     * over "|---|---|"), its cells by column; none when the table has no header.
     */
    private static List<String> header(List<String> raw, int i) {
        for (int j = i - 1; j > 0 && TABLE_ROW.matcher(raw.get(j)).matches(); j--) {
            if (TABLE_RULE.matcher(raw.get(j)).matches()) {
                Matcher header = TABLE_ROW.matcher(raw.get(j - 1));
                return header.matches() ? cells(header.group(1)) : List.of();
            }
        }
        return List.of();
    }

    private static Block entry(Kind kind, int number, String content, boolean blankBefore) {
        Matcher label = BOLD_LABEL.matcher(content.strip());
        if (label.matches()) {
            String name = inline(label.group(1)).replaceAll(":$", "").strip();
            String rest = inline(label.group(2));
            return new Block(kind, number, 0, rest, name, List.of(), List.of(rest), false, blankBefore, false);
        }
        Matcher lead = BOLD_LEAD.matcher(content.strip());
        if (kind != Kind.TEXT && lead.matches() && !lead.group(1).contains("**")) {
            // the bold words name the entry; the rest, a bracket or the sentence going on, is its details
            String name = inline(lead.group(1)).strip();
            String rest = inline(lead.group(2));
            return new Block(kind, number, 0, rest, name, List.of(), List.of(rest), false, blankBefore, false, true);
        }
        String text = inline(content);
        return new Block(kind, number, 0, text, null, List.of(), List.of(text), false, blankBefore, false);
    }

    private static Block block(Kind kind, int number, int level, String text, boolean blankBefore) {
        String clean = inline(text);
        return new Block(kind, number, level, clean, null, List.of(), List.of(clean), false, blankBefore, false);
    }

    /**
     * Whether a line goes on with the block before it: in Markdown, text right under a list entry or under text
     * (one paragraph); in plain text, a line that starts in lower case, as a wrapped line does.
     */
    private static boolean continues(Block previous, Block block, String line, boolean markdown) {
        if (block.kind() != Kind.TEXT || block.emphasised() || block.label() != null) {
            return false;
        }
        boolean intoEntry = previous.kind() == Kind.BULLET || previous.kind() == Kind.NUMBERED;
        if (markdown) {
            return intoEntry || previous.kind() == Kind.TEXT && !previous.emphasised();
        }
        boolean lowerCaseStart = Character.isLowerCase(line.strip().codePointAt(0));
        return lowerCaseStart && (intoEntry || previous.kind() == Kind.TEXT && !previous.emphasised());
    }

    private static Block joined(Block previous, Block next, boolean markdown) {
        String text = previous.text() + " " + next.text();
        List<String> pieces = previous.kind() == Kind.TEXT && !markdown ? RunTogetherText.split(text) : List.of(text);
        return new Block(previous.kind(), previous.line(), previous.level(), text, previous.label(), previous.cells(),
                pieces, false, previous.blankBefore(), false, previous.leadIn());
    }

    private static void markBlankAfter(List<Block> blocks) {
        if (!blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            if (!last.blankAfter()) {
                blocks.set(blocks.size() - 1, new Block(last.kind(), last.line(), last.level(), last.text(),
                        last.label(), last.cells(), last.pieces(), last.emphasised(), last.blankBefore(), true,
                        last.leadIn(), last.columns()));
            }
        }
    }

    private static boolean isSetextUnderline(List<String> raw, int i) {
        if (i == 0 || raw.get(i - 1).isBlank()) {
            return false;
        }
        String above = raw.get(i - 1);
        boolean textAbove = !BULLET.matcher(above).matches() && !NUMBERED.matcher(above).matches()
                && !ATX_HEADING.matcher(above).matches() && !TABLE_ROW.matcher(above).matches()
                && !RULE.matcher(above).matches();
        return textAbove && (SETEXT_1.matcher(raw.get(i)).matches() || SETEXT_2.matcher(raw.get(i)).matches());
    }

    private static boolean setextAnywhere(List<String> raw) {
        for (int i = 1; i < raw.size(); i++) {
            if (isSetextUnderline(raw, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    /** Angle brackets written as entities are markup all the same: "&lt;!here&gt;" is a mention too. */
    private static String angles(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">");
    }

    private static final Pattern SLACK_MARKUP = Pattern.compile("<[^<>\\s][^<>]*>");
    private static final Pattern SLACK_MENTION = Pattern.compile("<[!@#][^<>]*>");
    private static final Pattern SLACK_LINK = Pattern.compile("<((?:https?|mailto):[^|<>\\s]+)\\|([^<>]+)>");
    private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|<>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>\\s][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{Nd}*_])([*_])(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\p{Nd}*_])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

    /**
     * The text of a line with its inline Markdown taken away, whitespace collapsed: a link keeps its text, a bare
     * address in angle brackets stays as plain text, mentions and HTML tags go.
     */
    static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = angles(s);
        s = SLACK_MENTION.matcher(s).replaceAll(" ");
        s = SLACK_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = BARE_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = TAG.matcher(s).replaceAll(" ");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace('\u00A0', ' ');
        return s.replaceAll("\\s+", " ").strip();
    }
}
