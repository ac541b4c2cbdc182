package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideSearchTest {
    private static final String GUIDE = "backend-engineering-lead-microservices";
    private static final Path INDEX_DATA = Path.of("index-data");
    private static GuideLibrary library;
    private static GuideSearch search;

    @BeforeAll
    static void buildIndex() throws Exception {
        library = new GuideLoader().load(INDEX_DATA);
        search = GuideSearch.forIndexData(library, INDEX_DATA);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        search.close();
    }

    private static String best(String question) {
        Answer answer = search.search(question, Optional.empty(), 3);
        assertTrue(answer.answered(), () -> "not answered: " + question + " " + answer.reason());
        return answer.best().orElseThrow().sectionId();
    }

    @Test
    void listed_splitsAnItemsDetailsIntoTheThingsItNames() {
        assertEquals(List.of("timeouts", "retries", "circuit breakers", "rate limiting"),
                Confidence.listed("timeouts, retries, circuit breakers, rate limiting"));
        assertEquals(List.of("Java", "Kotlin", "Go", "Python", "Node.js"),
                Confidence.listed("e.g., Java/Kotlin, Go, C#, Python, Node.js"));
        assertEquals(List.of(), Confidence.listed(""));
    }

    @Test
    void search_clearQuestionsRankTheRightSectionFirst() {
        assertEquals("salary-and-demand", best("what is the salary range"));
        assertEquals("companies-hiring", best("which companies are hiring"));
        assertEquals("skill-gaps", best("circuit breakers and retries"));
        assertEquals("career-progression", best("can I become an engineering manager"));
    }

    @Test
    void search_guideFilterKeepsOnlyThatGuide() {
        Answer inGuide = search.search("salary", Optional.of(GUIDE), 5);
        assertFalse(inGuide.hits().isEmpty());
        assertTrue(inGuide.hits().stream().allMatch(h -> h.guideId().equals(GUIDE)));
        Answer otherGuide = search.search("salary", Optional.of("no-such-guide"), 5);
        assertTrue(otherGuide.hits().isEmpty());
        assertFalse(otherGuide.answered());
    }

    @Test
    void search_misspellingGetsDidYouMeanAndStillAnswers() {
        Answer salary = search.search("sallary", Optional.empty(), 3);
        assertEquals(Optional.of("salary"), salary.suggestion());
        assertEquals("salary-and-demand", salary.best().orElseThrow().sectionId());
        Answer breaker = search.search("circut breaker", Optional.empty(), 3);
        assertEquals(Optional.of("circuit breaker"), breaker.suggestion());
        assertEquals("skill-gaps", breaker.best().orElseThrow().sectionId());
    }

    @Test
    void search_correctlySpelledQuestionHasNoSuggestion() {
        assertTrue(search.search("salary range", Optional.empty(), 3).suggestion().isEmpty());
    }

    @Test
    void search_snippetMarksMatchesInBoldAndStaysShort() {
        Hit hit = search.search("circuit breakers", Optional.empty(), 1).best().orElseThrow();
        assertTrue(hit.snippet().contains("*circuit*"), hit.snippet());
        for (Hit h : search.search("engineers services lead teams", Optional.empty(), 9).hits()) {
            assertTrue(h.snippet().length() <= Snippets.MAX_CHARS, h.snippet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the weather in Paris", "what's for dinner", "book a meeting room",
            "how do I reset my password"})
    void search_outOfScopeIsNotAnswered(String question) {
        Answer answer = search.search(question, Optional.empty(), 3);
        assertFalse(answer.answered());
        assertNotNull(answer.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*:*", "\"salary", "(salary]", "AND OR NOT", "salary\u0000\u0007\u001b",
            "💰💰 salary 🚀", "ما هو الراتب", "title:salary^10~2", "\\", "?", "-", "++--&&||!(){}[]^\"~*?:\\/"})
    void search_badInputNeverThrows(String question) {
        Answer answer = search.search(question, Optional.empty(), 5);
        assertTrue(answer.answered() || answer.reason() != null, question);
    }

    @Test
    void search_veryLongQuestionNeverThrows() {
        // Longer than is searched: said to be too long, not answered from its first lines.
        Answer answer = search.search("salary ".repeat(1430), Optional.empty(), 5);
        assertFalse(answer.answered());
        assertEquals(Answer.TOO_LONG, answer.reason());
        assertEquals(Answer.TOO_LONG, search.search("lead ".repeat(1000), Optional.empty(), 5).reason());
        // Spaces and invisible characters do not make a question long.
        assertTrue(search.search("what does a backend lead earn?" + " \u200B".repeat(2000), Optional.empty(), 5)
                .answered());
        Answer noise = search.search("x".repeat(10_000), Optional.empty(), 5);
        assertFalse(noise.answered());
        assertNotNull(noise.reason());
    }

    @Test
    void search_nullAndBlankGiveReason() {
        assertEquals("empty question", search.search(null, Optional.empty(), 5).reason());
        assertEquals("empty question", search.search(" \t\n", Optional.empty(), 5).reason());
    }

    @Test
    void search_limitCapsHits() {
        List<Hit> hits = search.search("engineering lead", Optional.empty(), 2).hits();
        assertTrue(hits.size() <= 2);
    }

    @Test
    void search_realWordsAreNeverCorrectedIntoGuideWords() {
        // "metal" and "leading" are English words one edit from guide words ("Meta", "lead"): left as typed.
        assertTrue(search.search("metal bands", Optional.empty(), 3).suggestion().isEmpty());
        assertTrue(search.search("leading a team", Optional.empty(), 3).suggestion().isEmpty());
    }

    @Test
    void search_snippetIsThePassageClosestInMeaning() {
        Hit pay = search.search("how much does a lead earn", Optional.empty(), 1).best().orElseThrow();
        assertEquals("salary-and-demand", pay.sectionId());
        assertFalse(pay.snippet().startsWith("Median Salary Range: Entry Level"), pay.snippet());
        Hit design = search.search("how do I get better at system design?", Optional.empty(), 1).best().orElseThrow();
        assertFalse(design.sectionId().equals("career-progression"), design.sectionId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is the CEO of Stripe", "what's Amazon's stock price today",
            "how do I configure Datadog monitors with terraform", "what does a data scientist earn",
            "where's the link to our grafana dashboard", "when is the holiday party"})
    void search_nearMissesSharingGuideWordsAreNotAnswered(String question) {
        Answer answer = search.search(question, Optional.empty(), 3);
        assertFalse(answer.answered(), () -> question + " -> " + answer.best().map(Hit::sectionId).orElse(""));
        assertEquals("outside the guides", answer.reason());
    }

    @Test
    void search_longQuestionWithPersonalContextIsAnswered() {
        assertEquals("salary-and-demand", best("I've been a senior dev for 5 years, mostly Java, and my manager says "
                + "I should go for the lead track; honestly what would the pay look like compared to now?"));
    }

    @Test
    void search_questionNamingAnotherGuidesRoleSearchesThatGuide() throws Exception {
        Guide backend = library.guides().get(0);
        Guide frontend = new Guide("frontend-engineering-lead", "Frontend Engineering Lead", "Career Guide",
                backend.sections());
        try (GuideSearch two = new GuideSearch(new GuideLibrary(List.of(backend, frontend)), Synonyms.load(INDEX_DATA))) {
            Answer named = two.search("responsibilities of a frontend lead", Optional.of(GUIDE), 3);
            assertEquals("frontend-engineering-lead", named.best().orElseThrow().guideId());
            Answer unnamed = two.search("how do I work with the frontend team", Optional.of(GUIDE), 3);
            assertTrue(unnamed.hits().stream().allMatch(h -> h.guideId().equals(GUIDE)));
            Answer everywhere = two.search("salary range", Optional.empty(), 5);
            assertTrue(everywhere.hits().stream().map(Hit::guideId).distinct().count() == 2);
        }
    }
}
