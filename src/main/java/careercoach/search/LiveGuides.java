package careercoach.search;

import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The guides and their search as the server serves them now. {@link #reload()} reads index-data again (on every
 * change, while {@link #watch} runs); only a set that passes every check replaces what is served, in one swap, so a
 * request sees either the old guides and index or the new ones, never a mix. The old index is closed once the
 * searches running on it have finished.
 */
public final class LiveGuides implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveGuides.class);

    /** Builds the search over a library (the real one reads synonyms from index-data). */
    @FunctionalInterface
    public interface SearchFactory {
        GuideSearch build(GuideLibrary library, Path indexData) throws IOException;

        /**
         * The search over a reloaded library while {@code served} still serves the guides before: by default built
         * like the first.
         */
        default GuideSearch rebuild(GuideSearch served, GuideLibrary library, Path indexData) throws IOException {
            return build(library, indexData);
        }

        /**
         * The server's search, passage vectors and the trained confidence kept in {@code searchCache}: a reload
         * takes over what the search served before built for every guide that did not change
         * ({@link GuideSearch#withGuides}), so editing one guide indexes that guide alone.
         */
        static SearchFactory reusing(Optional<Path> searchCache) {
            return new SearchFactory() {
                @Override
                public GuideSearch build(GuideLibrary library, Path indexData) throws IOException {
                    return GuideSearch.forIndexData(library, indexData, searchCache);
                }

                @Override
                public GuideSearch rebuild(GuideSearch served, GuideLibrary library, Path indexData)
                        throws IOException {
                    return served.withGuides(library, indexData);
                }
            };
        }
    }

    /**
     * One version of the guides with its index; closed at most once, after its last search. The index of the guides
     * loaded at start may still be being built (see {@link #loadingSearch}); those of reloads are built before they
     * are served.
     */
    private static final class Served {
        final GuideLibrary library;
        final CompletableFuture<GuideSearch> search;
        final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
        boolean closed;

        Served(GuideLibrary library, CompletableFuture<GuideSearch> search) {
            this.library = library;
            this.search = search;
        }
    }

    private final Path indexData;
    private final GuideLoader loader;
    private final SearchFactory searchFactory;
    private final Clock clock;
    private final AtomicReference<Served> served = new AtomicReference<>();
    private final Object reloads = new Object();
    private long attempts;
    private long loaded;
    private Optional<ReloadStatus.Failure> failure = Optional.empty();

    /**
     * Loads and indexes the guides once.
     *
     * @throws GuideValidationException when the guides have problems (the server does not start on them)
     */
    public LiveGuides(Path indexData, GuideLoader loader, SearchFactory searchFactory, Clock clock)
            throws IOException {
        this(indexData, loader, searchFactory, clock, Runnable::run);
        try {
            search(served.get());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private LiveGuides(Path indexData, GuideLoader loader, SearchFactory searchFactory, Clock clock,
                       Executor searchBuilder) throws IOException {
        this.indexData = indexData;
        this.loader = loader;
        this.searchFactory = searchFactory;
        this.clock = clock;
        GuideLibrary library = loader.load(indexData);
        CompletableFuture<GuideSearch> search = new CompletableFuture<>();
        served.set(new Served(library, search));
        searchBuilder.execute(() -> {
            try {
                search.complete(searchFactory.build(library, indexData));
            } catch (IOException | RuntimeException | Error e) {
                search.completeExceptionally(e);
            }
        });
    }

    /**
     * Loads and checks the guides now, and builds their search index on {@code searchBuilder}: what reads the guides
     * (commands, skill checks, checklists) can be served at once, while a search waits until the index is built.
     * On a restart the index is most of the start (reading the cached vectors, indexing, checking the stored
     * confidence), so the server can report ready that much sooner.
     *
     * @throws GuideValidationException when the guides have problems (the server does not start on them)
     */
    public static LiveGuides loadingSearch(Path indexData, GuideLoader loader, SearchFactory searchFactory,
                                           Clock clock, Executor searchBuilder) throws IOException {
        return new LiveGuides(indexData, loader, searchFactory, clock, searchBuilder);
    }

    /**
     * Starts loading and checking the guides on a thread of their own, then indexing them on another, so that what
     * else a start does (opening the database, building the Slack and web parts) happens meanwhile: on two cores this
     * is a good part of a start. The future completes once the guides are served (what reads them can run), or with
     * what stopped them (a {@link GuideValidationException} for guides with problems); questions wait for the index
     * after their acks (see {@link #searchReady}).
     *
     * @param searchCache where passage vectors and the trained confidence are kept ({@link GuideSearch#cacheDirectory})
     */
    public static CompletableFuture<LiveGuides> loadInBackground(Path indexData, GuideLoader loader,
                                                                 Optional<Path> searchCache, Clock clock) {
        CompletableFuture<LiveGuides> loading = new CompletableFuture<>();
        Executor searchBuilder = task -> daemon("guide-index", task).start();
        daemon("guide-load", () -> {
            try {
                LiveGuides guides = loadingSearch(indexData, loader, SearchFactory.reusing(searchCache), clock,
                        searchBuilder);
                guides.searchReady().whenComplete((built, failed) -> {
                    if (failed != null) {
                        LOG.error("the guides' search index could not be built: questions cannot be answered", failed);
                    } else {
                        LOG.info("search ready: questions are answered");
                    }
                });
                loading.complete(guides);
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }).start();
        return loading;
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Reloads the guides whenever a guide file, {@code synonyms.txt} or {@code default-guide} changes on disk, until
     * the returned watcher is closed.
     */
    public IndexDataWatcher watch() throws IOException {
        return new IndexDataWatcher(indexData, this::reload, IndexDataWatcher.SETTLE).start();
    }

    /**
     * Completes when the search of the guides served now is built (at once for guides loaded by the plain constructor
     * or by a reload), or exceptionally with what stopped it.
     */
    public CompletableFuture<Void> searchReady() {
        return served.get().search.thenApply(search -> null);
    }

    public Path indexData() {
        return indexData;
    }

    /** The guides served now; hold it only for one request, as a reload replaces it. */
    public GuideLibrary library() {
        return served.get().library;
    }

    /** Searches the guides served now; a reload meanwhile lets this search finish on the index it started on. */
    public Answer search(String question, Optional<String> guideId, int limit) {
        while (true) {
            Served now = served.get();
            // Right after a start the index may still be being built: the question waits for it (after its ack).
            GuideSearch search = search(now);
            now.inUse.readLock().lock();
            try {
                if (!now.closed) {
                    return search.search(question, guideId, limit);
                }
            } finally {
                now.inUse.readLock().unlock();
            }
            // Replaced and closed between reading it and locking it: the next one is already in place.
        }
    }

    /** The search of one version of the guides, once built; what stopped it from being built, as it was thrown. */
    private static GuideSearch search(Served served) throws UncheckedIOException {
        return joined(served.search);
    }

    /**
     * What {@code future} completed with; if it failed, what stopped it, as it was thrown (an I/O failure as an
     * {@link UncheckedIOException}).
     */
    public static <T> T joined(CompletableFuture<T> future) throws UncheckedIOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    /**
     * Reads index-data again. A valid set is indexed and swapped in; a broken one is refused and reported (see
     * {@link #status()}), and the guides served before keep serving. Reloads run one at a time.
     *
     * @return true when the new guides are served now
     */
    public boolean reload() {
        synchronized (reloads) {
            attempts++;
            try {
                GuideLibrary library = loader.load(indexData);
                // The search served now (unless it failed or is still being built) lends what it built for the
                // guides that did not change; it keeps serving until the new one is in place.
                CompletableFuture<GuideSearch> before = served.get().search;
                GuideSearch search = before.isDone() && !before.isCompletedExceptionally()
                        ? searchFactory.rebuild(before.join(), library, indexData)
                        : searchFactory.build(library, indexData);
                Served old = served.getAndSet(new Served(library, CompletableFuture.completedFuture(search)));
                loaded++;
                failure = Optional.empty();
                LOG.info("guides reloaded from {}: {} guide(s)", indexData, library.guides().size());
                retire(old);
                return true;
            } catch (GuideValidationException e) {
                refused(e.problems().stream().map(Object::toString).toList());
            } catch (IOException | RuntimeException e) {
                refused(List.of(indexData + ": " + e.getMessage()));
            } finally {
                reloads.notifyAll();
            }
            return false;
        }
    }

    private void refused(List<String> problems) {
        failure = Optional.of(new ReloadStatus.Failure(clock.instant(), problems));
        LOG.warn("guides under {} not reloaded, the guides loaded before keep serving: {}", indexData,
                String.join("; ", problems));
    }

    public ReloadStatus status() {
        synchronized (reloads) {
            return new ReloadStatus(attempts, loaded, failure);
        }
    }

    /** Waits until at least {@code count} reloads were tried since start; true when they were. */
    public boolean awaitAttempts(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (reloads) {
            while (attempts < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                reloads.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Closes an index no longer served, once the searches that hold it have finished. */
    private static void retire(Served old) {
        old.inUse.writeLock().lock();
        try {
            if (old.closed) {
                return;
            }
            old.closed = true;
        } finally {
            old.inUse.writeLock().unlock();
        }
        // An index still being built (a reload or a stop right after the start) is closed once it is.
        old.search.thenAccept(search -> {
            try {
                search.close();
            } catch (IOException e) {
                LOG.warn("a replaced search index did not close cleanly", e);
            }
        });
    }

    @Override
    public void close() {
        synchronized (reloads) {
            retire(served.get());
        }
    }
}
