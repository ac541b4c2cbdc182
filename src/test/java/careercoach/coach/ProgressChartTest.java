package careercoach.coach;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressChartTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static SkillCheckResult.RatedSkill rated(String ref, String label, Rating rating) {
        return new SkillCheckResult.RatedSkill(ref, label, rating);
    }

    private static SkillCheckResult result(String id, List<SkillCheckResult.RatedSkill> strengths,
                                           List<SkillCheckResult.RatedSkill> gaps) {
        return new SkillCheckResult(id, "backend-lead", T0, strengths,
                gaps.stream().map(g -> new SkillCheckResult.Gap(g, List.of())).toList(), List.of());
    }

    @Test
    void render_givesAPngOfTheStatedSizeWithOneRowPerSkillArea() throws IOException {
        List<ProgressChart.Row> rows = List.of(
                new ProgressChart.Row("System design", Rating.PRACTISED, Optional.of(Rating.SOME_EXPOSURE)),
                new ProgressChart.Row("Observability", Rating.SOME_EXPOSURE, Optional.of(Rating.SOME_EXPOSURE)),
                new ProgressChart.Row("Leading through influence", Rating.NEW_TO_IT, Optional.empty()));

        ProgressChart.Picture picture = ProgressChart.render(rows, true);

        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(picture.png(), 8));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertNotNull(decoded);
        assertEquals(ProgressChart.WIDTH, decoded.getWidth());
        assertEquals(picture.height(), decoded.getHeight());
        assertEquals(70 + 3 * 40 + 44, picture.height());
        assertTrue(picture.png().length < 100_000, "a small picture: " + picture.png().length + " bytes");
    }

    @Test
    void altText_listsEveryValueInWords() {
        List<ProgressChart.Row> rows = List.of(
                new ProgressChart.Row("System design", Rating.PRACTISED, Optional.of(Rating.SOME_EXPOSURE)),
                new ProgressChart.Row("Observability", Rating.SOME_EXPOSURE, Optional.of(Rating.SOME_EXPOSURE)),
                new ProgressChart.Row("Leading through influence", Rating.NEW_TO_IT, Optional.empty()));

        assertEquals("Skill ratings now and at the previous check. System design: practised it, was some exposure;"
                        + " Observability: some exposure (unchanged); Leading through influence: new to it.",
                ProgressChart.altText(rows, true));
        assertEquals("Skill ratings now. System design: could teach it.", ProgressChart.altText(
                List.of(new ProgressChart.Row("System design", Rating.COULD_TEACH, Optional.empty())), false));
    }

    @Test
    void altText_saysAPitfallsRatingInItsOwnWords() {
        List<ProgressChart.Row> rows = List.of(new ProgressChart.Row("Saying no too often", Rating.PRACTISED,
                Optional.of(Rating.NEW_TO_IT), true));

        assertEquals("Skill ratings now and at the previous check. Saying no too often trips you up: rarely, was often.",
                ProgressChart.altText(rows, true));
        assertTrue(ProgressChart.render(rows, true).png().length > 0);
    }

    @Test
    void rows_takeTheLatestCheckStrongestFirstWithThePreviousRatingOfTheSameSkill() {
        SkillCheckResult before = result("c1", List.of(rated("s/a", "A", Rating.PRACTISED)),
                List.of(rated("s/b", "B", Rating.NEW_TO_IT)));
        SkillCheckResult latest = result("c2", List.of(rated("s/b", "B", Rating.COULD_TEACH)),
                List.of(rated("s/c", "C", Rating.NEW_TO_IT), rated("s/a", "A", Rating.SOME_EXPOSURE)));
        ProgressReport report = new ProgressReport(latest, Optional.of(before), List.of());

        assertEquals(List.of(
                        new ProgressChart.Row("B", Rating.COULD_TEACH, Optional.of(Rating.NEW_TO_IT)),
                        new ProgressChart.Row("A", Rating.SOME_EXPOSURE, Optional.of(Rating.PRACTISED)),
                        new ProgressChart.Row("C", Rating.NEW_TO_IT, Optional.empty())),
                ProgressChart.rows(report));
        assertTrue(ProgressChart.render(report).altText().startsWith("Skill ratings now and at the previous check."));
    }

    @Test
    void render_withNoRatedSkillOrManyLongOnes_staysAValidPictureAndAltTextWithinSlacksLimit() throws IOException {
        ProgressChart.Picture empty = ProgressChart.render(List.of(), false);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(empty.png())));
        assertEquals("Skill ratings now. No skill area was rated.", empty.altText());

        List<ProgressChart.Row> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new ProgressChart.Row("A skill area with a very long name that will not fit beside its bar " + i,
                    Rating.values()[i % 4], Optional.of(Rating.values()[(i + 1) % 4])));
        }
        ProgressChart.Picture big = ProgressChart.render(many, true);
        assertEquals(70 + ProgressChart.MAX_ROWS * 40 + 44, big.height());
        assertTrue(big.altText().length() <= ProgressChart.MAX_ALT_TEXT);
        assertFalse(big.altText().isBlank());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(big.png())));
    }
}
