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
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sections under headings that name no kind (src/test/resources/search/no-kind-headings): the guide loader reads the
 * kind their content clearly says, once, and the search takes the guides as loaded, so the labelled questions vote
 * for them as for any section of that kind.
 */
class KindsByMeaningTest {
    private static final Optional<Path> CACHE = Optional.of(Path.of("target", "no-kind-headings-embeddings"));
    private static Path indexData;
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        indexData = MultiGuideQuality.combined(Path.of("index-data"),
                Path.of("src/test/resources/search/no-kind-headings/guides"));
        search = new GuideSearch(KindsByMeaning.loader(CACHE).load(indexData), Synonyms.load(indexData),
                GuideSearch.Settings.defaults(CACHE));
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
    void search_guidesLoadedWithoutReadingKinds_takesTheirSectionsOfNoneAsTheyAre() throws Exception {
        // The loader reads kinds, once; the search indexes the guides it is given as they are.
        GuideLibrary unread = new GuideLoader().load(indexData);
        try (GuideSearch asGiven = new GuideSearch(unread, Synonyms.load(indexData),
                GuideSearch.Settings.defaults(CACHE))) {
            Guide guide = asGiven.guide("data-engineering-lead").orElseThrow();
            assertEquals(Optional.empty(), guide.section("hard-lessons").flatMap(Section::kind));
        }
        Guide loaded = search.guide("data-engineering-lead").orElseThrow();
        assertTrue(loaded.section("hard-lessons").orElseThrow().is(SectionIds.SKILL_GAPS));
    }

    @Test
    void reader_sectionOfNoKindWhoseKindItsGuideHasAlready_staysOfNone() throws Exception {
        // "Certifications and courses" reads closest to the development suggestions, which "Ways to grow" already is.
        Guide guide = new GuideLoader().load(Path.of("src/test/resources/search/own-sections")).guides().stream()
                .filter(g -> g.id().equals("release-engineering-lead")).findFirst().orElseThrow();

        Map<String, String> kinds = KindsByMeaning.reader(CACHE).kinds(guide);

        assertEquals(Optional.empty(), Optional.ofNullable(kinds.get("certifications")));
        assertTrue(guide.withKinds(kinds).section("ways-to-grow").orElseThrow().is(SectionIds.DEVELOPMENT_SUGGESTIONS));
    }
}
