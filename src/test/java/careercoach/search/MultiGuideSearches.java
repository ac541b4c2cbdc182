package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import careercoach.guide.GuideLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped guide beside the multi-guide fixture guides, searched as production builds a search. */
final class MultiGuideSearches {
    static final Path CORPUS = Path.of("src/test/resources/search/multi-guide");

    private MultiGuideSearches() {
    }

    private static GuideSearch shared;

    /**
     * One search over the shipped and fixture guides for every test class of this run that only asks it questions:
     * building it takes seconds, and asking changes nothing in it. It lives as long as the test run.
     */
    static synchronized GuideSearch shared() throws IOException {
        if (shared == null) {
            shared = open();
        }
        return shared;
    }

    /** A search over the shipped and fixture guides; its passage vectors are cached under target/. */
    static GuideSearch open() throws IOException {
        return over(CORPUS.resolve("guides"), "multi-guide-embeddings");
    }

    /**
     * A search over the shipped guide and the guides in {@code guides} side by side, loaded as the server loads them
     * (kinds read from content where a heading names none), passage vectors cached in {@code target/<cache>}.
     */
    static GuideSearch over(Path guides, String cache) throws IOException {
        Path indexData = MultiGuideQuality.combined(Path.of("index-data"), guides);
        Optional<Path> cacheDirectory = Optional.of(Path.of("target", cache));
        GuideLibrary library = KindsByMeaning.loader(cacheDirectory).load(indexData);
        return new GuideSearch(library, Synonyms.load(indexData), GuideSearch.Settings.defaults(cacheDirectory));
    }

    /** The guide and section answering {@code question} first, nobody's guide chosen; fails if it is refused. */
    static String bestSection(GuideSearch search, String question) {
        Answer answer = search.search(question, Optional.empty(), 3);
        assertTrue(answer.answered(), question + ": " + answer.reason());
        Hit hit = answer.best().orElseThrow();
        return hit.guideId() + ":" + hit.sectionId();
    }
}
