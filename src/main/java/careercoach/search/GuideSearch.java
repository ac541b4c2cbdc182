package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Lucene index over the guides and the answerer on top of it: a question gives ranked sections, each with a
 * highlighted snippet, and whether the guides cover the question well enough to answer at all.
 *
 * <p>One document per guide section (the unit of an answer), its words weighted by how strongly they say what the
 * section is about ({@link #TEXT}). Questions are analysed with synonyms and never parsed as Lucene syntax.
 *
 * <p>This class owns the {@link SearcherManager}: every search acquires a searcher and releases it, {@link #reload}
 * swaps the content under running searches, {@link #close} frees it.
 */
public final class GuideSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuideSearch.class);

    /** Longest question searched; the rest is ignored (Slack messages can be 40,000 characters). */
    static final int MAX_QUESTION_CHARS = 500;

    static final String ID = "id";
    static final String GUIDE = "guide";
    static final String SECTION = "section";
    /**
     * The ranked text of a section: its title, the author's search aids and the item names appear several times,
     * its running text once. One field with repetitions, rather than one field per part with boosts, keeps one
     * document frequency per word (BM25F-like): a word that is rare in item names but common in the guide is not
     * mistaken for a rare, telling word.
     */
    static final String TEXT = "text";
    /** Title, search aids and item names: the words that say what a section is about. */
    static final String NAMING = "naming";
    /** Every word of a section, unstemmed: the did-you-mean dictionary. */
    static final String WORDS = "words";

    private static final int TITLE_REPEATS = 3;
    private static final int AIDS_REPEATS = 2;
    private static final int NAMES_REPEATS = 2;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer;
    private final Snippets snippets;
    private final Analyzer queryAnalyzer;
    private final QueryBuilder queryBuilder;
    private final Coverage coverage;
    private final Spelling spelling = new Spelling();
    private volatile Map<String, Section> sectionsById = Map.of();
    private volatile Map<String, Guide> guidesById = Map.of();
    private volatile Set<String> roleWords = Set.of();
    private static final float ROLE_WORD_WEIGHT = 0.2f;

    public GuideSearch(GuideLibrary library, SynonymMap synonyms) {
        try {
            this.indexAnalyzer = GuideAnalyzers.index();
            this.snippets = new Snippets(indexAnalyzer);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(WORDS, GuideAnalyzers.plain()))));
            this.queryAnalyzer = GuideAnalyzers.query(synonyms);
            this.queryBuilder = new QueryBuilder(queryAnalyzer);
            this.coverage = new Coverage(queryAnalyzer);
            index(library);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the guide index", e);
        }
    }

    /** The search over a library, with the synonyms of its index-data directory ({@code synonyms.txt}, if any). */
    public static GuideSearch forIndexData(GuideLibrary library, Path indexData) throws IOException {
        return new GuideSearch(library, Synonyms.load(indexData));
    }

    /** Replaces the indexed guides, e.g. after index-data changed. Searches in flight finish on the old content. */
    public synchronized void reload(GuideLibrary library) {
        try {
            index(library);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not rebuild the guide index", e);
        }
    }

    private void index(GuideLibrary library) throws IOException {
        long start = System.nanoTime();
        writer.deleteAll();
        for (Guide guide : library.guides()) {
            for (Section section : guide.sections()) {
                writer.addDocument(document(guide, section));
            }
        }
        writer.commit();
        snippets.clear();
        roleWords = roleWords(library.guides());
        guidesById = library.guides().stream().collect(Collectors.toUnmodifiableMap(Guide::id, Function.identity()));
        sectionsById = library.guides().stream()
                .flatMap(g -> g.sections().stream().map(s -> Map.entry(key(g.id(), s.id()), s)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        LOG.debug("indexed {} sections of {} guides in {} ms", sectionsById.size(), guidesById.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Document document(Guide guide, Section section) {
        Document doc = new Document();
        doc.add(new StringField(ID, key(guide.id(), section.id()), Field.Store.YES));
        doc.add(new StringField(GUIDE, guide.id(), Field.Store.YES));
        doc.add(new StringField(SECTION, section.id(), Field.Store.YES));
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
        List<String> naming = new ArrayList<>(List.of(section.title()));
        naming.addAll(aids);
        naming.addAll(names);
        addText(doc, NAMING, naming);
        List<String> ranked = new ArrayList<>();
        ranked.addAll(Collections.nCopies(TITLE_REPEATS, section.title()));
        for (int i = 0; i < AIDS_REPEATS; i++) {
            ranked.addAll(aids);
        }
        for (int i = 0; i < NAMES_REPEATS; i++) {
            ranked.addAll(names);
        }
        ranked.addAll(body);
        addText(doc, TEXT, ranked);
        List<String> words = new ArrayList<>(naming);
        words.addAll(body);
        addText(doc, WORDS, words);
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
     * Answers a question. Never throws on any user text; {@code limit} is clamped to 1..20.
     *
     * @param guideId when present, only that guide's sections are searched
     */
    public Answer search(String question, Optional<String> guideId, int limit) {
        String text = Questions.clean(question);
        if (text.isEmpty()) {
            return new Answer(question == null ? "" : question, false, "empty question", Optional.empty(), List.of());
        }
        int wanted = Math.max(1, Math.min(limit, 20));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                Optional<String> suggestion = spelling.correct(text, reader, word -> coverage.covers(word, reader))
                        .filter(corrected -> coverage.of(corrected, reader).confident());
                String searched = suggestion.orElse(text);
                Coverage.Result covered = coverage.of(searched, reader);
                List<Hit> hits = hits(searcher, searched, guideId, wanted);
                boolean answered = !hits.isEmpty() && covered.confident();
                String reason = answered ? "" : hits.isEmpty() || covered.contentWords() > 0
                        ? "outside the guides" : "no words to search for";
                return new Answer(question, answered, reason, suggestion, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, String text, Optional<String> guideId, int wanted)
            throws IOException {
        Optional<Query> query = query(text, guideId);
        if (query.isEmpty()) {
            return List.of();
        }
        // Exact hit counts are never shown: letting Lucene skip non-competitive documents keeps large corpora fast.
        TopDocs top = searcher.search(query.get(), new TopScoreDocCollectorManager(wanted, null, wanted));
        Set<String> questionTerms = coverage.stems(text);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            String guide = doc.get(GUIDE);
            Section section = sectionsById.get(key(guide, doc.get(SECTION)));
            if (section != null) {
                hits.add(new Hit(guide, section.id(), section.title(),
                        snippets.best(key(guide, section.id()), section, questionTerms), scoreDoc.score));
            }
        }
        return hits;
    }

    private Optional<Query> query(String text, Optional<String> guideId) {
        Query words = queryBuilder.createBooleanQuery(TEXT, text, BooleanClause.Occur.SHOULD);
        if (words == null) {
            return Optional.empty();
        }
        words = withRoleWordsDownweighted(words);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        guideId.ifPresent(id -> query.add(new TermQuery(new Term(GUIDE, id)), BooleanClause.Occur.FILTER));
        return Optional.of(query.build());
    }

    /**
     * Words shared by every guide's title ("engineering", "lead") describe every section of every guide, so they
     * say little about which section a question wants: they still count, but much less.
     */
    private Query withRoleWordsDownweighted(Query words) {
        Set<String> roleWords = this.roleWords;
        if (roleWords.isEmpty() || !(words instanceof BooleanQuery bool)) {
            return roleWords.contains(termOf(words)) ? new BoostQuery(words, ROLE_WORD_WEIGHT) : words;
        }
        BooleanQuery.Builder weighted = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) {
            Query q = clause.getQuery();
            weighted.add(roleWords.contains(termOf(q)) ? new BoostQuery(q, ROLE_WORD_WEIGHT) : q, clause.getOccur());
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

    /** The guide a hit came from, for showing its title. */
    public Optional<Guide> guide(String guideId) {
        return Optional.ofNullable(guidesById.get(guideId));
    }

    private static String key(String guideId, String sectionId) {
        return guideId + "/" + sectionId;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
