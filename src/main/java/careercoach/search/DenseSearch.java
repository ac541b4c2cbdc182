package careercoach.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vector search's proposals: the sections of the {@link SearchTuning#DENSE_PASSAGES} passages closest in meaning
 * to the question, in one guide or in all.
 */
final class DenseSearch {

    private DenseSearch() {
    }

    /** Each proposed section with the similarity of its closest passage among those retrieved. */
    static Map<String, Float> sections(IndexSearcher searcher, float[] vector, Optional<String> guide)
            throws IOException {
        Query filter = guide.<Query>map(id -> new TermQuery(new Term(SectionDocuments.GUIDE, id))).orElse(null);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(SectionDocuments.VECTOR, vector,
                SearchTuning.DENSE_PASSAGES, filter), SearchTuning.DENSE_PASSAGES);
        String[] keys = SectionDocuments.keys(searcher, top.scoreDocs, SectionDocuments.PASSAGE_OF);
        Map<String, Float> found = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            // Lucene scores a dot product d as (1 + d) / 2.
            found.merge(keys[i], 2 * top.scoreDocs[i].score - 1, Math::max);
        }
        return found;
    }
}
