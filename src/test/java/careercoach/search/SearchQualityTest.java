package careercoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality floors on question sets: the held-out half of our own set (never tuned on), the shared development set,
 * and the older set the confidence is trained on. A floor that fails names every miss, except on the held-out half:
 * there it gives the figures alone, so a failing build log does not show held-out questions to whoever tunes next.
 */
class SearchQualityTest {
    private static final Path INDEX_DATA = Path.of("index-data");
    private static GuideSearch search;

    @BeforeAll
    static void buildIndex() throws Exception {
        search = GuideSearch.forIndexData(KindsByMeaning.loader(Optional.empty()).load(INDEX_DATA), INDEX_DATA);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        search.close();
    }

    private record Score(double recall1, double recall3, double rejected, List<String> misses) {
        String figures() {
            return String.format("recall@1=%.3f recall@3=%.3f rejected=%.3f (%d misses)",
                    recall1, recall3, rejected, misses.size());
        }

        @Override
        public String toString() {
            return figures() + " " + misses;
        }
    }

    private static Score score(Path file) throws Exception {
        List<String> misses = new ArrayList<>();
        int inScope = 0;
        int top1 = 0;
        int top3 = 0;
        int outOfScope = 0;
        int rejected = 0;
        String tsv = Files.readString(file, StandardCharsets.UTF_8);
        for (LabelledQuestions.Labelled q : LabelledQuestions.parse(tsv)) {
            Answer answer = search.search(q.question(), Optional.empty(), 3);
            if (!q.inScope()) {
                outOfScope++;
                if (!answer.answered()) {
                    rejected++;
                } else {
                    misses.add("answered: " + q.question());
                }
                continue;
            }
            inScope++;
            List<String> got = answer.answered() ? answer.hits().stream().map(Hit::sectionId).toList() : List.of();
            if (!got.isEmpty() && q.sections().contains(got.get(0))) {
                top1++;
            } else {
                misses.add("missed: " + q.question() + " -> " + (got.isEmpty() ? "not answered" : got.get(0)));
            }
            if (got.stream().anyMatch(q.sections()::contains)) {
                top3++;
            }
        }
        return new Score((double) top1 / inScope, (double) top3 / inScope,
                outOfScope == 0 ? 1 : (double) rejected / outOfScope, misses);
    }

    @Test
    void search_meetsFloorOnHeldOutQuestions() throws Exception {
        Score score = score(Path.of("src/test/resources/search/heldout-questions.tsv"));
        // Measured 0.888 / 0.963 / 0.964; the floors leave one question of slack for floating-point differences
        // between processors, and are the aims (0.85 / 0.95 / 0.90) or above.
        assertTrue(score.recall1() >= 0.88 && score.recall3() >= 0.95 && score.rejected() >= 0.94, score::figures);
    }

    @Test
    void search_meetsFloorOnSharedDevelopmentSet() throws Exception {
        Score score = score(Path.of("src/test/resources/search/dev-questions.tsv"));
        assertTrue(score.recall1() >= 1.0 && score.recall3() >= 1.0 && score.rejected() >= 1.0, score::toString);
    }

    @Test
    void search_meetsFloorOnTrainingQuestions() throws Exception {
        Score score = score(Path.of("src/main/resources/search/questions.tsv"));
        assertTrue(score.recall1() >= 0.95 && score.rejected() >= 0.95, score::toString);
    }
}
