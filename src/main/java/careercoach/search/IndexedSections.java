package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Section;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the guides as indexed: every section by key, with its passages' vectors and what its snippets can
 * show, and the guides by id. Built once for a {@link GuideSearch}; searches read it without locks.
 */
final class IndexedSections {
    private static final Logger LOG = LoggerFactory.getLogger(IndexedSections.class);
    /** Threads that embed new passages when the guides are indexed. */
    static final int EMBEDDING_THREADS = 2;

    /** A section as searched: where it is, its passages' vectors and what its snippets can show. */
    record Indexed(String guideId, Section section, float[][] vectors, List<Snippets.Shown> shown) {
    }

    private final Map<String, Indexed> byKey;
    private final Map<String, Guide> guides;

    private IndexedSections(Map<String, Indexed> byKey, Map<String, Guide> guides) {
        this.byKey = byKey;
        this.guides = guides;
    }

    /**
     * Embeds the library's passages (those the cache lacks, with {@code embedPassage}) and writes its sections and
     * passages into {@code lucene}, replacing what it held.
     */
    static IndexedSections index(GuideLibrary library, GuideIndex lucene, EmbeddingCache cache, Snippets snippets,
                                 Function<String, float[]> embedPassage) throws IOException {
        long start = System.nanoTime();
        List<String> keys = new ArrayList<>();
        List<List<Passages.Passage>> passagesOfSections = new ArrayList<>();
        List<String> embedded = new ArrayList<>();
        for (Guide guide : library.guides()) {
            for (Section section : guide.sections()) {
                List<Passages.Passage> passages = Passages.of(section);
                keys.add(SectionDocuments.key(guide.id(), section.id()));
                passagesOfSections.add(passages);
                passages.forEach(p -> embedded.add(p.embedded()));
            }
        }
        List<float[]> vectors = cache.vectors(embedded, embedPassage, EMBEDDING_THREADS);
        long embeddedAt = System.nanoTime();

        Map<String, Indexed> indexed = new HashMap<>();
        // Sections and passages are kept apart (GuideIndex): BM25 reads one segment of sections only.
        List<Document> sectionDocs = new ArrayList<>(keys.size());
        List<Document> passageDocs = new ArrayList<>(embedded.size());
        int next = 0;
        int s = 0;
        for (Guide guide : library.guides()) {
            for (Section section : guide.sections()) {
                String key = keys.get(s);
                List<Passages.Passage> passages = passagesOfSections.get(s++);
                sectionDocs.add(SectionDocuments.section(guide, section));
                float[][] sectionVectors = new float[passages.size()][];
                List<Snippets.Shown> shown = new ArrayList<>();
                for (int p = 0; p < passages.size(); p++) {
                    float[] vector = vectors.get(next++);
                    sectionVectors[p] = vector;
                    passageDocs.add(SectionDocuments.passage(guide.id(), key, vector));
                    if (passages.get(p).showable()) {
                        shown.add(snippets.shown(passages.get(p).shown(), vector));
                    }
                }
                indexed.put(key, new Indexed(guide.id(), section, sectionVectors, List.copyOf(shown)));
            }
        }
        lucene.replace(sectionDocs, passageDocs);
        Map<String, Guide> guides = library.guides().stream()
                .collect(Collectors.toUnmodifiableMap(Guide::id, Function.identity()));
        LOG.info("indexed {} sections ({} passages) of {} guides in {} ms, embedding {} ms", indexed.size(),
                embedded.size(), guides.size(), (System.nanoTime() - start) / 1_000_000,
                (embeddedAt - start) / 1_000_000);
        return new IndexedSections(Map.copyOf(indexed), guides);
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
}
