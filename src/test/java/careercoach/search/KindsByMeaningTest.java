package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sections under headings that name no kind (src/test/resources/search/no-kind-headings): the search reads the kind
 * their content clearly says, so the labelled questions vote for them as for any section of that kind.
 */
class KindsByMeaningTest {
    private static final Path CACHE = Path.of("target", "no-kind-headings-embeddings");
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        Path indexData = MultiGuideQuality.combined(Path.of("index-data"),
                Path.of("src/test/resources/search/no-kind-headings/guides"));
        search = new GuideSearch(new GuideLoader().load(indexData), Synonyms.load(indexData),
                GuideSearch.Settings.defaults(Optional.of(CACHE)));
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void search_whatPeopleGetWrong_isAnsweredFromTheGapsUnderAHeadingOfNoKind() {
        // "Hard lessons" names no kind; its content reads as the skill gaps, so the questions about what people new
        // to a role get wrong vote for it, as they do for any guide's "Common Skill Gaps".
        Answer answer = search.search("what do first-time data engineering leads tend to get wrong", Optional.empty(),
                3);
        assertTrue(answer.answered(), answer.toString());
        assertEquals("hard-lessons", answer.best().orElseThrow().sectionId(), answer.hits().toString());
    }

    @Test
    void read_sectionOfNoKindWhoseKindItsGuideHasAlready_staysOfNone() throws Exception {
        // "Certifications and courses" reads closest to the development suggestions, which "Ways to grow" already is.
        GuideLibrary library = new GuideLoader().load(Path.of("src/test/resources/search/own-sections"));
        EmbeddingCache cache = EmbeddingCache.forDirectory(SentenceEmbedder.MODEL_ID, SentenceEmbedder.DIMENSIONS,
                Optional.of(CACHE));

        GuideLibrary read = KindsByMeaning.read(library, cache, SentenceEmbedder.shared()::embedPassage,
                key -> SentenceEmbedder.shared().embedQuestion(SentenceEmbedder.questionOf(key)));

        Guide guide = read.find("release-engineering-lead").orElseThrow();
        assertEquals(Optional.empty(), guide.section("certifications").flatMap(Section::kind));
        assertTrue(guide.section("ways-to-grow").orElseThrow().is(SectionIds.DEVELOPMENT_SUGGESTIONS));
    }
}
