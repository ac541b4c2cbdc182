package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory Lucene index of the guides: the section documents (what BM25 ranks) in one index, and each guide's
 * passage documents (what the vector search ranks) in a segment of their own, all read as one through a
 * {@link MultiReader}, sections first, so document numbers, fields and statistics are those of a single index.
 *
 * <p>Sections live apart so that BM25 always reads exactly one segment holding nothing but sections, in the order
 * of the guides: term statistics and scorers are set up once per question rather than once per segment, norms
 * are dense, and no background merge can fold sections into passage segments (which would make the layout, and
 * the speed of a search, depend on how far merges got before the searcher opened). That one segment is merged from
 * each guide's section segment ({@link #segment}, analysed once per version of a guide) by {@link #replace}: the
 * same documents in the same order, so the same statistics and scores as sections written in one go, without
 * analysing the guides that did not change again. Sections do not merge in the background: a searcher sees the
 * sections as they were when {@link #replace} finished.
 *
 * <p>A guide's passages are one segment built once ({@link #segment}) and read by every version of the index that
 * holds the guide unchanged: a reload after one guide is edited builds that guide's vector graph alone. The vector
 * search reads every guide's segment (each proposes its closest passages, the closest of all are kept); BM25 never
 * reads them.
 */
final class GuideIndex implements AutoCloseable {
    /** Enough that any guide's sections or passages are written as one segment. */
    private static final double SEGMENT_BUFFER_MB = 256;

    /**
     * A guide's passages hold about a hundred vectors: a graph of that size is searched almost whole whatever its
     * build, so it is built with {@link SearchTuning#GUIDE_GRAPH_BEAM} candidates a passage rather than Lucene's 100.
     */
    private static final Codec GUIDE_CODEC = new Lucene912Codec() {
        private final KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(
                Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN, SearchTuning.GUIDE_GRAPH_BEAM);

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
        }
    };

    private final ByteBuffersDirectory sectionsDirectory = inMemory();
    private final IndexWriter sections;
    /** The passage segments read with the sections, one per guide; their owners hold a reference to each. */
    private volatile List<DirectoryReader> passages = List.of();
    private final Searchers searchers;

    GuideIndex(Analyzer analyzer) throws IOException {
        // Merges of sections only ever happen on request (replace), in this thread, and keep the documents' order.
        this.sections = new IndexWriter(sectionsDirectory, new IndexWriterConfig(analyzer)
                .setMergePolicy(new LogDocMergePolicy())
                .setMergeScheduler(new SerialMergeScheduler()));
        this.searchers = new Searchers();
    }

    /**
     * One guide's section or passage documents as a segment of their own, in the order given (a passage segment with
     * its vector graph, built the same way every time for the same documents). The reader is the caller's; the
     * segment's memory is freed when its last reference goes.
     */
    static DirectoryReader segment(List<Document> docs, Analyzer analyzer) throws IOException {
        ByteBuffersDirectory directory = inMemory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setCodec(GUIDE_CODEC)
                .setRAMBufferSizeMB(SEGMENT_BUFFER_MB)
                .setUseCompoundFile(false)
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (Document doc : docs) {
                writer.addDocument(doc);
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
        return reader;
    }

    /**
     * A directory that reads each written file from one buffer. The default keeps a file as the list of blocks it was
     * written in (about a hundred for a large postings file), and every clone of an input (one per term a question
     * looks up, per postings list it reads) copies that list: for BM25 over 10,000 sections it was a sixth of the
     * lexical search's time. One buffer makes a clone cost the same whatever the file's size. The input is named by
     * its file alone: Lucene's own one-buffer directory formats each buffer's size into the name, a twelfth of the
     * time building a guide's segments takes.
     */
    private static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                (fileName, output) -> new ByteBuffersIndexInput(new ByteBuffersDataInput(List.of(
                        ByteBuffer.wrap(output.toArrayCopy()).order(ByteOrder.LITTLE_ENDIAN))), fileName));
    }

    /** Searchers over the current content: acquire one per search and release it. */
    ReferenceManager<IndexSearcher> searchers() {
        return searchers;
    }

    /**
     * The part of an acquired searcher that reads the sections alone, for BM25, the did-you-mean and the coverage:
     * the same documents, numbers and statistics, without visiting the passage segments (which have none of the
     * section fields) for every term of a question.
     */
    static IndexSearcher sections(IndexSearcher searcher) {
        return searcher instanceof Joined joined ? joined.sections : searcher;
    }

    /**
     * Replaces the whole content: the guides' section segments merged, in order, into the one segment BM25 reads;
     * the passages read from the given segments. Both stay their owners' (searchers reading passage segments hold
     * their own references). Searchers acquired before keep reading the old content, and
     * {@code searchers().maybeRefreshBlocking()} makes later ones read the new.
     */
    void replace(List<DirectoryReader> sectionSegments, List<DirectoryReader> passageSegments) throws IOException {
        sections.deleteAll();
        List<CodecReader> merged = new ArrayList<>();
        for (DirectoryReader segment : sectionSegments) {
            for (LeafReaderContext leaf : segment.leaves()) {
                merged.add((CodecReader) leaf.reader());
            }
        }
        sections.addIndexes(merged.toArray(CodecReader[]::new));
        sections.forceMerge(1);
        sections.commit();
        passages = List.copyOf(passageSegments);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        sections.close();
        sectionsDirectory.close();
    }

    /** A searcher over sections and passages, with one over the sections alone (sections come first in it). */
    private static final class Joined extends IndexSearcher {
        private final IndexSearcher sections;

        Joined(MultiReader both, DirectoryReader sectionReader) {
            super(both);
            this.sections = new IndexSearcher(sectionReader);
            // Only filters are ever cached, and BM25's only filter (a guide) is a single term: nothing to gain.
            this.sections.setQueryCache(null);
        }
    }

    /** Like a {@code SearcherManager}, over the sections' near-real-time reader and the passage segments joined. */
    private final class Searchers extends ReferenceManager<IndexSearcher> {
        Searchers() throws IOException {
            current = open();
        }

        private IndexSearcher open() throws IOException {
            DirectoryReader sectionReader = DirectoryReader.open(sections);
            List<DirectoryReader> segments = passages;
            IndexReader[] readers = new IndexReader[1 + segments.size()];
            readers[0] = sectionReader;
            for (int i = 0; i < segments.size(); i++) {
                readers[1 + i] = segments.get(i);
            }
            // The joined reader takes a reference to each reader it reads, and lets go of them when it closes; the
            // section reader is its alone.
            MultiReader both = new MultiReader(readers, false);
            sectionReader.decRef();
            return new Joined(both, sectionReader);
        }

        @Override
        protected void decRef(IndexSearcher reference) throws IOException {
            reference.getIndexReader().decRef();
        }

        @Override
        protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) throws IOException {
            return open();
        }

        @Override
        protected boolean tryIncRef(IndexSearcher reference) {
            return reference.getIndexReader().tryIncRef();
        }

        @Override
        protected int getRefCount(IndexSearcher reference) {
            return reference.getIndexReader().getRefCount();
        }
    }
}
