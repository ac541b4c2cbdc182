package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the index holds: one document per guide section (the unit of an answer, what BM25 ranks) and one per passage
 * of a section (what the vector search ranks), their fields, and the section key a hit is read back as.
 */
final class SectionDocuments {
    static final String ID = "id";
    static final String GUIDE = "guide";
    /**
     * The ranked text of a section: its title, the author's search aids and the item names appear several times
     * ({@link SearchTuning#TITLE_REPEATS} and the others), its running text once. One field with repetitions, rather
     * than one field per part with boosts, keeps one document frequency per word (BM25F-like).
     */
    static final String TEXT = "text";
    /** Title, search aids and item names: the words that say what a section is about. */
    static final String NAMING = "naming";
    /** Every word of a section, unstemmed: the did-you-mean dictionary. */
    static final String WORDS = "words";
    /** A passage's meaning; passage documents carry only this, the section key and the guide. */
    static final String VECTOR = "vector";
    static final String PASSAGE_OF = "passage_of";

    /** How a title and its kind's name are compared: as the index reads them (stems, stop words out). */
    private static final org.apache.lucene.analysis.Analyzer KIND_WORDS = GuideAnalyzers.index();

    private SectionDocuments() {
    }

    /** A section's key: its guide and its id. */
    static String key(String guideId, String sectionId) {
        return guideId + "/" + sectionId;
    }

    static Document section(Guide guide, Section section) {
        Document doc = new Document();
        String key = key(guide.id(), section.id());
        doc.add(new StringField(ID, key, Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID, new BytesRef(key)));
        doc.add(new StringField(GUIDE, guide.id(), Field.Store.NO));
        List<String> names = new ArrayList<>();
        List<String> body = new ArrayList<>();
        body.add(section.text());
        section.items().forEach(item -> addItem(item, names, body));
        for (Group group : section.groups()) {
            names.add(group.title());
            body.add(group.text());
            group.items().forEach(item -> addItem(item, names, body));
        }
        List<String> aids = new ArrayList<>(section.keywords());
        aids.addAll(section.phrasings());
        String title = titleWithKind(section);
        List<String> naming = new ArrayList<>(List.of(title));
        naming.addAll(aids);
        naming.addAll(names);
        addText(doc, NAMING, naming);
        List<String> ranked = new ArrayList<>(Collections.nCopies(SearchTuning.TITLE_REPEATS, title));
        for (int i = 0; i < SearchTuning.AIDS_REPEATS; i++) {
            ranked.addAll(aids);
        }
        for (int i = 0; i < SearchTuning.NAMES_REPEATS; i++) {
            ranked.addAll(names);
        }
        ranked.addAll(body);
        addText(doc, TEXT, ranked);
        List<String> words = new ArrayList<>(naming);
        words.addAll(body);
        addText(doc, WORDS, words);
        return doc;
    }

    /**
     * The section's title as it is ranked: its own words, and the words of its kind's name ("key responsibilities",
     * "top skills", "salary and demand", the kind's id read as words) that the title does not say in any form. A
     * section titled "What you'll do" is of the key responsibilities' kind by its heading ({@link SectionKinds}), or
     * by its content ({@link KindsByMeaning}), but BM25 gave the word "responsibilities" nothing there and the
     * overview's passing mention of it everything; now it is searched as if its title said it, as the same section
     * titled "Key Responsibilities" in another guide is. A section of no kind is ranked by its own title alone.
     */
    static String titleWithKind(Section section) {
        if (section.kind().isEmpty()) {
            return section.title();
        }
        Set<String> said = new HashSet<>(Coverage.terms(KIND_WORDS, section.title()));
        List<String> missing = new ArrayList<>();
        for (String word : section.kind().get().split("-")) {
            List<String> stems = Coverage.terms(KIND_WORDS, word);
            if (!stems.isEmpty() && !said.containsAll(stems)) {
                missing.add(word);
            }
        }
        return missing.isEmpty() ? section.title() : section.title() + " (" + String.join(" ", missing) + ")";
    }

    /** A passage of the section {@code key}: its vector, for the vector search, filtered by guide. */
    static Document passage(String guideId, String key, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(GUIDE, guideId, Field.Store.NO));
        doc.add(new BinaryDocValuesField(PASSAGE_OF, new BytesRef(key)));
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    private static void addItem(Item item, List<String> names, List<String> body) {
        // An item's details describe what it is ("timeouts, retries, circuit breakers"): they name it, like its name.
        names.add(item.name());
        names.add(item.details());
        body.add(item.text());
        body.add(item.range());
    }

    private static void addText(Document doc, String field, List<String> texts) {
        String joined = texts.stream().filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
        doc.add(new TextField(field, joined, Field.Store.NO));
    }

    /**
     * The section key of each hit, in the hits' order, from doc values ({@link #ID} of a section, {@link #PASSAGE_OF}
     * of a passage): reading stored fields would decompress a block of documents for every hit.
     */
    static String[] keys(IndexSearcher searcher, ScoreDoc[] hits, String field) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        // Doc values are read forwards, leaf by leaf.
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] keys = new String[hits.length];
        BinaryDocValues values = null;
        int leafEnd = -1;
        LeafReaderContext leaf = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (doc >= leafEnd) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                leafEnd = leaf.docBase + leaf.reader().maxDoc();
                values = DocValues.getBinary(leaf.reader(), field);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no " + field);
            }
            keys[i] = values.binaryValue().utf8ToString();
        }
        return keys;
    }
}
