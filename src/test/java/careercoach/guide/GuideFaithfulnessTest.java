package careercoach.guide;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped guide is a faithful conversion of its source text: every piece of guide content is found in the
 * source (nothing invented), and once all of it is struck out of the source only bullets and the step numbers
 * remain (nothing dropped). Whitespace is normalised; a name and its details are matched as "name (details)",
 * with the parenthetical also allowed inside the name, as the source writes "Test strategy (...) and CI/CD practices".
 */
class GuideFaithfulnessTest {
    private static Guide guide;
    private static String seed;

    /** A piece of guide content; structural labels (section titles) need not come from the source. */
    private record Fragment(List<String> spellings, String where, boolean structural) {
    }

    @BeforeAll
    static void load() throws Exception {
        guide = new GuideLoader().load(Path.of("index-data")).find("backend-engineering-lead-microservices")
                .orElseThrow();
        try (InputStream in = Objects.requireNonNull(GuideFaithfulnessTest.class.getResourceAsStream(
                "/seed/backend-engineering-lead-microservices.txt"))) {
            seed = normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void guide_containsNothingThatIsNotInTheSource() {
        List<String> invented = fragments().stream()
                .filter(f -> !f.structural() && f.spellings().stream().noneMatch(seed::contains))
                .map(f -> f.where() + ": " + f.spellings().get(0))
                .toList();

        assertEquals(List.of(), invented);
    }

    @Test
    void guide_leavesNothingOfTheSourceOut() {
        String rest = seed;
        List<Fragment> longestFirst = fragments().stream()
                .sorted(Comparator.comparingInt((Fragment f) -> f.spellings().get(0).length()).reversed())
                .toList();
        for (Fragment fragment : longestFirst) {
            for (String spelling : fragment.spellings()) {
                if (rest.contains(spelling)) {
                    // A line break in place of the struck text keeps neighbours from joining into false matches.
                    rest = rest.replaceFirst(Pattern.quote(spelling), "\n");
                    break;
                }
            }
        }
        String left = normalise(rest.replace("•", " "));
        String stepNumbers = IntStream.rangeClosed(1, guide.section(SectionIds.NEXT_STEPS).orElseThrow().items().size())
                .mapToObj(Integer::toString).collect(Collectors.joining(" "));

        assertEquals(stepNumbers, left, "source text missing from the guide, besides the step numbers");
    }

    @Test
    void guide_salaryRangesAreTakenFromTheirLevelText() {
        for (Section section : guide.sections()) {
            for (Item item : section.allItems()) {
                if (!item.range().isEmpty()) {
                    assertTrue(item.text().contains(item.range()), item.id());
                }
            }
        }
    }

    private static List<Fragment> fragments() {
        List<Fragment> fragments = new ArrayList<>();
        add(fragments, guide.title(), "guide title", false);
        add(fragments, guide.subtitle(), "guide subtitle", false);
        for (Section section : guide.sections()) {
            add(fragments, section.title(), section.id() + " title", true);
            add(fragments, section.text(), section.id() + " text", false);
            for (Group group : section.groups()) {
                add(fragments, group.title(), section.id() + "/" + group.id() + " title", false);
                add(fragments, group.text(), section.id() + "/" + group.id() + " text", false);
            }
            for (Item item : section.allItems()) {
                String where = section.id() + "/" + item.id();
                add(fragments, item.text(), where + " text", false);
                if (!item.name().isEmpty()) {
                    fragments.add(new Fragment(nameSpellings(normalise(item.name()), normalise(item.details())),
                            where + " name", false));
                }
            }
        }
        return fragments;
    }

    /** "name (details)", then the parenthetical after each word of the name, longest name part first. */
    private static List<String> nameSpellings(String name, String details) {
        if (details.isEmpty()) {
            return List.of(name);
        }
        List<String> spellings = new ArrayList<>();
        spellings.add(name + " (" + details + ")");
        for (int space = name.lastIndexOf(' '); space > 0; space = name.lastIndexOf(' ', space - 1)) {
            spellings.add(name.substring(0, space) + " (" + details + ")" + name.substring(space));
        }
        return spellings;
    }

    private static void add(List<Fragment> fragments, String text, String where, boolean structural) {
        if (text != null && !text.isBlank()) {
            fragments.add(new Fragment(List.of(normalise(text)), where, structural));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
