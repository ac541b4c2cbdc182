package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which guides use a question's words, read at the level of whole guides rather than sections: a word that one
 * guide of many uses ("Smartsheet", "chargebacks") says which guide the question is about, while a word every guide
 * uses ("experience", "design") says nothing of it. BM25 weighs a word by how many <em>sections</em> hold it, so a
 * word that is rare among sections but spread over every guide weighs like one only a single guide holds; and a
 * guide's content evidence (its best sections' fused scores summed) grows with how many of its sections are close
 * in meaning, which favours the guides with most text. This gives each guide the share of the question's
 * guide-distinctive weight it holds: each content word weighs ln(guides / guides using it), 0 for a word every
 * guide uses.
 */
final class GuideWords {
    private final Analyzer queryAnalyzer;
    private final Coverage coverage;

    GuideWords(Analyzer queryAnalyzer, Coverage coverage) {
        this.queryAnalyzer = queryAnalyzer;
        this.coverage = coverage;
    }

    /**
     * Each guide's share of the question's guide-distinctive weight (0–1), by guide id; empty when no word of the
     * question is held by some guides and not others.
     *
     * @param sections the section segment's reader
     * @param guides   how many guides there are
     */
    Map<String, Double> shares(String text, IndexReader sections, int guides) {
        Map<String, Double> held = new HashMap<>();
        double total = 0;
        for (String word : new HashSet<>(coverage.contentWords(text))) {
            Set<String> using = guidesUsing(Coverage.terms(queryAnalyzer, word), sections);
            if (using.size() >= guides) {
                continue;
            }
            // A word no guide uses weighs as much as one a single guide uses, and counts for none: a question
            // about "parental leave" is not the one guide's whose text says "leave".
            double weight = Math.log((double) guides / Math.max(1, using.size()));
            total += weight;
            using.forEach(g -> held.merge(g, weight, Double::sum));
        }
        if (total <= 0) {
            return Map.of();
        }
        double all = total;
        held.replaceAll((g, w) -> w / all);
        return held;
    }

    private static Set<String> guidesUsing(List<String> stems, IndexReader sections) {
        Set<String> using = new HashSet<>();
        try {
            for (LeafReaderContext leaf : sections.leaves()) {
                Terms terms = leaf.reader().terms(SectionDocuments.TEXT);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (String stem : stems) {
                    if (!each.seekExact(new BytesRef(stem))) {
                        continue;
                    }
                    PostingsEnum docs = each.postings(null, PostingsEnum.NONE);
                    BinaryDocValues ids = DocValues.getBinary(leaf.reader(), SectionDocuments.ID);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        if (ids.advanceExact(doc)) {
                            String key = ids.binaryValue().utf8ToString();
                            using.add(key.substring(0, key.indexOf('/')));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return using;
    }
}
