package careercoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A logistics company's own guides (one with aliases) beside the shipped backend guide, nobody's guide chosen:
 * roles said in the short forms people use find their guide, and the section asked about comes first.
 */
class LogisticsGuidesSearchTest {
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = MultiGuideSearches.over(Path.of("src/test/resources/search/outside-guides-5"),
                "multi-guide-embeddings");
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    private static String best(String question) {
        return MultiGuideSearches.bestSection(search, question);
    }

    @Test
    void search_aClippedCompoundOfATitleNamesItsGuide() {
        assertEquals("developer-experience-lead:salary-and-demand", best("what does a devex lead earn"));
        assertEquals("developer-experience-lead:top-skills", best("top skills of a DevEx lead"));
    }

    @Test
    void search_anArrowIsAMoveToTheRoleAfterIt() {
        assertEquals("ml-engineering-lead-routing-forecasting:top-skills",
                best("senior ML engineer => ML lead (routing & forecasting): which skills matter"));
        assertEquals("engineering-manager-warehouse-systems:where-people-trip-up",
                best("devex lead \u2192 EM (warehouse systems), what do people get wrong"));
    }

    @Test
    void search_initialsBeforeTheHeadOfTheirTitle_theWordBetweenLeftOut_nameTheGuide() {
        assertEquals("ml-engineering-lead-routing-forecasting:salary-and-demand",
                best("ML lead (routing & forecasting) salary"));
    }
}
