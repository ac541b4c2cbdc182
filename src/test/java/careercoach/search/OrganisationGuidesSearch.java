package careercoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;

/**
 * One organisation's own guides (a folder of {@code src/test/resources/search}) beside the shipped backend guide,
 * searched as the server searches them, for a test class that only asks questions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrganisationGuidesSearch {
    GuideSearch search;

    /** The organisation's folder under {@code src/test/resources/search}. */
    abstract String folder();

    @BeforeAll
    void build() throws Exception {
        search = MultiGuideSearches.over(Path.of("src/test/resources/search", folder()), "multi-guide-embeddings");
    }

    @AfterAll
    void close() throws Exception {
        search.close();
    }

    /** The guide and section answering {@code question} first, nobody's guide chosen; fails if it is refused. */
    String best(String question) {
        return MultiGuideSearches.bestSection(search, question);
    }
}
