package careercoach.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideIndexTest {

    /** Sections of guides, each guide's a segment of its own, {@code perGuide} sections a guide. */
    private static List<DirectoryReader> sections(String prefix, int count, int perGuide) throws IOException {
        List<DirectoryReader> guides = new ArrayList<>();
        for (int first = 0; first < count; first += perGuide) {
            List<Document> docs = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + perGuide); i++) {
                Document doc = new Document();
                doc.add(new StringField(SectionDocuments.ID, prefix + i, Field.Store.YES));
                doc.add(new TextField(SectionDocuments.TEXT, "salary section " + prefix, Field.Store.NO));
                docs.add(doc);
            }
            guides.add(GuideIndex.segment(docs, new StandardAnalyzer()));
        }
        return guides;
    }

    private static List<DirectoryReader> sections(String prefix, int count) throws IOException {
        return sections(prefix, count, count);
    }

    /** One guide's passages as a segment of their own (the caller lets go of it). */
    private static List<DirectoryReader> passages(int count) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document doc = new Document();
            doc.add(new StringField(SectionDocuments.GUIDE, "g", Field.Store.NO));
            docs.add(doc);
        }
        return List.of(GuideIndex.segment(docs, new StandardAnalyzer()));
    }

    private static void release(List<DirectoryReader> segments) throws IOException {
        for (DirectoryReader segment : segments) {
            segment.decRef();
        }
    }

    @Test
    void sectionsOfEveryGuideAreReadAsOneSegmentOfSectionsOnlyInTheGuidesOrder() throws Exception {
        List<DirectoryReader> passages = passages(300);
        try (GuideIndex index = new GuideIndex(new StandardAnalyzer())) {
            index.replace(sections("a", 500, 9), passages);
            ReferenceManager<IndexSearcher> searchers = index.searchers();
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                assertEquals(800, searcher.getIndexReader().numDocs());
                IndexReader sections = GuideIndex.sections(searcher).getIndexReader();
                assertEquals(1, sections.leaves().size());
                assertEquals(500, sections.maxDoc());
                assertEquals("a0", searcher.storedFields().document(0).get(SectionDocuments.ID));
                assertEquals("a499", searcher.storedFields().document(499).get(SectionDocuments.ID));
                assertEquals(500, sections.docFreq(new Term(SectionDocuments.TEXT, "salary")));
            } finally {
                searchers.release(searcher);
            }
        } finally {
            release(passages);
        }
        assertEquals(0, passages.get(0).getRefCount(), "the passages' segment is freed with its last reader");
    }

    @Test
    void aSearchInFlightKeepsTheContentItStartedWith() throws Exception {
        List<DirectoryReader> oldPassages = passages(2);
        List<DirectoryReader> newPassages = passages(1);
        try (GuideIndex index = new GuideIndex(new StandardAnalyzer())) {
            index.replace(sections("old", 3), oldPassages);
            ReferenceManager<IndexSearcher> searchers = index.searchers();
            searchers.maybeRefreshBlocking();
            IndexSearcher before = searchers.acquire();
            try {
                index.replace(sections("new", 4), newPassages);
                searchers.maybeRefreshBlocking();
                release(oldPassages); // its owner lets go: the searcher still reads it
                assertEquals(5, before.getIndexReader().numDocs());
                assertEquals(3, GuideIndex.sections(before).count(new TermQuery(new Term(SectionDocuments.TEXT, "old"))));
                IndexSearcher after = searchers.acquire();
                try {
                    assertEquals(5, after.getIndexReader().numDocs());
                    assertEquals(0, GuideIndex.sections(after).count(new TermQuery(new Term(SectionDocuments.TEXT, "old"))));
                    assertEquals(4, GuideIndex.sections(after).count(new TermQuery(new Term(SectionDocuments.TEXT, "new"))));
                } finally {
                    searchers.release(after);
                }
            } finally {
                searchers.release(before);
            }
            assertEquals(0, oldPassages.get(0).getRefCount(), "the old passages are freed after the last search");
        } finally {
            release(newPassages);
        }
    }

    @Test
    void aCorrectionIsRememberedOnlyForTheGuidesItWasFoundIn() throws Exception {
        Spelling spelling = new Spelling(word -> false);
        try (GuideIndex salary = new GuideIndex(GuideAnalyzers.plain());
             GuideIndex sallery = new GuideIndex(GuideAnalyzers.plain())) {
            salary.replace(List.of(words("salary range")), List.of());
            sallery.replace(List.of(words("sallery panels")), List.of());
            for (int i = 0; i < 2; i++) {
                assertEquals(Optional.of("salary"), correct(spelling, salary, "sallary"));
                assertEquals(Optional.of("sallery"), correct(spelling, sallery, "sallary"));
            }
            assertTrue(correct(spelling, salary, "qwertyuiop").isEmpty());
        }
    }

    private static DirectoryReader words(String text) throws IOException {
        Document doc = new Document();
        doc.add(new TextField(SectionDocuments.WORDS, text, Field.Store.NO));
        return GuideIndex.segment(List.of(doc), GuideAnalyzers.plain());
    }

    private static Optional<String> correct(Spelling spelling, GuideIndex index, String text) throws Exception {
        ReferenceManager<IndexSearcher> searchers = index.searchers();
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return spelling.correct(text, GuideIndex.sections(searcher).getIndexReader(), word -> false);
        } finally {
            searchers.release(searcher);
        }
    }
}
