package careercoach.search;

import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality floor on a question set written apart from the ranking: recall@1 and out-of-scope rejection. */
class SearchQualityTest {
    private static final double FLOOR = 0.90;

    @Test
    void search_meetsQualityFloorOnOwnQuestionSet() throws Exception {
        Path indexData = Path.of("index-data");
        List<String> misses = new ArrayList<>();
        int inScope = 0;
        int top1 = 0;
        int outOfScope = 0;
        int rejected = 0;
        try (GuideSearch search = GuideSearch.forIndexData(new GuideLoader().load(indexData), indexData)) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/search/questions.tsv"),
                    StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                Answer answer = search.search(parts[0], Optional.empty(), 3);
                if (parts[1].equals("-")) {
                    outOfScope++;
                    if (!answer.answered()) {
                        rejected++;
                    } else {
                        misses.add("answered: " + parts[0]);
                    }
                    continue;
                }
                inScope++;
                List<String> acceptable = Arrays.asList(parts[1].split(","));
                if (answer.answered() && acceptable.contains(answer.best().orElseThrow().sectionId())) {
                    top1++;
                } else {
                    misses.add("missed: " + parts[0] + " -> " + answer.best().map(Hit::sectionId).orElse("none"));
                }
            }
        }
        double recall = (double) top1 / inScope;
        double rejection = (double) rejected / outOfScope;
        String report = String.format("recall@1=%.2f rejected=%.2f %s", recall, rejection, misses);
        assertTrue(recall >= FLOOR, report);
        assertTrue(rejection >= FLOOR, report);
    }
}
