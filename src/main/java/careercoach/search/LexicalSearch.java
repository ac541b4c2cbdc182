package careercoach.search;

import careercoach.guide.Guide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BM25's proposals: the {@link SearchTuning#LEXICAL_DEPTH} sections whose ranked text best matches the question's
 * words, in one guide or in all. The question is analysed into a query in code, never parsed as Lucene syntax.
 */
final class LexicalSearch {
    private final QueryBuilder queryBuilder;
    /** The stems common to all guide titles ("engineering", "lead"). */
    private final Set<String> roleWords;

    LexicalSearch(Analyzer queryAnalyzer, List<Guide> guides) {
        this.queryBuilder = new QueryBuilder(queryAnalyzer);
        this.roleWords = roleWords(guides);
    }

    /** BM25's sections: score and rank (as a float) by section key. */
    Map<String, float[]> sections(IndexSearcher searcher, String text, Optional<String> guide) throws IOException {
        Optional<Query> query = query(text, guide);
        if (query.isEmpty()) {
            return Map.of();
        }
        IndexSearcher sections = GuideIndex.sections(searcher);
        // Exact hit counts are never shown: letting Lucene skip non-competitive documents keeps large corpora fast.
        TopDocs top = sections.search(query.get(), new TopScoreDocCollectorManager(SearchTuning.LEXICAL_DEPTH, null,
                SearchTuning.LEXICAL_DEPTH));
        String[] keys = SectionDocuments.keys(sections, top.scoreDocs, SectionDocuments.ID);
        Map<String, float[]> found = new HashMap<>();
        for (int rank = 0; rank < keys.length; rank++) {
            found.put(keys[rank], new float[]{top.scoreDocs[rank].score, rank});
        }
        return found;
    }

    private Optional<Query> query(String text, Optional<String> guideId) {
        Query words = queryBuilder.createBooleanQuery(SectionDocuments.TEXT, text, BooleanClause.Occur.SHOULD);
        if (words == null) {
            return Optional.empty();
        }
        words = withRoleWordsDownweighted(words);
        if (guideId.isEmpty()) {
            return Optional.of(words); // what a query of this one required clause rewrites to
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        query.add(new TermQuery(new Term(SectionDocuments.GUIDE, guideId.get())), BooleanClause.Occur.FILTER);
        return Optional.of(query.build());
    }

    /**
     * Words shared by every guide's title ("engineering", "lead") describe every section of every guide, so they
     * say little about which section a question wants: they still count, but much less.
     */
    private Query withRoleWordsDownweighted(Query words) {
        if (roleWords.isEmpty() || !(words instanceof BooleanQuery bool)) {
            return roleWords.contains(termOf(words)) ? new BoostQuery(words, SearchTuning.ROLE_WORD_WEIGHT) : words;
        }
        if (bool.clauses().stream().noneMatch(c -> roleWords.contains(termOf(c.getQuery())))) {
            return words;
        }
        BooleanQuery.Builder weighted = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) {
            Query q = clause.getQuery();
            weighted.add(roleWords.contains(termOf(q)) ? new BoostQuery(q, SearchTuning.ROLE_WORD_WEIGHT) : q,
                    clause.getOccur());
        }
        return weighted.build();
    }

    private static String termOf(Query query) {
        return query instanceof TermQuery term ? term.getTerm().text() : "";
    }

    /** The stems common to all guide titles. */
    private static Set<String> roleWords(List<Guide> guides) {
        Set<String> common = null;
        for (Guide guide : guides) {
            Set<String> stems = new HashSet<>(Coverage.terms(GuideAnalyzers.index(), guide.title()));
            if (common == null) {
                common = stems;
            } else {
                common.retainAll(stems);
            }
        }
        return common == null ? Set.of() : Set.copyOf(common);
    }
}
