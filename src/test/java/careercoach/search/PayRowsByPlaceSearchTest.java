package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pay table whose rows are one level in several places ("Principal", "Principal (Canada)", "Principal
 * (Switzerland)"), as an imported ladder writes it: the row quoted is the one whose name says what the question says.
 */
class PayRowsByPlaceSearchTest {
    private static final Optional<String> GUIDE = Optional.of("payments-principal-engineer");
    @TempDir
    static Path dir;
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.writeString(guides.resolve("payments-principal-engineer.yml"), """
                id: payments-principal-engineer
                title: Payments Principal Engineer
                sections:
                  - id: overview
                    title: Overview
                    text: A principal engineer in payments sets the technical direction of the money-movement systems.
                  - id: salary-and-demand
                    title: Compensation
                    items:
                      - id: principal
                        name: Principal
                        range: €140k–€170k base (Germany)
                      - id: principal-canada
                        name: Principal (Canada)
                        range: C$230k–C$270k base (Canada)
                      - id: principal-switzerland
                        name: Principal (Switzerland)
                        range: CHF 220k–260k base (Switzerland)
                """);
        Path indexData = MultiGuideQuality.combined(Path.of("index-data"), guides);
        search = new GuideSearch(new GuideLoader().load(indexData), Synonyms.load(indexData),
                GuideSearch.Settings.defaults(Optional.of(Path.of("target", "pay-rows-embeddings"))));
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void search_payInAPlaceTheRowsNameQuotesThatPlacesRow() {
        // Every row names the level the title says; the Swiss row also names the place asked about.
        Hit best = search.search("what do principals earn in Switzerland?", GUIDE, 3).best().orElseThrow();
        assertEquals("salary-and-demand", best.sectionId());
        assertTrue(best.snippet().contains("CHF 220k"), best.snippet());
    }
}
