package careercoach.ladder;

import careercoach.guide.SectionKinds;
import careercoach.ladder.LadderLines.Block;
import careercoach.ladder.LadderLines.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered headings of a plain-text ladder, as a wiki page exported as text has them ("1. Role Summary", "2)
 * Responsibilities", "Section 3: Career Path", "2.1 Technical"): such a line is read as a list entry by its mark,
 * yet it heads what follows. A numbered line is a heading when
 * <ul>
 *   <li>it is title-like: short (up to {@value Wording#MAX_HEADING_WORDS} words), one phrase with no closing stop,
 *       in title case or saying only what a heading says ("What you'll do"), no salary figure, no line of names;</li>
 *   <li>its number continues a sequence across the page, 1, 2, 3…, each with something under it before the next
 *       (a sub-number, "2.1", "2.2", continues the sequence under its number): numbers on lines right under each
 *       other are a list, such as the page's table of contents; and</li>
 *   <li>the sequence has two numbers or more, at least half of which name a section of a guide
 *       ({@link SectionKinds}).</li>
 * </ul>
 * Numbered steps stay entries: they are sentences ("1. Meet every engineer on the team."), or they follow each other
 * line after line ("1. Meet The Team", "2. Shadow A Live Shift"), or they restart at 1 under a heading of the
 * sequence. A heading of the sequence becomes a heading block (a sub-number one level deeper), its number left out,
 * so that it is read as a Markdown heading is: a section when it names one, else placed by what is under it.
 */
final class NumberedHeadings {
    /** The level of a numbered heading: that of a section; a sub-number is one deeper, a group of it. */
    static final int LEVEL = 2;
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(?(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("^\\s*(\\d{1,2})[.)]?\\s*$");
    private static final Pattern SECTION = Pattern.compile(
            "^(?i:section|part|chapter)\\s+(\\d{1,2})\\s*(?:[:.)]|\\s[–—-])?\\s+(\\S.*)$");
    private static final Pattern SUB_NUMBERED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\S.*)$");

    /** A title-like numbered line at block {@code index}: its number (and sub-number, 0 when none) and words. */
    private record Candidate(int index, int number, int sub, String text) {
    }

    private NumberedHeadings() {
    }

    /** The blocks of a plain-text ladder with its numbered headings made headings; the same blocks otherwise. */
    static List<Block> read(List<Block> blocks, List<String> raw) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            candidate(blocks.get(i), i, raw).filter(c -> titleLike(c.text())).ifPresent(all::add);
        }
        // Numbers on lines right under each other are a list (a list of steps, the page's table of contents).
        List<Candidate> candidates = all.stream().filter(c -> all.stream().noneMatch(o -> follows(o, c)
                || follows(c, o))).toList();
        List<Candidate> best = List.of();
        for (int start = 0; start < candidates.size(); start++) {
            Candidate first = candidates.get(start);
            if (first.number() == 1 && first.sub() == 0) {
                List<Candidate> chain = chain(candidates, start);
                if (chain.size() > best.size()) {
                    best = chain;
                }
            }
        }
        if (!heads(best)) {
            return blocks;
        }
        List<Block> read = new ArrayList<>(blocks);
        for (Candidate c : best) {
            Block b = blocks.get(c.index());
            read.set(c.index(), new Block(Kind.HEADING, b.line(), c.sub() == 0 ? LEVEL : LEVEL + 1, c.text(), null,
                    List.of(), List.of(c.text()), false, b.blankBefore(), b.blankAfter()));
        }
        return read;
    }

    /** The number and words of a numbered line, whatever its mark; empty for any other line. */
    private static Optional<Candidate> candidate(Block block, int index, List<String> raw) {
        if (block.label() != null || block.emphasised()) {
            return Optional.empty();
        }
        if (block.kind() == Kind.NUMBERED) {
            Matcher m = NUMBERED.matcher(raw.get(block.line() - 1));
            if (m.matches()) {
                return Optional.of(new Candidate(index, Integer.parseInt(m.group(1)), 0, block.text()));
            }
            Matcher alone = block.line() >= 2 ? NUMBER_ALONE.matcher(raw.get(block.line() - 2)) : null;
            return alone != null && alone.matches()
                    ? Optional.of(new Candidate(index, Integer.parseInt(alone.group(1)), 0, block.text()))
                    : Optional.empty();
        }
        if (block.kind() != Kind.TEXT) {
            return Optional.empty();
        }
        Matcher section = SECTION.matcher(block.text());
        if (section.matches()) {
            return Optional.of(new Candidate(index, Integer.parseInt(section.group(1)), 0, section.group(2).strip()));
        }
        Matcher sub = SUB_NUMBERED.matcher(block.text());
        if (sub.matches() && Integer.parseInt(sub.group(2)) > 0) {
            return Optional.of(new Candidate(index, Integer.parseInt(sub.group(1)), Integer.parseInt(sub.group(2)),
                    sub.group(3).strip()));
        }
        return Optional.empty();
    }

    /** A heading's words: short, one phrase with no closing stop, title case or only what a heading says. */
    static boolean titleLike(String text) {
        return !text.matches(".*[.!?;,:]$") && Wording.wordCount(text) <= Wording.MAX_HEADING_WORDS
                && Wording.sentences(text).size() == 1 && SalaryRange.in(text).isEmpty()
                && Wording.names(text).size() < 3
                && (Wording.isTitleCase(text) || LadderParser.isKnownHeading(text));
    }

    /** The numbers 1, 2, 3… (and the sub-numbers under each, 2.1, 2.2…) from the candidate at {@code start}. */
    private static List<Candidate> chain(List<Candidate> candidates, int start) {
        List<Candidate> chain = new ArrayList<>(List.of(candidates.get(start)));
        int number = 1;
        int sub = 0;
        for (int k = start + 1; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.sub() == 0 && c.number() == number + 1) {
                chain.add(c);
                number++;
                sub = 0;
            } else if (c.sub() > 0 && c.number() == number && c.sub() == sub + 1) {
                chain.add(c);
                sub++;
            }
        }
        return chain;
    }

    /** Whether {@code next} is the number after {@code c} on the line right under it: "1. Meet", "2. Read". */
    private static boolean follows(Candidate c, Candidate next) {
        return next.index() == c.index() + 1 && next.sub() == (c.sub() == 0 ? 0 : c.sub() + 1)
                && next.number() == (c.sub() == 0 ? c.number() + 1 : c.number());
    }

    /** Whether the sequence heads the page: two numbers or more, at least half of them naming a section. */
    private static boolean heads(List<Candidate> chain) {
        List<Candidate> tops = chain.stream().filter(c -> c.sub() == 0).toList();
        long naming = tops.stream().filter(c -> SectionKinds.of(c.text()).isPresent()).count();
        return tops.size() >= 2 && naming * 2 >= tops.size();
    }
}
