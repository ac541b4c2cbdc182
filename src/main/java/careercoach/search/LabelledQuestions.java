package careercoach.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Questions labelled with the kinds of section that answer them, or as outside the guides: what the confidence learns
 * from. The shipped sets ({@code search/*.tsv} on the class path) hold one question a line,
 * {@code question<TAB>section-kind,section-kind} or {@code question<TAB>-}; {@code #} starts a comment. A standard
 * section id is its own kind, so the labels read as the shipped guide's section ids too.
 */
public record LabelledQuestions(String guideId, List<Labelled> questions) {

    /** @param sections the sections that answer it, best first; empty when the guides do not answer it */
    public record Labelled(String question, List<String> sections) {
        public boolean inScope() {
            return !sections.isEmpty();
        }
    }

    /** The guide the shipped sets were written for. */
    public static final String SHIPPED_GUIDE = "backend-engineering-lead-microservices";
    /** Questions about a kind of section in words that hold for any role's guide (shipped with the others). */
    public static final String SECTION_KINDS = "/search/section-kinds.tsv";
    private static final List<String> SHIPPED = List.of("/search/tuning-questions.tsv", "/search/questions.tsv",
            SECTION_KINDS, "/search/out-of-scope.tsv");

    public LabelledQuestions {
        questions = List.copyOf(questions);
    }

    /** The labelled questions shipped with the app. */
    public static LabelledQuestions shipped() {
        return new LabelledQuestions(SHIPPED_GUIDE, read(SHIPPED));
    }

    /** The questions written for each kind of section, worded for any role ({@link #SECTION_KINDS}). */
    public static List<Labelled> sectionKinds() {
        return read(List.of(SECTION_KINDS));
    }

    /** The shipped questions written for no one guide: the section kinds' and those no guide answers. */
    public static List<Labelled> forAnyGuide() {
        List<Labelled> any = new ArrayList<>(read(List.of(SECTION_KINDS)));
        read(List.of("/search/out-of-scope.tsv", "/search/tuning-questions.tsv", "/search/questions.tsv")).stream()
                .filter(q -> !q.inScope()).forEach(any::add);
        return any;
    }

    private static List<Labelled> read(List<String> resources) {
        List<Labelled> all = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = LabelledQuestions.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the class path");
                }
                all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    public static List<Labelled> parse(String tsv) {
        List<Labelled> questions = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not question<TAB>sections: " + line);
            }
            List<String> sections = parts[1].strip().equals("-") ? List.of()
                    : Arrays.stream(parts[1].split(",")).map(String::strip).toList();
            questions.add(new Labelled(parts[0].strip(), sections));
        }
        return questions;
    }
}
