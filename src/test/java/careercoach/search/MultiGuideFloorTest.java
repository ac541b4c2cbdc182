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
 * chosen, on the held-out half of the multi-guide questions (never tuned on); on a public service broadcaster's own
 * four guides beside the shipped one, with the questions its people wrote before any search ran (never tuned on); and
 * on a games studio's, a logistics company's and a healthcare software company's guides written the same way. The
 * held-out floors print the figures by kind and name no question, so that their questions stay held out; the other
 * organisations' guides are tuning sets (as the one-guide floors on the development and training sets are), so their
 * floors also print each question missed.
 */
class MultiGuideFloorTest {
    private static final Path CORPUS = Path.of("src/test/resources/search/multi-guide");

    @Test
    void search_meetsFloorOnMultiGuideHeldOutQuestions() throws Exception {
        MultiGuideQuality.Figures figures = MultiGuideQuality.score(MultiGuideSearches.shared(),
                MultiGuideQuality.rows(CORPUS.resolve("heldout-questions.tsv")), false);
        String printed = printed(figures, "multi-guide held-out half");
        // Floors a little below the figures measured when they were set (see docs/search.md), so that
        // floating-point differences between processors do not fail the build.
        assertTrue(figures.recallAt1() >= FLOOR_R1 && figures.recallAt3() >= FLOOR_R3
                && figures.guideAt1() >= FLOOR_GUIDE && figures.rejected() >= FLOOR_REJECTED, printed);
    }

    @Test
    void search_meetsFloorOnAnOrganisationsOwnGuides() throws Exception {
        assertFloorOnOrganisation("outside-guides-4", true, "an organisation's own guides",
                ORG_FLOOR_R1, ORG_FLOOR_R3, ORG_FLOOR_GUIDE, ORG_FLOOR_REJECTED);
    }

    @Test
    void search_meetsFloorOnASecondOrganisationsOwnGuides() throws Exception {
        assertFloorOnOrganisation("outside-guides-5", true, "a second organisation's own guides",
                SECOND_ORG_FLOOR_R1, SECOND_ORG_FLOOR_R3, SECOND_ORG_FLOOR_GUIDE, SECOND_ORG_FLOOR_REJECTED);
    }

    @Test
    void search_meetsFloorOnAThirdOrganisationsOwnGuides() throws Exception {
        assertFloorOnOrganisation("outside-guides-6", true, "a third organisation's own guides",
                THIRD_ORG_FLOOR_R1, THIRD_ORG_FLOOR_R3, THIRD_ORG_FLOOR_GUIDE, THIRD_ORG_FLOOR_REJECTED);
    }

    @Test
    void search_meetsFloorOnAHeldOutOrganisationsOwnGuides() throws Exception {
        assertFloorOnOrganisation("outside-guides-7", false, "a held-out organisation's own guides",
                HELD_OUT_ORG_FLOOR_R1, HELD_OUT_ORG_FLOOR_R3, HELD_OUT_ORG_FLOOR_GUIDE, HELD_OUT_ORG_FLOOR_REJECTED);
    }

    /** An organisation's own guides beside the shipped one; its misses are listed only where it is a tuning set. */
    private static void assertFloorOnOrganisation(String folder, boolean listMisses, String title, double r1,
            double r3, double guide, double rejected) throws Exception {
        Path organisation = Path.of("src/test/resources/search", folder);
        try (GuideSearch search = MultiGuideSearches.over(organisation, "multi-guide-embeddings")) {
            MultiGuideQuality.Figures figures = MultiGuideQuality.score(search,
                    MultiGuideQuality.rows(organisation.resolve("questions.tsv")), listMisses);
            String printed = printed(figures, title);
            assertTrue(figures.recallAt1() >= r1 && figures.recallAt3() >= r3 && figures.guideAt1() >= guide
                    && figures.rejected() >= rejected, printed);
        }
    }

    private static String printed(MultiGuideQuality.Figures figures, String title) {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        figures.print(new PrintStream(table, true, StandardCharsets.UTF_8), title);
        String printed = table.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        return printed;
    }

    // Measured 0.813 / 0.881 / 0.903 / 0.921 (134 in scope, 38 to refuse; 0.799 / 0.858 / 0.881 / 0.947 before rank
    // words several guides share were read and a refused question was answered by its meaning as a whole); the aims are 0.85 / 0.95 / 0.95 / 0.90.
    // Each floor lets one question of the figure go (1/134 in scope, 1/38 to refuse), no more.
    private static final double FLOOR_R1 = 0.805;
    private static final double FLOOR_R3 = 0.873;
    private static final double FLOOR_GUIDE = 0.895;
    private static final double FLOOR_REJECTED = 0.894;

    // A games studio's own four guides (outside-guides-4), a tuning set from 2026-12-07:
    // measured 0.908 / 0.954 / 0.977 / 0.788 (87 in scope, 33 to refuse), one question of each let go likewise.
    private static final double ORG_FLOOR_R1 = 0.896;
    private static final double ORG_FLOOR_R3 = 0.942;
    private static final double ORG_FLOOR_GUIDE = 0.965;
    private static final double ORG_FLOOR_REJECTED = 0.757;

    // A logistics company's own four guides (outside-guides-5), written before any search ran, held out until
    // 2026-12-08 and a tuning set since: measured 0.828 / 0.897 / 0.908 / 0.970 (87 in scope, 33 to refuse), one
    // question of each let go likewise.
    private static final double SECOND_ORG_FLOOR_R1 = 0.816;
    private static final double SECOND_ORG_FLOOR_R3 = 0.885;
    private static final double SECOND_ORG_FLOOR_GUIDE = 0.896;
    private static final double SECOND_ORG_FLOOR_REJECTED = 0.939;

    // A healthcare software company's own four guides (outside-guides-6), written before any search ran, held out
    // until the broadcaster's guides below were written (2026-12-08) and a tuning set since: measured 0.851 / 0.920 / 0.931 / 0.909 when first run
    // (87 in scope, 33 to refuse); the floor is the held-out end-of-round figure less one question of each.
    private static final double THIRD_ORG_FLOOR_R1 = 0.827;
    private static final double THIRD_ORG_FLOOR_R3 = 0.908;
    private static final double THIRD_ORG_FLOOR_GUIDE = 0.919;
    private static final double THIRD_ORG_FLOOR_REJECTED = 0.878;

    // A public service broadcaster's own four guides (outside-guides-7), written before any search ran and never
    // tuned on: measured 0.908 / 0.931 / 0.931 / 0.879 when first run, 0.920 / 0.943 / 0.943 / 0.879 after the
    // same changes (87 in scope, 33 to refuse), one question of each let go.
    private static final double HELD_OUT_ORG_FLOOR_R1 = 0.908;
    private static final double HELD_OUT_ORG_FLOOR_R3 = 0.931;
    private static final double HELD_OUT_ORG_FLOOR_GUIDE = 0.931;
    private static final double HELD_OUT_ORG_FLOOR_REJECTED = 0.848;
}
