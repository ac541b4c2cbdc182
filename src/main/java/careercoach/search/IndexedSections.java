package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the guides as indexed: every section by key, with its passages' vectors and what its snippets can
 * show, and the guides by id. Built once for a {@link GuideSearch}; searches read it without locks.
 *
 * <p>Each guide's passages are indexed apart ({@link IndexedGuide}: the guide's own passage segment, with its vector
 * graph, its section documents' segment, and its sections' vectors and snippets), so a new version of the guides
 * takes over what an earlier version built for every guide that did not change, and builds only the guides that
 * did: editing one guide of fifty embeds and analyses that guide alone. The section segments of all guides are then
 * merged into one (BM25's statistics are every guide's). A fresh build makes exactly the same parts, so a reload
 * answers as a fresh start over the same guides would.
 */
final class IndexedSections implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexedSections.class);
    /** Threads that embed new passages when the guides are indexed. */
    static final int EMBEDDING_THREADS = 2;
    /** Threads that index guides' passages (each guide's vector graph is built apart): the machine's two cores. */
    static final int INDEXING_THREADS = 2;

    /** A section as searched: where it is, its passages' vectors and what its snippets can show. */
    record Indexed(String guideId, Section section, float[][] vectors, List<Snippets.Shown> shown) {
    }

    /**
     * One guide as indexed: its sections, in the guide's order, with their section documents' segment (merged into
     * the index's one section segment) and their passages' segment. Shared by every version of the guides that
     * holds this guide unchanged, counted by its passage reader's references: each {@link IndexedSections} holding
     * it owns one, each open searcher reading it another; the section segment goes with it.
     */
    static final class IndexedGuide {
        final Guide guide;
        final List<Indexed> sections;
        final DirectoryReader sectionDocs;
        final DirectoryReader passages;

        private IndexedGuide(Guide guide, List<Indexed> sections, DirectoryReader sectionDocs,
                             DirectoryReader passages) {
            this.guide = guide;
            this.sections = sections;
            this.sectionDocs = sectionDocs;
            this.passages = passages;
            passages.getReaderCacheHelper().addClosedListener(key -> sectionDocs.close());
        }
    }

    private final Map<String, Indexed> byKey;
    private final Map<String, Guide> guides;
    private final List<IndexedGuide> indexed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private IndexedSections(Map<String, Indexed> byKey, Map<String, Guide> guides, List<IndexedGuide> indexed) {
        this.byKey = byKey;
        this.guides = guides;
        this.indexed = indexed;
    }

    /**
     * Embeds the library's passages (those the cache lacks, with {@code embedPassage}) and writes its sections
     * (analysed by {@code analyzer}) and passages into {@code lucene}, replacing what it held.
     *
     * @param previous the guides indexed before, still open: what it built for a guide that did not change is taken
     *                 over instead of being built again
     */
    static IndexedSections index(GuideLibrary library, GuideIndex lucene, Analyzer analyzer, EmbeddingCache cache,
                                 Snippets snippets, Function<String, float[]> embedPassage,
                                 Optional<IndexedSections> previous)
            throws IOException {
        long start = System.nanoTime();
        List<Guide> all = library.guides();
        IndexedGuide[] parts = new IndexedGuide[all.size()];
        try {
            List<Integer> toBuild = new ArrayList<>();
            for (int g = 0; g < all.size(); g++) {
                Guide guide = all.get(g);
                parts[g] = previous.flatMap(p -> p.takeOver(guide)).orElse(null);
                if (parts[g] == null) {
                    toBuild.add(g);
                }
            }
            // The passages of the guides to build, embedded in one batch (those the cache lacks).
            List<List<List<Passages.Passage>>> passagesOf = new ArrayList<>();
            List<String> embedded = new ArrayList<>();
            for (int g : toBuild) {
                List<List<Passages.Passage>> ofSections = new ArrayList<>();
                for (Section section : all.get(g).sections()) {
                    List<Passages.Passage> passages = Passages.of(section);
                    ofSections.add(passages);
                    passages.forEach(p -> embedded.add(p.embedded()));
                }
                passagesOf.add(ofSections);
            }
            List<float[]> vectors = cache.vectors(embedded, embedPassage, EMBEDDING_THREADS);
            long embeddedAt = System.nanoTime();
            int[] firstVector = new int[toBuild.size()];
            for (int b = 0, next = 0; b < toBuild.size(); b++) {
                firstVector[b] = next;
                next += passagesOf.get(b).stream().mapToInt(List::size).sum();
            }
            build(toBuild.size(), b -> parts[toBuild.get(b)] = built(all.get(toBuild.get(b)),
                    passagesOf.get(b), vectors, firstVector[b], snippets, analyzer));
            long passagesAt = System.nanoTime();

            List<DirectoryReader> sectionSegments = new ArrayList<>();
            List<DirectoryReader> passageSegments = new ArrayList<>();
            Map<String, Indexed> byKey = new HashMap<>();
            int passageCount = 0;
            for (IndexedGuide part : parts) {
                for (Indexed section : part.sections) {
                    byKey.put(SectionDocuments.key(part.guide.id(), section.section().id()), section);
                    passageCount += section.vectors().length;
                }
                sectionSegments.add(part.sectionDocs);
                passageSegments.add(part.passages);
            }
            lucene.replace(sectionSegments, passageSegments);
            Map<String, Guide> guides = all.stream()
                    .collect(Collectors.toUnmodifiableMap(Guide::id, Function.identity()));
            LOG.info("indexed {} sections ({} passages) of {} guides in {} ms, {} built, {} taken over: embedding {} ms,"
                            + " passages {} ms, sections {} ms", byKey.size(), passageCount, guides.size(),
                    (System.nanoTime() - start) / 1_000_000, toBuild.size(), all.size() - toBuild.size(),
                    (embeddedAt - start) / 1_000_000, (passagesAt - embeddedAt) / 1_000_000,
                    (System.nanoTime() - passagesAt) / 1_000_000);
            return new IndexedSections(Map.copyOf(byKey), guides, List.of(parts));
        } catch (IOException | RuntimeException | Error e) {
            for (IndexedGuide part : parts) {
                if (part != null) {
                    part.passages.decRef();
                }
            }
            throw e;
        }
    }

    /** What this version built for {@code guide}, if it holds that guide unchanged and is still open. */
    private Optional<IndexedGuide> takeOver(Guide guide) {
        for (IndexedGuide part : indexed) {
            if (part.guide.equals(guide) && part.passages.tryIncRef()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private interface Build {
        void run(int index) throws IOException;
    }

    /** Runs {@code count} independent builds, on {@link #INDEXING_THREADS} threads when there are several. */
    private static void build(int count, Build build) throws IOException {
        if (count < 2) {
            for (int i = 0; i < count; i++) {
                build.run(i);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(INDEXING_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    try {
                        build.run(index);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One guide's sections and passages' segment, from its passages and their vectors (from {@code first}). */
    private static IndexedGuide built(Guide guide, List<List<Passages.Passage>> passagesOfSections,
                                      List<float[]> vectors, int first, Snippets snippets, Analyzer analyzer)
            throws IOException {
        List<Indexed> sections = new ArrayList<>();
        List<Document> sectionDocs = new ArrayList<>();
        List<Document> passageDocs = new ArrayList<>();
        int next = first;
        for (int s = 0; s < guide.sections().size(); s++) {
            Section section = guide.sections().get(s);
            String key = SectionDocuments.key(guide.id(), section.id());
            List<Passages.Passage> passages = passagesOfSections.get(s);
            sectionDocs.add(SectionDocuments.section(guide, section));
            float[][] sectionVectors = new float[passages.size()][];
            List<Snippets.Shown> shown = new ArrayList<>();
            for (int p = 0; p < passages.size(); p++) {
                float[] vector = vectors.get(next++);
                sectionVectors[p] = vector;
                passageDocs.add(SectionDocuments.passage(guide.id(), key, vector));
                if (passages.get(p).showable()) {
                    shown.add(snippets.shown(passages.get(p).shown(), passages.get(p).rowName(), vector));
                }
            }
            sections.add(new Indexed(guide.id(), section, sectionVectors, List.copyOf(shown)));
        }
        DirectoryReader sectionSegment = GuideIndex.segment(sectionDocs, analyzer);
        try {
            return new IndexedGuide(guide, List.copyOf(sections), sectionSegment,
                    GuideIndex.segment(passageDocs, analyzer));
        } catch (IOException | RuntimeException e) {
            sectionSegment.close();
            throw e;
        }
    }

    boolean contains(String key) {
        return byKey.containsKey(key);
    }

    Indexed get(String key) {
        return byKey.get(key);
    }

    /**
     * The kind of a section (kinds are shared by all guides, section ids need not be), or "" for a section of none:
     * what the labelled questions' vote is keyed by.
     */
    String kind(String key) {
        return byKey.get(key).section().kind().orElse("");
    }

    /** A section's similarity to a question: its closest passage's, over all its passages. */
    float similarity(String key, float[] vector) {
        Indexed section = byKey.get(key);
        float best = -1;
        for (float[] passage : section.vectors()) {
            best = Math.max(best, SentenceEmbedder.dot(vector, passage));
        }
        return best;
    }

    /** How many passage vectors are held, over all sections. */
    int passageVectors() {
        return byKey.values().stream().mapToInt(s -> s.vectors().length).sum();
    }

    Optional<Guide> guide(String guideId) {
        return Optional.ofNullable(guides.get(guideId));
    }

    /**
     * Lets go of the guides' passage segments: a segment closes once no later version holds its guide and no
     * searcher reads it.
     */
    @Override
    public void close() throws IOException {
        if (closed.getAndSet(true)) {
            return;
        }
        for (IndexedGuide part : indexed) {
            part.passages.decRef();
        }
    }
}
