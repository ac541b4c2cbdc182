package careercoach.search;

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
 * Snippets from a guide as an imported ladder writes it: a pay table whose rows are one level in several places
 * ("Principal", "Principal (Canada)", "Principal (Switzerland)") and a list of companies, one name an item.
 */
class ImportedLadderSnippetsTest {
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
                  - id: companies-hiring
                    title: Who hires
                    items:
                      - {id: stripe, name: Stripe}
                      - {id: adyen, name: Adyen}
                      - {id: wise, name: Wise}
                      - {id: klarna, name: Klarna}
                """);
        search = MultiGuideSearches.over(guides, "pay-rows-embeddings");
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

    @Test
    void search_whoHires_quotesTheListOfNamesNotOneOfThem() {
        // One company alone reads as the only one that hires; the names were one line of the ladder.
        Hit best = search.search("which companies hire payments principals?", GUIDE, 3).best().orElseThrow();
        assertEquals("companies-hiring", best.sectionId());
        assertEquals("Stripe, Adyen, Wise, Klarna", best.snippet().replace("*", ""));
    }
}
