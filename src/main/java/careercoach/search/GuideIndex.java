package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.util.List;

/**
 * The in-memory Lucene index of the guides: the section documents (what BM25 ranks) in one index, and each guide's
 * passage documents (what the vector search ranks) in a segment of their own, all read as one through a
 * {@link MultiReader}, sections first, so document numbers, fields and statistics are those of a single index.
 *
 * <p>Sections live apart so that BM25 always reads exactly one segment holding nothing but sections, in the order
 * they were added: term statistics and scorers are set up once per question rather than once per segment, norms
 * are dense, and no background merge can fold sections into passage segments (which would make the layout, and
 * the speed of a search, depend on how far merges got before the searcher opened). Sections do not merge in the
 * background: a searcher sees the sections as they were when {@link #replace} finished, and the next replace
 * rebuilds them, so a merge afterwards would only take a core from the searches.
 *
 * <p>A guide's passages are one segment built once ({@link #passages}) and read by every version of the index that
 * holds the guide unchanged: a reload after one guide is edited builds that guide's vector graph alone. The vector
 * search reads every guide's segment (each proposes its closest passages, the closest of all are kept); BM25 never
 * reads them.
 */
final class GuideIndex implements AutoCloseable {
    /** Enough that a corpus of about 10,000 sections is written as one segment without merging. */
    private static final double SECTIONS_BUFFER_MB = 256;
    /** Enough that any guide's passages are written as one segment. */
    private static final double PASSAGES_BUFFER_MB = 256;

    private final ByteBuffersDirectory sectionsDirectory = inMemory();
    private final IndexWriter sections;
    /** The passage segments read with the sections, one per guide; their owners hold a reference to each. */
    private volatile List<DirectoryReader> passages = List.of();
    private final Searchers searchers;

    GuideIndex(Analyzer analyzer) throws IOException {
        // Merges of sections only ever happen on request (replace), in this thread, and keep the documents' order.
        this.sections = new IndexWriter(sectionsDirectory, new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(SECTIONS_BUFFER_MB)
                .setMergePolicy(new LogDocMergePolicy())
                .setMergeScheduler(new SerialMergeScheduler()));
        this.searchers = new Searchers();
    }

    /**
     * One guide's passage documents as a segment of their own, in the order given, with its vector graph (built the
     * same way every time for the same documents). The reader is the caller's; the segment's memory is freed when
     * its last reference goes.
     */
    static DirectoryReader passages(List<Document> docs) throws IOException {
        ByteBuffersDirectory directory = inMemory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                .setRAMBufferSizeMB(PASSAGES_BUFFER_MB)
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
     * lexical search's time. One buffer makes a clone cost the same whatever the file's size.
     */
    private static ByteBuffersDirectory inMemory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
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
     * Replaces the whole content: the sections written anew, the passages read from the given segments (which stay
     * their owners'; searchers reading them hold their own references). Searchers acquired before keep reading the
     * old content, and {@code searchers().maybeRefreshBlocking()} makes later ones read the new.
     */
    void replace(List<Document> sectionDocs, List<DirectoryReader> passageSegments) throws IOException {
        sections.deleteAll();
        for (Document doc : sectionDocs) {
            sections.addDocument(doc);
        }
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
