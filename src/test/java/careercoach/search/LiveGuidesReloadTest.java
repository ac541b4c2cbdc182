package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's reloads: questions asked while guide files are edited, removed and added back are all answered, and
 * after each reload the answers are those of a search built afresh over the files as they are.
 */
class LiveGuidesReloadTest {
    private static final Optional<Path> CACHE = Optional.of(Path.of("target", "multi-guide-embeddings"));
    private static final String QUESTION = "how do I pick what to automate first";

    @Test
    void reload_questionsDuringReloadsAreAnsweredAndAfterThemAsByAFreshStart() throws Exception {
        Path indexData = MultiGuideQuality.combined(Path.of("index-data"), MultiGuideSearches.CORPUS.resolve("guides"));
        Path qa = indexData.resolve("guides/qa-test-automation-lead.yml");
        Path mobile = indexData.resolve("guides/mobile-engineering-lead-ios-android.yml");
        String mobileText = Files.readString(mobile, StandardCharsets.UTF_8);
        try (LiveGuides guides = new LiveGuides(indexData, KindsByMeaning.loader(CACHE), LiveGuides.SearchFactory.reusing(CACHE),
                Clock.systemUTC())) {
            AtomicBoolean asking = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            Thread asker = new Thread(() -> {
                while (asking.get()) {
                    try {
                        if (guides.search(QUESTION, Optional.empty(), 3).answered()) {
                            answered.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            asker.start();
            try {
                Files.writeString(qa, Files.readString(qa, StandardCharsets.UTF_8).replace(
                        "makes sure that what the teams ship works,", "makes sure that what every team ships works,"),
                        StandardCharsets.UTF_8);
                assertTrue(guides.reload());
                assertAnsweredAsFresh(guides, indexData);
                Files.delete(mobile);
                assertTrue(guides.reload());
                assertEquals(5, guides.library().guides().size());
                assertAnsweredAsFresh(guides, indexData);
                Files.writeString(mobile, mobileText, StandardCharsets.UTF_8);
                assertTrue(guides.reload());
                assertEquals(6, guides.library().guides().size());
                assertAnsweredAsFresh(guides, indexData);
            } finally {
                asking.set(false);
                asker.join();
            }
            assertEquals(List.of(), failures);
            assertTrue(answered.get() > 0);
        }
    }

    private static void assertAnsweredAsFresh(LiveGuides guides, Path indexData) throws Exception {
        try (GuideSearch fresh = GuideSearch.forIndexData(KindsByMeaning.loader(CACHE).load(indexData), indexData, CACHE)) {
            for (String question : List.of(QUESTION, "what do mobile leads earn", "is a QA lead paid less than a"
                    + " staff engineer", "how do I keep flaky tests out of the pipeline")) {
                assertEquals(fresh.search(question, Optional.empty(), 5), guides.search(question, Optional.empty(), 5),
                        question);
            }
        }
    }
}
