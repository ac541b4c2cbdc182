package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quality floor with several guides side by side (the shipped guide and the multi-guide fixtures), nobody's guide
 * chosen, on the held-out half of the multi-guide questions (never tuned on), and on a games studio's own four
 * guides beside the shipped one with the questions its people wrote before any search ran. The held-out half's
 * floor prints the figures by kind and names no question, so that its questions stay held out; the studio's guides
 * are a tuning set (as the one-guide floors on the development and training sets do), so their floor also prints
 * each question missed.
 */
class MultiGuideFloorTest {
    private static final Path CORPUS = Path.of("src/test/resources/search/multi-guide");

    @Test
    void search_meetsFloorOnMultiGuideHeldOutQuestions() throws Exception {
        MultiGuideQuality.Figures figures = MultiGuideQuality.score(MultiGuideSearches.shared(),
                MultiGuideQuality.rows(CORPUS.resolve("heldout-questions.tsv")), false);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        String printed = printed(figures, "multi-guide held-out half");
        // Floors a little below the figures measured when they were set (see docs/search.md), so that
        // floating-point differences between processors do not fail the build.
        assertTrue(figures.recallAt1() >= FLOOR_R1 && figures.recallAt3() >= FLOOR_R3
                && figures.guideAt1() >= FLOOR_GUIDE && figures.rejected() >= FLOOR_REJECTED, printed);
    }

    @Test
    void search_meetsFloorOnAnOrganisationsOwnGuides() throws Exception {
        Path organisation = Path.of("src/test/resources/search/outside-guides-4");
        try (GuideSearch search = MultiGuideSearches.over(organisation, "multi-guide-embeddings")) {
            MultiGuideQuality.Figures figures = MultiGuideQuality.score(search,
                    MultiGuideQuality.rows(organisation.resolve("questions.tsv")), true);
            String printed = printed(figures, "an organisation's own guides");
            assertTrue(figures.recallAt1() >= ORG_FLOOR_R1 && figures.recallAt3() >= ORG_FLOOR_R3
                    && figures.guideAt1() >= ORG_FLOOR_GUIDE && figures.rejected() >= ORG_FLOOR_REJECTED, printed);
        }
    }

    private static String printed(MultiGuideQuality.Figures figures, String title) {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        figures.print(new PrintStream(table, true, StandardCharsets.UTF_8), title);
        String printed = table.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        return printed;
    }

    // Measured 0.791 / 0.858 / 0.881 / 0.947 (134 in scope, 38 to refuse); the aims are 0.85 / 0.95 / 0.95 / 0.90.
    // Each floor lets one question of the figure go (1/134 in scope, 1/38 to refuse), no more.
    private static final double FLOOR_R1 = 0.783;
    private static final double FLOOR_R3 = 0.850;
    private static final double FLOOR_GUIDE = 0.873;
    private static final double FLOOR_REJECTED = 0.92;

    // Measured 0.839 / 0.954 / 0.977 / 0.788 (87 in scope, 33 to refuse), one question of each let go likewise.
    private static final double ORG_FLOOR_R1 = 0.827;
    private static final double ORG_FLOOR_R3 = 0.942;
    private static final double ORG_FLOOR_GUIDE = 0.965;
    private static final double ORG_FLOOR_REJECTED = 0.757;
}
