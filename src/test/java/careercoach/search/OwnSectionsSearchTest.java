package careercoach.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guide written with an organisation's own sections (src/test/resources/search/own-sections): its pay table's
 * rows are roles, and some of its sections have no standard kind, so no labelled question votes for them.
 */
class OwnSectionsSearchTest {
    private static final Optional<String> GUIDE = Optional.of("release-engineering-lead");
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = MultiGuideSearches.over(Path.of("src/test/resources/search/own-sections/guides"),
                "own-sections-embeddings");
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void search_payOfTheGuidesRoleQuotesItsRowOfThePayTable() {
        // Meaning alone quotes the highest band ("Head of Delivery"); the guide's title names the Release Lead row.
        Answer answer = search.search("what does a release engineering lead earn", GUIDE, 3);
        assertTrue(answer.answered());
        Hit best = answer.best().orElseThrow();
        assertEquals("pay-and-market", best.sectionId());
        assertTrue(best.snippet().startsWith("Bands: Release Lead ($175k"), best.snippet());
    }

    @Test
    void search_aLevelTheQuestionSaysQuotesThatRowOverTheGuidesRole() {
        Hit best = search.search("what is the pay for a senior release engineer", GUIDE, 3).best().orElseThrow();
        assertEquals("pay-and-market", best.sectionId());
        assertTrue(best.snippet().contains("Senior* Release Engineer ($150k"), best.snippet());
    }

    @Test
    void search_aSectionOfNoKindTheQuestionNamesIsAnswered() {
        // No labelled question votes for "Certifications and courses": the guide's vote-less section is ranked by its
        // words and meaning, and the confidence does not read it as far from every answered question.
        Answer answer = search.search("what certifications help?", GUIDE, 3);
        assertTrue(answer.answered(), answer.toString());
        assertEquals("certifications", answer.best().orElseThrow().sectionId(), answer.hits().toString());
    }

    @Test
    void search_aSectionOfNoKindIsNotRankedAsTheLeastVotedFor() {
        // Over all guides, the closest labelled questions vote for skills sections; the section of no kind is fused by
        // its words and meaning alone, not as the one section the vote put last.
        Answer answer = search.search("which certifications are worth getting", Optional.empty(), 3);
        Hit best = answer.best().orElseThrow();
        assertEquals("release-engineering-lead", best.guideId(), answer.hits().toString());
        assertEquals("certifications", best.sectionId(), answer.hits().toString());
    }
}
