package careercoach.slack.ask;

import careercoach.search.LiveGuides;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.search.Answer;
import careercoach.search.GuideSearch;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server reports ready once what answers commands is up, while the guides' search index is still being built
 * (on a restart most of the start): a question that arrives meanwhile is acknowledged, waits for the index, and is
 * answered exactly as it would be afterwards, by the same search and confidence; none is lost.
 */
class QuestionsWhileIndexingProtocolTest {
    private static final Path INDEX_DATA = Path.of("index-data");
    private static final String QUESTION = "what skills does a backend lead need?";

    /** Guides whose search index is built on a thread of its own, only once {@code release} is counted down. */
    private static CompletableFuture<LiveGuides> indexedOnRelease(CountDownLatch release, boolean fail) {
        try {
            return CompletableFuture.completedFuture(LiveGuides.loadingSearch(INDEX_DATA, new GuideLoader(),
                    (library, indexData) -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                        if (fail) {
                            throw new IOException("index broken for the test");
                        }
                        return search(library);
                    }, Clock.systemUTC(), task -> new Thread(task, "test-guide-index").start()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GuideSearch search(GuideLibrary library) throws IOException {
        return GuideSearch.forIndexData(library, INDEX_DATA, GuideSearch.cacheDirectory(System::getenv));
    }

    @Test
    void questionBeforeTheIndexIsBuilt_isAckedThenAnsweredAsAfterwards() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SlackTestKit kit = SlackTestKit.startWithGuides(config -> indexedOnRelease(release, false))) {
            assertFalse(kit.app().guides().searchReady().isDone(), "the index is still being built");
            assertEquals(200, kit.get("/readyz").statusCode());
            HttpResponse<String> skills = kit.command("U1", "C1", "skills");
            assertEquals(200, skills.statusCode());
            assertTrue(skills.body().contains("blocks"), "a command is answered in its ack: " + skills.body());

            HttpResponse<String> asked = kit.event(kit.newEventId(), kit.directMessage("U2", QUESTION), 0);
            assertEquals(200, asked.statusCode());
            assertTrue(kit.slack().calls("chat.postMessage").isEmpty(), "no answer without the index");

            release.countDown();
            String sent = kit.slack().await("chat.postMessage", 1).get(0).allText();
            Answer expected;
            try (GuideSearch built = search(new GuideLoader().load(INDEX_DATA))) {
                expected = built.search(QUESTION, Optional.empty(), 3);
            }
            assertTrue(expected.answered(), "the reference search answers it");
            String section = expected.best().orElseThrow().title();
            assertTrue(sent.contains(section), "answered with " + section + ": " + sent);
            assertFalse(sent.contains("I don't have that in the career guides"), sent);
        }
    }

    @Test
    void searchThatThrows_getsAnApology_inDirectMessagesMentionsAndAsk_andIsCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(0);
        try (SlackTestKit kit = SlackTestKit.startWithGuides(config -> indexedOnRelease(release, true))) {
            assertThrows(CompletionException.class, () -> kit.app().guides().searchReady().join());

            assertEquals(200, kit.event(kit.newEventId(), kit.directMessage("U2", QUESTION), 0).statusCode());
            assertEquals(200, kit.event(kit.newEventId(), kit.mention("U3", "C1", QUESTION), 0).statusCode());
            assertEquals(200, kit.command("U4", "C1", "ask " + QUESTION).statusCode());

            var posts = kit.slack().await("chat.postMessage", 2);
            assertTrue(posts.stream().allMatch(p -> p.allText().contains("Sorry, I couldn't search the guides")),
                    posts.toString());
            assertTrue(posts.stream().anyMatch(p -> "C1".equals(p.param("channel"))), "the mention is answered");
            String asked = kit.slack().await(c -> c.method().equals("response_url"), 1).get(0).allText();
            assertTrue(asked.contains("Sorry, I couldn't search the guides"), asked);
            kit.app().awaitIdle(java.time.Duration.ofSeconds(10));
            assertTrue(kit.get("/metrics").body().contains("career_search_failures_total 3.0"),
                    kit.get("/metrics").body());
        }
    }

    @Test
    void indexThatCannotBeBuilt_turnsReadinessOff() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SlackTestKit kit = SlackTestKit.startWithGuides(config -> indexedOnRelease(release, true))) {
            assertEquals(200, kit.get("/readyz").statusCode());

            release.countDown();
            CompletableFuture<Void> ready = kit.app().guides().searchReady();
            assertThrows(CompletionException.class, ready::join);
            assertEquals(503, kit.get("/readyz").statusCode());
        }
    }
}
