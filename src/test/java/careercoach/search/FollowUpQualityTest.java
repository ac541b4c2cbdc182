package careercoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-ups in a thread, on the held-out half of the multi-guide dialogues (never tuned on): the second message of
 * a follow-up dialogue, read with the first question, lands in the right section at least {@link #FOLLOW_UP_FLOOR}
 * of the time, and a fresh second question is answered no worse than alone. Failures give the figures alone, so a
 * build log does not show held-out dialogues to whoever tunes next. {@code -Ddialogues=FILE} scores another file
 * (the tuning half) and prints its misses.
 */
class FollowUpQualityTest {
    static final double FOLLOW_UP_FLOOR = 0.85;

    @TempDir
    static Path indexData;
    private static GuideSearch search;

    @BeforeAll
    static void buildIndex() throws Exception {
        search = new GuideSearch(MultiGuideDialogues.library(indexData, Optional.empty()), Synonyms.load(Path.of("index-data")));
    }

    @AfterAll
    static void closeIndex() throws Exception {
        search.close();
    }

    @Test
    void heldOutDialogues_followUpsInAThread_reachTheFloorAndFreshQuestionsLoseNothing() throws Exception {
        List<MultiGuideDialogues.Dialogue> dialogues =
                MultiGuideDialogues.read(MultiGuideDialogues.CORPUS.resolve("heldout-dialogues.tsv"));

        MultiGuideDialogues.Score alone = MultiGuideDialogues.score(search, dialogues, false);
        MultiGuideDialogues.Score thread = MultiGuideDialogues.score(search, dialogues, true);

        String figures = "in a thread: " + thread.figures() + " / alone: " + alone.figures();
        System.out.println("held-out dialogues " + figures);
        assertTrue(thread.rate("follow-up") >= FOLLOW_UP_FLOOR, figures);
        assertTrue(thread.rate("fresh") >= alone.rate("fresh"), figures);
    }

    @Test
    void anotherFile_whenAsked_printsFiguresAndMisses() throws Exception {
        String file = System.getProperty("dialogues");
        if (file == null || file.isBlank()) {
            return;
        }
        List<MultiGuideDialogues.Dialogue> dialogues = MultiGuideDialogues.read(Path.of(file));
        MultiGuideDialogues.Score alone = MultiGuideDialogues.score(search, dialogues, false);
        MultiGuideDialogues.Score thread = MultiGuideDialogues.score(search, dialogues, true);
        System.out.println(file + " alone: " + alone.figures());
        System.out.println(file + " in a thread: " + thread.figures());
        thread.misses().forEach(m -> System.out.println("  miss " + m));
    }
}
