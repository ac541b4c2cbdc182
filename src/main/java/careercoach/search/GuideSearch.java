package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The Lucene index over the guides and the answerer on top of it: a question gives ranked sections, each with a
 * snippet, and whether the guides answer the question at all.
 *
 * <p>Two rankings in one index, fused: BM25 over one document per section (the unit of an answer, its words
 * weighted by how strongly they say what the section is about, {@link #TEXT}), and the meaning of the question
 * against the meaning of each passage of a section (its sentences and items with their titles as context, as
 * vectors of a small in-process sentence-embedding model in a {@link KnnFloatVectorField}), scored up to the section
 * by its closest passage. Whether to answer is decided by a {@link ScopeClassifier} trained on labelled questions.
 * Questions are never parsed as Lucene syntax.
 *
 * <p>This class owns the index ({@link GuideIndex}: sections and passages kept apart, read as one): every search
 * acquires a searcher and releases it, {@link #reload} swaps the content under running searches, {@link #close}
 * frees it.
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
     * document frequency per word (BM25F-like).
     */
    static final String TEXT = "text";
    /** Title, search aids and item names: the words that say what a section is about. */
    static final String NAMING = "naming";
    /** Every word of a section, unstemmed: the did-you-mean dictionary. */
    static final String WORDS = "words";
    /** A passage's meaning; passage documents carry only this, the section key and the guide. */
    static final String VECTOR = "vector";
    static final String PASSAGE_OF = "passage_of";

    private static final int TITLE_REPEATS = 3;
    private static final int AIDS_REPEATS = 2;
    private static final int NAMES_REPEATS = 2;
    private static final float ROLE_WORD_WEIGHT = 0.2f;
    /** Sections BM25 proposes and passages the vector search proposes, before fusion. */
    private static final int LEXICAL_DEPTH = 20;
    private static final int DENSE_PASSAGES = 48;
    /** Threads that embed new passages when the guides are indexed. */
    private static final int EMBEDDING_THREADS = 2;

    /** How the two rankings are combined. Both are kept so they can be measured against each other. */
    public enum Fusion {
        /** Sum of 1/(k + rank) over the two rankings. */
        RECIPROCAL_RANK,
        /** Weighted sum of BM25 over the best BM25 and of similarity scaled between the candidates' lowest and highest. */
        NORMALISED_SCORES
    }

    /**
     * @param cacheDirectory where passage vectors are kept between runs; empty keeps them in memory only
     * @param examples       labelled questions the confidence is trained on
     * @param fusion         how BM25 and semantic rankings are combined
     * @param threshold      the in-scope probability above which a question is answered
     */
    public record Settings(Optional<Path> cacheDirectory, LabelledQuestions examples, Fusion fusion,
                           double threshold) {
        public static Settings defaults(Optional<Path> cacheDirectory) {
            return new Settings(cacheDirectory, LabelledQuestions.shipped(), Fusion.NORMALISED_SCORES, 0.4);
        }

        public Settings withExamples(LabelledQuestions examples) {
            return new Settings(cacheDirectory, examples, fusion, threshold);
        }

        public Settings withFusion(Fusion fusion) {
            return new Settings(cacheDirectory, examples, fusion, threshold);
        }
    }

    /** A section as searched: where it is, its passages' vectors and what its snippets can show. */
    private record Indexed(String guideId, Section section, float[][] vectors, List<Snippets.Shown> shown) {
    }

    private final Settings settings;
    private final GuideIndex lucene;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer indexAnalyzer;
    private final Snippets snippets;
    private final QueryBuilder queryBuilder;
    private final Coverage coverage;
    private final Spelling spelling;
    private final EmbeddingCache cache;
    private final Map<String, float[]> questionVectors = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > 1024;
        }
    });
    private volatile Map<String, Indexed> sectionsByKey = Map.of();
    private volatile Map<String, Guide> guidesById = Map.of();
    private volatile Set<String> roleWords = Set.of();
    private volatile GuideNames guideNames = GuideNames.of(List.of());
    private volatile Scope scope;

    /** The labelled questions' vectors and the classifier trained on them, for one version of the guides. */
    private record Scope(float[][] inScope, float[][] outOfScope, List<List<String>> inScopeSections,
                         int ranking, ScopeClassifier classifier) {
    }

    /** Search with the shipped labelled questions and passage vectors kept in memory only. */
    public GuideSearch(GuideLibrary library, SynonymMap synonyms) {
        this(library, synonyms, Settings.defaults(Optional.empty()));
    }

    public GuideSearch(GuideLibrary library, SynonymMap synonyms, Settings settings) {
        this.settings = settings;
        try {
            this.cache = EmbeddingCache.forDirectory(SentenceEmbedder.MODEL_ID, SentenceEmbedder.DIMENSIONS,
                    settings.cacheDirectory());
            this.indexAnalyzer = GuideAnalyzers.index();
            this.snippets = new Snippets(indexAnalyzer);
            this.lucene = new GuideIndex(
                    new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(WORDS, GuideAnalyzers.plain())));
            Analyzer queryAnalyzer = GuideAnalyzers.query(synonyms);
            this.queryBuilder = new QueryBuilder(queryAnalyzer);
            this.coverage = new Coverage(queryAnalyzer);
            this.spelling = new Spelling(word -> SentenceEmbedder.sharedTokenizer().isWholeWord(word));
            index(library);
            this.searchers = lucene.searchers();
            searchers.maybeRefreshBlocking();
            this.scope = train(library);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the guide index", e);
        }
    }

    /**
     * The model, loaded when a text first needs embedding (its session takes about 80 MB of native memory and a
     * second of a start): with the passages' vectors and the trained confidence cached, a restart needs none of it
     * until the first question, and a server that is only asked slash commands never loads it.
     */
    private SentenceEmbedder embedder() {
        return SentenceEmbedder.shared(settings.cacheDirectory());
    }

    /** The search over a library, with the synonyms of its index-data directory ({@code synonyms.txt}, if any). */
    public static GuideSearch forIndexData(GuideLibrary library, Path indexData) throws IOException {
        return new GuideSearch(library, Synonyms.load(indexData));
    }

    /** As {@link #forIndexData(GuideLibrary, Path)}, keeping passage vectors in {@code cacheDirectory}. */
    public static GuideSearch forIndexData(GuideLibrary library, Path indexData, Optional<Path> cacheDirectory)
            throws IOException {
        return new GuideSearch(library, Synonyms.load(indexData), Settings.defaults(cacheDirectory));
    }

    /**
     * Where passage vectors are kept: {@code SEARCH_CACHE}, or {@code ./data/embeddings}; {@code SEARCH_CACHE=off}
     * keeps them in memory only.
     */
    public static Optional<Path> cacheDirectory(UnaryOperator<String> env) {
        String configured = env.apply("SEARCH_CACHE");
        if (configured == null || configured.isBlank()) {
            return Optional.of(Path.of("data", "embeddings"));
        }
        return configured.strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Path.of(configured.strip()));
    }

    /** Replaces the indexed guides, e.g. after index-data changed. Searches in flight finish on the old content. */
    public synchronized void reload(GuideLibrary library) {
        try {
            index(library);
            searchers.maybeRefreshBlocking();
            scope = train(library);
        } catch (IOException e) {
            throw new UncheckedIOException("could not rebuild the guide index", e);
        }
    }

    private void index(GuideLibrary library) throws IOException {
        long start = System.nanoTime();
        List<String> keys = new ArrayList<>();
        List<List<Passages.Passage>> passagesOfSections = new ArrayList<>();
        List<String> embedded = new ArrayList<>();
        for (Guide guide : library.guides()) {
            for (Section section : guide.sections()) {
                List<Passages.Passage> passages = Passages.of(section);
                keys.add(key(guide.id(), section.id()));
                passagesOfSections.add(passages);
                passages.forEach(p -> embedded.add(p.embedded()));
            }
        }
        List<float[]> vectors = cache.vectors(embedded, passage -> embedder().embedPassage(passage),
                EMBEDDING_THREADS);
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
                sectionDocs.add(document(guide, section));
                float[][] sectionVectors = new float[passages.size()][];
                List<Snippets.Shown> shown = new ArrayList<>();
                for (int p = 0; p < passages.size(); p++) {
                    float[] vector = vectors.get(next++);
                    sectionVectors[p] = vector;
                    Document doc = new Document();
                    doc.add(new StringField(GUIDE, guide.id(), Field.Store.NO));
                    doc.add(new BinaryDocValuesField(PASSAGE_OF, new BytesRef(key)));
                    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
                    passageDocs.add(doc);
                    if (passages.get(p).showable()) {
                        shown.add(snippets.shown(passages.get(p).shown(), vector));
                    }
                }
                indexed.put(key, new Indexed(guide.id(), section, sectionVectors, List.copyOf(shown)));
            }
        }
        lucene.replace(sectionDocs, passageDocs);
        roleWords = roleWords(library.guides());
        guideNames = GuideNames.of(library.guides());
        guidesById = library.guides().stream().collect(Collectors.toUnmodifiableMap(Guide::id, Function.identity()));
        sectionsByKey = Map.copyOf(indexed);
        LOG.info("indexed {} sections ({} passages) of {} guides in {} ms, embedding {} ms", indexed.size(),
                embedded.size(), guidesById.size(), (System.nanoTime() - start) / 1_000_000,
                (embeddedAt - start) / 1_000_000);
    }

    private static Document document(Guide guide, Section section) {
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
        List<String> naming = new ArrayList<>(List.of(section.title()));
        naming.addAll(aids);
        naming.addAll(names);
        addText(doc, NAMING, naming);
        List<String> ranked = new ArrayList<>(Collections.nCopies(TITLE_REPEATS, section.title()));
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
     * @param guideId the asker's guide: only its sections are searched, unless the question names the role of
     *                another guide, which is then searched instead; empty searches every guide
     */
    public Answer search(String question, Optional<String> guideId, int limit) {
        String text = Questions.clean(question);
        String asked = question == null ? "" : question;
        if (text.isEmpty()) {
            return new Answer(asked, false, "empty question", Optional.empty(), List.of());
        }
        int wanted = Math.max(1, Math.min(limit, 20));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Optional<String> guide = guideNames.named(text).or(() -> guideId);
                Result result = run(searcher, text, guide, wanted, -1);
                boolean answered = result.contentWords() > 0 && !result.ranked().isEmpty()
                        && scope.classifier().inScope(result.signals());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("in scope {} best {} for {}", scope.classifier().probability(result.signals()),
                            result.ranked().isEmpty() ? "-" : result.ranked().get(0).key(), result.signals());
                }
                String reason = answered ? "" : result.contentWords() > 0 ? "outside the guides"
                        : "no words to search for";
                List<Hit> hits = new ArrayList<>();
                for (Candidate c : result.ranked().subList(0, Math.min(wanted, result.ranked().size()))) {
                    Indexed section = sectionsByKey.get(c.key());
                    hits.add(new Hit(section.guideId(), section.section().id(), section.section().title(),
                            snippets.best(section.shown(), section.section().title(), result.vector(),
                                    result.terms()), c.fused()));
                }
                return new Answer(asked, answered, reason, result.suggestion(), hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * The lexical part alone (cleaning, did-you-mean, BM25): section keys, best first. The benchmark times it apart
     * from the semantic part.
     */
    public List<String> lexicalSections(String question, Optional<String> guideId) {
        String text = Questions.clean(question);
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = GuideIndex.sections(searcher).getIndexReader();
                String searched = spelling.correct(text, reader, word -> coverage.covers(word, reader)).orElse(text);
                Map<String, float[]> lexical = lexical(searcher, searched, guideId);
                return lexical.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue()[1]))
                        .map(Map.Entry::getKey).toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** One section proposed for a question, with its BM25 score (0 when BM25 did not find it) and similarity. */
    private record Candidate(String key, float lexical, float dense, double fused) {
    }

    private record Result(List<Candidate> ranked, Optional<String> suggestion, float[] vector, Set<String> terms,
                          int contentWords, ScopeClassifier.Signals signals) {
    }

    /**
     * Ranks the sections for a question and measures the signals of the confidence.
     *
     * @param exclude an index into the labelled questions to leave out of the nearest-example signals (when
     *                training on that very question), or -1
     */
    private Result run(IndexSearcher searcher, String text, Optional<String> guide, int wanted, int exclude)
            throws IOException {
        IndexReader reader = GuideIndex.sections(searcher).getIndexReader();
        Optional<String> suggestion = spelling.correct(text, reader, word -> coverage.covers(word, reader));
        String searched = suggestion.orElse(text);
        Map<String, float[]> lexical = lexical(searcher, searched, guide);
        float[] vector = questionVector(searched);
        Map<String, Float> dense = dense(searcher, vector, guide);
        Set<String> keys = new HashSet<>(lexical.keySet());
        keys.addAll(dense.keySet());
        Scope scope = this.scope;
        float[] labelled = labelledSimilarities(vector, scope);
        // Sections rank by a vote of the closest labelled questions; the confidence reads how close the best
        // section's closest labelled question is.
        List<Candidate> ranked = fuse(keys, lexical, vector, labelledVote(labelled, scope, exclude));
        Map<String, Float> examples = examplesBySection(labelled, scope, exclude);
        Coverage.Result covered = coverage.of(searched, reader);
        ScopeClassifier.Signals signals = signals(ranked, lexical, covered, labelled, scope, exclude, examples);
        return new Result(ranked, suggestion, vector, coverage.stems(searched), covered.contentWords(), signals);
    }

    private float[] questionVector(String text) {
        float[] known = questionVectors.get(text);
        if (known != null) {
            return known;
        }
        float[] vector = embedder().embedQuestion(text);
        questionVectors.put(text, vector);
        return vector;
    }

    /** BM25's sections: score and rank (as a float) by section key. */
    private Map<String, float[]> lexical(IndexSearcher searcher, String text, Optional<String> guide)
            throws IOException {
        Optional<Query> query = query(text, guide);
        if (query.isEmpty()) {
            return Map.of();
        }
        IndexSearcher sections = GuideIndex.sections(searcher);
        // Exact hit counts are never shown: letting Lucene skip non-competitive documents keeps large corpora fast.
        TopDocs top = sections.search(query.get(), new TopScoreDocCollectorManager(LEXICAL_DEPTH, null, LEXICAL_DEPTH));
        String[] keys = keys(sections, top.scoreDocs, ID);
        Map<String, float[]> found = new HashMap<>();
        for (int rank = 0; rank < keys.length; rank++) {
            found.put(keys[rank], new float[]{top.scoreDocs[rank].score, rank});
        }
        return found;
    }

    /** The vector search's sections: the similarity of each one's closest passage among those retrieved. */
    private Map<String, Float> dense(IndexSearcher searcher, float[] vector, Optional<String> guide)
            throws IOException {
        Query filter = guide.<Query>map(id -> new TermQuery(new Term(GUIDE, id))).orElse(null);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, DENSE_PASSAGES, filter), DENSE_PASSAGES);
        String[] keys = keys(searcher, top.scoreDocs, PASSAGE_OF);
        Map<String, Float> found = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            // Lucene scores a dot product d as (1 + d) / 2.
            found.merge(keys[i], 2 * top.scoreDocs[i].score - 1, Math::max);
        }
        return found;
    }

    /**
     * The section key of each hit, in the hits' order, from doc values: reading stored fields would decompress a
     * block of documents for every hit.
     */
    private static String[] keys(IndexSearcher searcher, ScoreDoc[] hits, String field) throws IOException {
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

    /** Each candidate's similarity is its closest passage's, over all its passages (not only those retrieved). */
    private float similarity(String key, float[] vector) {
        Indexed section = sectionsByKey.get(key);
        float best = -1;
        for (float[] passage : section.vectors()) {
            best = Math.max(best, SentenceEmbedder.dot(vector, passage));
        }
        return best;
    }

    private static final double RRF_K = 10;
    private static final double LEXICAL_WEIGHT = 0.4;
    /** Weight of the labelled questions' vote in fusion by normalised scores; the similarity gets the rest. */
    private static final double LABELLED_WEIGHT = 0.25;

    /**
     * The question's similarity to every labelled question, in-scope ones first: computed once per question and
     * shared by the signals that look at close examples (each used to take its own pass over the vectors).
     */
    private static float[] labelledSimilarities(float[] vector, Scope scope) {
        if (scope == null) {
            return new float[0];
        }
        float[][] in = scope.inScope();
        float[][] out = scope.outOfScope();
        float[] similarities = new float[in.length + out.length];
        SentenceEmbedder.dots(vector, in, similarities, 0);
        SentenceEmbedder.dots(vector, out, similarities, in.length);
        return similarities;
    }

    /**
     * For each section id, the similarity of the closest labelled question that section answers: questions like this
     * one were answered there (a signal of the confidence). Section ids are shared by all guides, so this holds for
     * any guide.
     */
    private static Map<String, Float> examplesBySection(float[] labelled, Scope scope, int exclude) {
        Map<String, Float> best = new HashMap<>();
        if (scope == null) {
            return best;
        }
        for (int i = 0; i < scope.ranking(); i++) {
            if (i == exclude) {
                continue;
            }
            float sim = labelled[i];
            for (String section : scope.inScopeSections().get(i)) {
                best.merge(section, sim, Math::max);
            }
        }
        return best;
    }

    /**
     * For each section id, its share of a vote of the {@link #NEIGHBOURS} labelled in-scope questions closest to
     * the question (those that rank sections: not the items), each weighted by how close it is (softmax of the
     * similarity, the constants of {@link #nearbyInScopeShare}) and counting for every section it is labelled with.
     * It ranks instead of each section's single closest labelled question: one question that happens to share the
     * asker's context ("my manager says...", "I'm hiring...") no longer outweighs several that ask the same thing
     * (measured in docs/search.md: recall@1 up by two to four questions of 158 over four splits of the tuning half).
     */
    private static Map<String, Float> labelledVote(float[] labelled, Scope scope, int exclude) {
        Map<String, Float> votes = new HashMap<>();
        if (scope == null) {
            return votes;
        }
        int[] closest = closest(labelled, scope.ranking(), exclude);
        if (closest.length == 0) {
            return votes;
        }
        double weights = 0;
        for (int i : closest) {
            double w = Math.exp((labelled[i] - labelled[closest[0]]) / NEIGHBOUR_TEMPERATURE);
            weights += w;
            for (String section : scope.inScopeSections().get(i)) {
                votes.merge(section, (float) w, Float::sum);
            }
        }
        double total = weights;
        votes.replaceAll((section, w) -> (float) (w / total));
        return votes;
    }

    /**
     * The things an item's details list ("timeouts, retries, circuit breakers", "e.g., Java/Kotlin, Go"): each is
     * a subject the guide answers on its own.
     */
    static List<String> listed(String details) {
        List<String> listed = new ArrayList<>();
        for (String part : details.replaceAll("(?i)\\be\\.g\\.,?", " ").split("[,;/]")) {
            String named = part.strip();
            if (named.codePoints().filter(Character::isLetter).count() >= 2) {
                listed.add(named);
            }
        }
        return listed;
    }

    private List<Candidate> fuse(Set<String> keys, Map<String, float[]> lexical, float[] vector,
                                 Map<String, Float> votes) {
        List<String> known = keys.stream().filter(sectionsByKey::containsKey).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Map<String, Float> similarity = new HashMap<>();
        known.forEach(k -> similarity.put(k, similarity(k, vector)));
        float maxLexical = 0;
        float minSimilarity = Float.MAX_VALUE;
        float maxSimilarity = -Float.MAX_VALUE;
        for (String k : known) {
            maxLexical = Math.max(maxLexical, lexical.containsKey(k) ? lexical.get(k)[0] : 0);
            minSimilarity = Math.min(minSimilarity, similarity.get(k));
            maxSimilarity = Math.max(maxSimilarity, similarity.get(k));
        }
        float minVote = Float.MAX_VALUE;
        float maxVote = -Float.MAX_VALUE;
        for (String k : known) {
            float v = votes.getOrDefault(sectionsByKey.get(k).section().id(), 0f);
            minVote = Math.min(minVote, v);
            maxVote = Math.max(maxVote, v);
        }
        List<String> byMeaning = new ArrayList<>(known);
        byMeaning.sort(Comparator.comparing(similarity::get).reversed());
        List<String> byVote = new ArrayList<>(known);
        byVote.sort(Comparator.comparing((String k) -> votes.getOrDefault(
                sectionsByKey.get(k).section().id(), 0f)).reversed());
        List<Candidate> candidates = new ArrayList<>();
        for (String k : known) {
            float lexicalScore = lexical.containsKey(k) ? lexical.get(k)[0] : 0;
            float sim = similarity.get(k);
            double fused;
            if (settings.fusion() == Fusion.RECIPROCAL_RANK) {
                double lexicalPart = lexical.containsKey(k) ? 1 / (RRF_K + 1 + lexical.get(k)[1]) : 0;
                fused = lexicalPart + 1 / (RRF_K + 1 + byMeaning.indexOf(k))
                        + (votes.isEmpty() ? 0 : 1 / (RRF_K + 1 + byVote.indexOf(k)));
            } else {
                double lexicalPart = maxLexical > 0 ? lexicalScore / maxLexical : 0;
                double range = maxSimilarity - minSimilarity;
                double densePart = range > 1e-6 ? (sim - minSimilarity) / range : 1;
                float v = votes.getOrDefault(sectionsByKey.get(k).section().id(), 0f);
                double voteRange = maxVote - minVote;
                double votePart = voteRange > 1e-6 ? (v - minVote) / voteRange : 0;
                fused = LEXICAL_WEIGHT * lexicalPart + (1 - LEXICAL_WEIGHT - LABELLED_WEIGHT) * densePart
                        + LABELLED_WEIGHT * votePart;
            }
            candidates.add(new Candidate(k, lexicalScore, sim, fused));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::dense).reversed()));
        return candidates;
    }

    private ScopeClassifier.Signals signals(List<Candidate> ranked, Map<String, float[]> lexical,
                                            Coverage.Result covered, float[] labelled, Scope scope, int exclude,
                                            Map<String, Float> examples) {
        int inCount = scope == null ? 0 : scope.inScope().length;
        double[] in = scope == null ? new double[2] : nearest(labelled, 0, inCount, exclude);
        double[] out = scope == null ? new double[2] : nearest(labelled, inCount, labelled.length, exclude);
        if (ranked.isEmpty()) {
            return new ScopeClassifier.Signals(0, 0, 0, 0, in[0], out[0], in[1], out[1], 0, 0, 0,
                    nearbyInScopeShare(labelled, scope, exclude));
        }
        Candidate top = ranked.get(0);
        double otherBest = -1;
        for (int i = 1; i < ranked.size(); i++) {
            otherBest = Math.max(otherBest, ranked.get(i).dense());
        }
        String lexicalTop = lexical.entrySet().stream().filter(e -> e.getValue()[1] == 0).map(Map.Entry::getKey)
                .findFirst().orElse("");
        int content = covered.contentWords();
        return new ScopeClassifier.Signals(top.dense(), otherBest < 0 ? 0 : top.dense() - otherBest,
                content == 0 ? 0 : covered.covered() / content, content == 0 ? 0 : (double) covered.named() / content,
                in[0], out[0], in[1], out[1],
                examples.getOrDefault(sectionsByKey.get(top.key()).section().id(), 0f),
                lexicalTop.equals(top.key()) ? 1 : 0, Math.log1p(content), nearbyInScopeShare(labelled, scope, exclude));
    }

    private static final int NEIGHBOURS = 10;
    private static final double NEIGHBOUR_TEMPERATURE = 0.05;

    /**
     * How much of the question's neighbourhood among the labelled questions is in scope: a vote of the closest ten,
     * in and out of scope together, each weighted by how close it is (softmax of the similarity). Unlike the
     * closest-in against closest-out signals, it sees whether a question sits among near-misses of one kind.
     */
    private static double nearbyInScopeShare(float[] labelled, Scope scope, int exclude) {
        if (scope == null) {
            return 0.5;
        }
        int inCount = scope.inScope().length;
        int[] closest = closest(labelled, inCount + scope.outOfScope().length, exclude);
        double weighted = 0;
        double weights = 0;
        for (int i : closest) {
            double w = Math.exp((labelled[i] - labelled[closest[0]]) / NEIGHBOUR_TEMPERATURE);
            weights += w;
            weighted += i < inCount ? w : 0;
        }
        return weights == 0 ? 0.5 : weighted / weights;
    }

    /**
     * The indexes of the {@link #NEIGHBOURS} labelled questions closest to the question among the first
     * {@code count}, best first (on equal similarity the earlier one first), leaving out {@code exclude}. Kept by
     * insertion: no sort of the whole set per question.
     */
    private static int[] closest(float[] labelled, int count, int exclude) {
        int[] closest = new int[NEIGHBOURS];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (i == exclude) {
                continue;
            }
            float sim = labelled[i];
            if (kept == NEIGHBOURS && sim <= labelled[closest[NEIGHBOURS - 1]]) {
                continue;
            }
            int at = kept < NEIGHBOURS ? kept++ : NEIGHBOURS - 1;
            while (at > 0 && labelled[closest[at - 1]] < sim) {
                closest[at] = closest[at - 1];
                at--;
            }
            closest[at] = i;
        }
        return Arrays.copyOf(closest, kept);
    }

    /**
     * Of the labelled similarities from {@code from} to {@code to}: the closest and the mean of the closest three;
     * {@code exclude} indexes one to leave out, or is negative.
     */
    private static double[] nearest(float[] labelled, int from, int to, int exclude) {
        float[] top = {0, 0, 0};
        for (int i = from; i < to; i++) {
            if (i != exclude) {
                float sim = labelled[i];
                if (sim > top[2]) {
                    top[2] = sim;
                    java.util.Arrays.sort(top);
                    float t = top[0];
                    top[0] = top[2];
                    top[2] = t;
                }
            }
        }
        return new double[]{top[0], (top[0] + top[1] + top[2]) / 3};
    }

    /**
     * Trains the confidence on the labelled questions: each is searched like a user's question (in the guide it
     * was written for, when the library has it), leaving itself out of the nearest-example signals.
     */
    private Scope train(GuideLibrary library) throws IOException {
        long start = System.nanoTime();
        List<LabelledQuestions.Labelled> labelled = settings.examples().questions();
        List<String> inTexts = new ArrayList<>();
        List<List<String>> inSections = new ArrayList<>();
        List<String> outTexts = new ArrayList<>();
        for (LabelledQuestions.Labelled q : labelled) {
            if (q.inScope()) {
                inTexts.add(q.question());
                inSections.add(q.sections());
            } else {
                outTexts.add(q.question());
            }
        }
        // Authors' phrasings are questions the guides answer, in any library, labelled with their own section;
        // guides sharing a phrasing add it once.
        Set<String> phrasings = new HashSet<>();
        library.guides().forEach(g -> g.sections().forEach(s -> s.phrasings().forEach(p -> {
            if (phrasings.add(s.id() + "\t" + p)) {
                inTexts.add(p);
                inSections.add(List.of(s.id()));
            }
        })));
        // Each item of the guide the labelled questions were written for is a question about its section in the
        // guide's own words ("Kotlin", "access control and auditability"): close questions are in scope. They
        // count for the nearest-question signals only, not as training rows (their passages would match exactly).
        int trainedIn = inTexts.size();
        // Items only say a question is in scope; they do not rank sections (measured: ranking by them loses recall).
        int ranking = trainedIn;
        library.find(settings.examples().guideId()).ifPresent(g -> g.sections().forEach(s -> {
            List<Item> items = new ArrayList<>(s.items());
            s.groups().forEach(group -> items.addAll(group.items()));
            for (Item item : items) {
                String asked = item.name().isEmpty() ? item.text() : item.name();
                if (!asked.isBlank() && phrasings.add(s.id() + "\t" + asked)) {
                    inTexts.add(asked);
                    inSections.add(List.of(s.id()));
                }
                for (String named : listed(item.details())) {
                    if (phrasings.add(s.id() + "\t" + named)) {
                        inTexts.add(named);
                        inSections.add(List.of(s.id()));
                    }
                }
            }
        }));
        List<String> all = new ArrayList<>(inTexts);
        all.addAll(outTexts);
        List<String> cleaned = all.stream().map(Questions::clean).toList();
        List<float[]> vectors = cache.vectors(cleaned.stream().map(SentenceEmbedder::questionKey).toList(),
                key -> embedder().embedQuestion(SentenceEmbedder.questionOf(key)), EMBEDDING_THREADS);
        for (int i = 0; i < cleaned.size(); i++) {
            questionVectors.putIfAbsent(cleaned.get(i), vectors.get(i));
        }
        float[][] in = vectors.subList(0, inTexts.size()).toArray(float[][]::new);
        float[][] out = vectors.subList(inTexts.size(), vectors.size()).toArray(float[][]::new);
        ranking = Math.min(ranking, in.length);
        this.scope = new Scope(in, out, inSections, ranking, null);
        Optional<String> guide = library.find(settings.examples().guideId()).map(Guide::id);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            boolean item = i >= trainedIn && i < inTexts.size();
            if (!cleaned.get(i).isEmpty() && !item) {
                rows.add(i);
            }
        }
        List<String> key = new ArrayList<>(List.of(SentenceEmbedder.MODEL_ID, settings.fusion().name(),
                guide.orElse(""), String.valueOf(trainedIn), String.valueOf(inTexts.size()),
                library.guides().toString()));
        for (int i = 0; i < cleaned.size(); i++) {
            key.add(cleaned.get(i) + "\t" + (i < inSections.size() ? inSections.get(i) : "-"));
        }
        TrainedConfidence stored = TrainedConfidence.in(settings.cacheDirectory(), key);
        List<ScopeClassifier.Example> examples = new ArrayList<>();
        List<ScopeClassifier.Signals> checked = new ArrayList<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (int row : TrainedConfidence.checked(rows.size())) {
                checked.add(run(searcher, cleaned.get(rows.get(row)), guide, 3, rows.get(row)).signals());
            }
            Optional<ScopeClassifier> known = stored.load(checked, settings.threshold());
            if (known.isPresent()) {
                LOG.info("loaded the trained confidence in {} ms", (System.nanoTime() - start) / 1_000_000);
                return new Scope(in, out, inSections, ranking, known.get());
            }
            for (int i : rows) {
                Result result = run(searcher, cleaned.get(i), guide, 3, i);
                if (result.contentWords() > 0 && !result.ranked().isEmpty()) {
                    examples.add(new ScopeClassifier.Example(result.signals(), i < inTexts.size()));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        ScopeClassifier classifier = ScopeClassifier.train(examples, settings.threshold());
        stored.store(classifier, checked);
        LOG.info("trained the confidence on {} questions in {} ms", examples.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Scope(in, out, inSections, ranking, classifier);
    }

    private Optional<Query> query(String text, Optional<String> guideId) {
        Query words = queryBuilder.createBooleanQuery(TEXT, text, BooleanClause.Occur.SHOULD);
        if (words == null) {
            return Optional.empty();
        }
        words = withRoleWordsDownweighted(words);
        if (guideId.isEmpty()) {
            return Optional.of(words); // what a query of this one required clause rewrites to
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        query.add(new TermQuery(new Term(GUIDE, guideId.get())), BooleanClause.Occur.FILTER);
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
        if (bool.clauses().stream().noneMatch(c -> roleWords.contains(termOf(c.getQuery())))) {
            return words;
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
        lucene.close();
    }
}
