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
 * The in-memory Lucene index of the guides, kept as two indexes read as one: the section documents (what BM25 ranks)
 * and the passage documents (what the vector search ranks). Searchers read both through one {@link MultiReader},
 * sections first, so document numbers, fields and statistics are those of a single index.
 *
 * <p>Sections live apart so that BM25 always reads exactly one segment holding nothing but sections, in the order
 * they were added: term statistics and scorers are set up once per question rather than once per segment, norms
 * are dense, and no background merge can fold sections into passage segments (which would make the layout, and
 * the speed of a search, depend on how far merges got before the searcher opened). Neither index merges in the
 * background: a searcher sees an index as it was when {@link #replace} finished, and the next replace rebuilds it,
 * so a merge afterwards would only take a core from the searches.
 */
final class GuideIndex implements AutoCloseable {
    /** Enough that a corpus of about 10,000 sections is written as one segment without merging. */
    private static final double SECTIONS_BUFFER_MB = 256;

    private final ByteBuffersDirectory sectionsDirectory = inMemory();
    private final ByteBuffersDirectory passagesDirectory = inMemory();
    private final IndexWriter sections;
    private final IndexWriter passages;
    private final Searchers searchers;

    GuideIndex(Analyzer analyzer) throws IOException {
        // Merges of sections only ever happen on request (replace), in this thread, and keep the documents' order.
        this.sections = new IndexWriter(sectionsDirectory, new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(SECTIONS_BUFFER_MB)
                .setMergePolicy(new LogDocMergePolicy())
                .setMergeScheduler(new SerialMergeScheduler()));
        this.passages = new IndexWriter(passagesDirectory, new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE));
        this.searchers = new Searchers();
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
     * Replaces the whole content; searchers acquired before keep reading the old content, and
     * {@code searchers().maybeRefreshBlocking()} makes later ones read the new.
     */
    void replace(List<Document> sectionDocs, List<Document> passageDocs) throws IOException {
        sections.deleteAll();
        for (Document doc : sectionDocs) {
            sections.addDocument(doc);
        }
        sections.forceMerge(1);
        sections.commit();
        passages.deleteAll();
        for (Document doc : passageDocs) {
            passages.addDocument(doc);
        }
        passages.commit();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        sections.close();
        passages.close();
        sectionsDirectory.close();
        passagesDirectory.close();
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

    /** Like a {@code SearcherManager}, over the two writers' near-real-time readers joined in one reader. */
    private final class Searchers extends ReferenceManager<IndexSearcher> {
        Searchers() throws IOException {
            current = open();
        }

        private IndexSearcher open() throws IOException {
            DirectoryReader sectionReader = DirectoryReader.open(sections);
            DirectoryReader passageReader = DirectoryReader.open(passages);
            return new Joined(new MultiReader(new IndexReader[]{sectionReader, passageReader}, true), sectionReader);
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
