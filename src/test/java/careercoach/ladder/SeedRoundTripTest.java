package careercoach.ladder;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped guide was written from the seed text by hand; importing the seed must give it back: the same
 * sections, groups and items with the same texts (whitespace aside), without the author's search aids, ids and
 * actions. Every item of either guide is counted as matched, missing (in the shipped guide only) or extra (in the
 * import only), and printed.
 */
class SeedRoundTripTest {
    private static final Path SEED = Path.of("src/test/resources/seed/backend-engineering-lead-microservices.txt");
    private static final Path SHIPPED = Path.of("index-data");
    private static Guide shipped;
    private static Guide imported;
    private static ImportedLadder ladder;

    @BeforeAll
    static void importTheSeed(@TempDir Path indexData) throws Exception {
        shipped = new GuideLoader().load(SHIPPED).find("backend-engineering-lead-microservices").orElseThrow();
        ladder = new LadderImporter(List.of()).read(SEED.toString(), LadderFile.read(SEED), Optional.empty(),
                Optional.empty());
        // Read back through the loader, as the server will: the YAML written is what is compared.
        Path file = indexData.resolve("guides").resolve(ladder.guide().id() + ".yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ladder.yaml(), StandardCharsets.UTF_8);
        imported = new GuideLoader().load(indexData).find(shipped.id()).orElseThrow();
    }

    /** An item as its section and group hold it, by what it says: name, details, text, range. */
    private record Said(String place, String name, String details, String text, String range) {
        static Said of(String place, Item item) {
            return new Said(place, ws(item.name()), ws(item.details()), ws(item.text()), ws(item.range()));
        }
    }

    private static List<Said> items(Guide guide) {
        List<Said> all = new ArrayList<>();
        for (Section s : guide.sections()) {
            s.items().forEach(i -> all.add(Said.of(s.id(), i)));
            for (Group g : s.groups()) {
                g.items().forEach(i -> all.add(Said.of(s.id() + " / " + ws(g.title()), i)));
            }
        }
        return all;
    }

    private static List<String> texts(Guide guide) {
        List<String> all = new ArrayList<>();
        for (Section s : guide.sections()) {
            all.add(s.id() + ": " + ws(s.text()));
            s.groups().forEach(g -> all.add(s.id() + " / " + ws(g.title()) + ": " + ws(g.text())));
        }
        return all;
    }

    private static String ws(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void importSeed_givesTheShippedGuidesItems_everyOneMatched() {
        List<Said> expected = items(shipped);
        List<Said> actual = items(imported);
        List<Said> missing = new ArrayList<>(expected);
        List<Said> extra = new ArrayList<>();
        for (Said said : actual) {
            if (!missing.remove(said)) {
                extra.add(said);
            }
        }
        int matched = actual.size() - extra.size();
        System.out.printf("seed round trip: %d items matched, %d missing, %d extra (shipped guide: %d items)%n",
                matched, missing.size(), extra.size(), expected.size());

        assertEquals(List.of(), missing, "in the shipped guide, not imported");
        assertEquals(List.of(), extra, "imported, not in the shipped guide");
        assertEquals(69, matched);
        assertEquals(expected, actual, "the same items in the same order");
    }

    @Test
    void importSeed_givesTheShippedGuidesSectionsGroupsAndTexts() {
        assertEquals(shipped.id(), imported.id());
        assertEquals(shipped.title(), imported.title());
        assertEquals(shipped.subtitle(), imported.subtitle());
        assertEquals(shipped.sections().stream().map(s -> s.id() + " " + s.title()).toList(),
                imported.sections().stream().map(s -> s.id() + " " + s.title()).toList());
        assertEquals(texts(shipped), texts(imported));
        assertEquals(List.of(), ladder.unplaced());
    }

    @Test
    void importSeed_keepsTheIdsAGuideReaderWouldGuess() {
        assertEquals(List.of("can-lead-to", "transition-opportunities"), imported.section("career-progression")
                .orElseThrow().groups().stream().map(Group::id).toList());
        for (String ref : List.of("salary-and-demand/entry-level", "top-skills/cloud-fundamentals",
                "top-skills/leadership", "career-progression/engineering-manager", "companies-hiring/amazon",
                "next-steps/strengthen-microservices-operations", "next-steps/create-leadership-portfolio")) {
            assertTrue(imported.item(ref).isPresent(), ref);
        }
    }

    @Test
    void importSeed_isByteForByteTheSameEveryTime_inTheShippedGuidesStyle() throws Exception {
        ImportedLadder again = new LadderImporter(List.of()).read(SEED.toAbsolutePath().toString(),
                LadderFile.read(SEED), Optional.empty(), Optional.empty());
        assertEquals(ladder.yaml(), again.yaml());

        String yaml = ladder.yaml();
        assertTrue(yaml.startsWith("# Career guide: Backend Engineering Lead (Microservices).\n"
                + "# Imported from backend-engineering-lead-microservices.txt."), yaml);
        assertTrue(yaml.contains("\nid: backend-engineering-lead-microservices\ntitle: Backend Engineering Lead"
                + " (Microservices)\nsubtitle: Career Guide\nsections:\n  - id: overview\n    title: Overview\n"),
                yaml);
        assertTrue(yaml.contains(String.join("\n",
                "          - id: entry-level",
                "            name: Entry Level",
                "            range: ~$130k–$180k base (US)",
                "            text: >-",
                "              Not typical for lead roles; comparable “Senior Backend Engineer” often ranges"
                        + " ~$130k–$180k base (US),",
                "              depending on region and company",
                "")), yaml);
        assertTrue(yaml.contains("          - {id: amazon, name: Amazon}\n"), yaml);
        assertTrue(yaml.contains("\n\n  - id: key-responsibilities\n"), "a blank line between sections");
        yaml.lines().forEach(line -> assertTrue(line.length() <= 120, () -> "longer than 120: " + line));
    }
}
