package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The answerer over one version of the guides: a question gives ranked sections, each with a snippet, and whether
 * the guides answer it at all. A search goes, in order:
 * <ol>
 * <li>the question cleaned ({@link Questions}) and, for a typo, a did-you-mean ({@link Spelling});</li>
 * <li>the guide it is answered from ({@link GuideRouter}), before anything is ranked;</li>
 * <li>sections proposed by BM25 ({@link LexicalSearch}, one document per section, its words weighted by how strongly
 * they say what the section is about) and by meaning ({@link DenseSearch}, passages embedded by a small in-process
 * sentence model);</li>
 * <li>the proposed sections ranked ({@link Ranking}: BM25, meaning and the labelled questions' vote, fused);</li>
 * <li>whether to answer ({@link Confidence}'s signals read by a {@link ScopeClassifier} trained on labelled
 * questions);</li>
 * <li>hits with snippets ({@link Snippets}).</li>
 * </ol>
 * Every tuning value is {@link SearchTuning}'s. Questions are never parsed as Lucene syntax. Sections are searched
 * as the kinds the library gives them: a section whose heading names no kind has the kind its content reads as only
 * when the guides were loaded reading it ({@link KindsByMeaning#loader}, as every caller that serves or measures
 * does); the search does not read it again.
 *
 * <p>This class owns its index ({@link GuideIndex}: sections and passages kept apart, read as one, written by
 * {@link IndexedSections}): every search acquires a searcher and releases it, {@link #close} frees it. New guides
 * get a new {@code GuideSearch}, built from the one served ({@link #withGuides}: the guides that did not change are
 * taken over, not indexed again); {@link LiveGuides} swaps them under running searches.
 */
public final class GuideSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuideSearch.class);

    /**
     * Longest question searched (Slack messages can be 40,000 characters): a longer one is answered that it is too
     * long ({@link Answer#TOO_LONG}), not from its first lines.
     */
    static final int MAX_QUESTION_CHARS = Answer.MAX_QUESTION_CHARS;
    /** The router's "the role", as a whole phrase. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b" + Pattern.quote(GuideRouter.THE_ROLE) + "\\b");
    /** Questions whose vectors are kept, so a question asked again is not embedded again. */
    private static final int REMEMBERED_QUESTIONS = 1024;

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
            return new Settings(cacheDirectory, LabelledQuestions.shipped(), Fusion.NORMALISED_SCORES,
                    SearchTuning.ANSWER_THRESHOLD);
        }

        public Settings withExamples(LabelledQuestions examples) {
            return new Settings(cacheDirectory, examples, fusion, threshold);
        }

        public Settings withFusion(Fusion fusion) {
            return new Settings(cacheDirectory, examples, fusion, threshold);
        }
    }

    /** What one search found: the ranked sections and what the answer and the confidence read of it. */
    record Result(List<Ranking.Candidate> ranked, Optional<String> suggestion, float[] vector, Set<String> terms,
                  int contentWords, ScopeClassifier.Signals signals) {

        /** The same search with only the sections of {@code guides} ranked, the confidence's signals kept. */
        Result among(Set<String> guides, IndexedSections sections) {
            return new Result(ranked.stream().filter(c -> guides.contains(sections.get(c.key()).guideId())).toList(),
                    suggestion, vector, terms, contentWords, signals);
        }

        /** The same search with only the sections of {@code guide} ranked, the confidence's signals kept. */
        Result within(String guide, IndexedSections sections) {
            return new Result(ranked.stream().filter(c -> sections.get(c.key()).guideId().equals(guide)).toList(),
                    suggestion, vector, terms, contentWords, signals);
        }
    }

    private final Settings settings;
    private final GuideIndex lucene;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Snippets snippets;
    private final Coverage coverage;
    private final GuideWords guideWords;
    private final Spelling spelling;
    private final EmbeddingCache cache;
    private final Map<String, float[]> questionVectors = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > REMEMBERED_QUESTIONS;
                }
            });
    private final IndexedSections sections;
    private final GuideRouter router;
    private final LexicalSearch lexical;
    private final Ranking ranking;
    private final LabelledVectors labelled;
    private final ScopeClassifier classifier;
    private final ScopeDirection direction;
    private final List<Guide> guides;
    /** Each guide's names (title and aliases) embedded as questions, on the first question that needs them. */
    private volatile Map<String, List<float[]>> guideNameVectors;

    /** Search with the shipped labelled questions and passage vectors kept in memory only. */
    public GuideSearch(GuideLibrary library, SynonymMap synonyms) {
        this(library, synonyms, Settings.defaults(Optional.empty()));
    }

    public GuideSearch(GuideLibrary library, SynonymMap synonyms, Settings settings) {
        this(library, synonyms, settings, Optional.empty());
    }

    private GuideSearch(GuideLibrary library, SynonymMap synonyms, Settings settings,
                        Optional<GuideSearch> previous) {
        this.settings = settings;
        GuideIndex index = null;
        IndexedSections indexed = null;
        try {
            long start = System.nanoTime();
            this.cache = EmbeddingCache.forDirectory(SentenceEmbedder.MODEL_ID, SentenceEmbedder.DIMENSIONS,
                    settings.cacheDirectory());
            Analyzer indexAnalyzer = GuideAnalyzers.index();
            this.snippets = new Snippets(indexAnalyzer);
            Analyzer fieldsAnalyzer = new PerFieldAnalyzerWrapper(indexAnalyzer,
                    Map.of(SectionDocuments.WORDS, GuideAnalyzers.plain()));
            index = new GuideIndex(fieldsAnalyzer);
            this.lucene = index;
            Analyzer queryAnalyzer = GuideAnalyzers.query(synonyms);
            this.coverage = new Coverage(queryAnalyzer);
            this.guideWords = new GuideWords(queryAnalyzer, coverage);
            this.spelling = new Spelling(word -> SentenceEmbedder.sharedTokenizer().isWholeWord(word));
            indexed = IndexedSections.index(library, lucene, fieldsAnalyzer, cache, snippets,
                    passage -> embedder().embedPassage(passage), previous.map(p -> p.sections));
            this.sections = indexed;
            long indexedAt = System.nanoTime();
            this.guides = library.guides();
            this.router = RoleReading.router(library.guides());
            this.lexical = new LexicalSearch(queryAnalyzer, library.guides());
            this.ranking = new Ranking(sections, settings.fusion());
            this.searchers = lucene.searchers();
            searchers.maybeRefreshBlocking();
            long routedAt = System.nanoTime();
            Confidence.Labelled examples = Confidence.embed(library, settings.examples(), cache,
                    key -> embedder().embedQuestion(SentenceEmbedder.questionOf(key)), questionVectors::putIfAbsent);
            this.labelled = examples.vectors();
            long labelledAt = System.nanoTime();
            this.classifier = Confidence.train(examples, library, settings, searchers, this::run);
            this.direction = Confidence.direction(examples, settings.cacheDirectory());
            LOG.info("search over {} guides ready in {} ms: index {} ms, router and searcher {} ms, labelled questions"
                            + " {} ms, confidence {} ms", guides.size(), (System.nanoTime() - start) / 1_000_000,
                    (indexedAt - start) / 1_000_000, (routedAt - indexedAt) / 1_000_000,
                    (labelledAt - routedAt) / 1_000_000, (System.nanoTime() - labelledAt) / 1_000_000);
        } catch (IOException e) {
            closeQuietly(index, e);
            closeQuietly(indexed, e);
            throw new UncheckedIOException("could not build the guide index", e);
        } catch (RuntimeException | Error e) {
            closeQuietly(index, e);
            closeQuietly(indexed, e);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable part, Throwable failure) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The search over a new version of the guides, with this one's settings, taking over what this one built for
     * every guide that did not change (its passages' segment and vectors): a reload after one guide is edited
     * indexes that guide's passages alone, and answers exactly as a fresh build over the same guides. This one keeps
     * serving, unchanged, until it is closed.
     */
    public GuideSearch withGuides(GuideLibrary library, SynonymMap synonyms) {
        return new GuideSearch(library, synonyms, settings, Optional.of(this));
    }

    /** As {@link #withGuides(GuideLibrary, SynonymMap)}, with the synonyms of {@code indexData}. */
    public GuideSearch withGuides(GuideLibrary library, Path indexData) throws IOException {
        return withGuides(library, Synonyms.load(indexData));
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
        if (Questions.tooLong(question)) {
            return new Answer(asked, false, Answer.TOO_LONG, Optional.empty(), List.of());
        }
        int wanted = Math.max(1, Math.min(limit, 20));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                GuideRouter.Route route = router.routed(text, guideId);
                if (route.missingRole().isPresent()) {
                    List<String> closest = route.closest().isEmpty()
                            ? closestByMeaning(route.missingRole().get()) : route.closest();
                    return new Answer(asked, false, Answer.NO_GUIDE_FOR_ROLE, Optional.empty(), List.of(),
                            route.missingRole(), closest);
                }
                if (route.guide().isEmpty() && !route.named() && guides.size() > 1) {
                    // What is routed is what is searched: without the asker's own job no guide covers.
                    String routed = route.searched();
                    route = byMeaning(routed).map(g -> GuideRouter.Route.unnamed(Optional.of(g), routed)).orElse(route);
                }
                Optional<String> guide = route.guide();
                Set<String> among = guide.isEmpty() && !route.named() ? router.guidesOfRankSaidAlone(route.searched())
                        : Set.of();
                Result searched = run(searcher, route.searched(), guide, route.named(), false, -1);
                // The confidence reads the search over every guide, so whether the question is answered is known
                // before its guide is: the words' shares decide among guides only for a question the guides answer,
                // and a refused one is shown as before.
                boolean inScope = classifier.inScope(searched.signals());
                // A rank said alone ("manager salary") is answered from the guides whose names have that head.
                if (!among.isEmpty() && !searched.among(among, sections).ranked().isEmpty()) {
                    searched = searched.among(among, sections);
                }
                Optional<String> leading = guide.isEmpty() && !route.named() && guides.size() > 1
                        ? leadingGuide(searched.ranked(), inScope && searched.contentWords() > 0
                                ? guideWords.shares(route.searched(), GuideIndex.sections(searcher).getIndexReader(),
                                guides.size()) : Map.of())
                        : Optional.empty();
                Result result = leading.isPresent() ? searched.within(leading.get(), sections) : searched;
                if (leading.isPresent() && !router.withoutGeneralRoles(route.searched()).equals(route.searched())) {
                    // The guide chosen by content, its sections are ranked without the roles said in general
                    // words ("lead programmer skills"): they chose among guides, and within one they only match
                    // the sections that say the role most (its overview). What is refused does not change.
                    Result again = run(searcher, route.searched(), leading, false, true, -1);
                    result = new Result(again.ranked(), searched.suggestion(), searched.vector(), again.terms(),
                            searched.contentWords(), searched.signals());
                }
                Optional<String> suggestion = route.searched().equals(text) ? result.suggestion()
                        : suggestion(searcher, text);
                // A question that names a guide's role and says nothing else ("from backend lead to SRE manager,
                // what will I be doing") asks what that role is: it is answered from the role's guide, by what
                // meaning is left, rather than refused for having no words to search for.
                boolean onlyRole = result.contentWords() == 0 && route.named() && guide.isPresent();
                boolean answered = !result.ranked().isEmpty() && (onlyRole || result.contentWords() > 0
                        && (classifier.inScope(result.signals()) || route.named()
                        && classifier.probability(result.signals()) >= SearchTuning.NAMED_ROLE_THRESHOLD));
                // A question whose guide leads by content but which no labelled question is close to (a guide no
                // question was written for) is answered when its meaning as a whole reads as a question to answer.
                answered = answered || leading.isPresent() && result.contentWords() > 0
                        && !result.ranked().isEmpty() && direction.readsInScope(searched.vector());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("in scope {} best {} for {}", classifier.probability(result.signals()),
                            result.ranked().isEmpty() ? "-" : result.ranked().get(0).key(), result.signals());
                }
                String reason = answered ? "" : result.contentWords() > 0 ? "outside the guides"
                        : "no words to search for";
                List<Hit> hits = new ArrayList<>();
                for (Ranking.Candidate c : result.ranked().subList(0, Math.min(wanted, result.ranked().size()))) {
                    IndexedSections.Indexed section = sections.get(c.key());
                    hits.add(new Hit(section.guideId(), section.section().id(), section.section().title(),
                            snippets.best(section.shown(), section.section().title(), result.vector(),
                                    result.terms(), roleTerms(section.guideId())), c.fused()));
                }
                return new Answer(asked, answered, reason, suggestion, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The stems of a guide's title: the words of its own role, which pick the row of a pay table a snippet quotes. */
    private Set<String> roleTerms(String guideId) {
        return guides.stream().filter(g -> g.id().equals(guideId)).findFirst()
                .map(g -> snippets.stems(g.title())).orElse(Set.of());
    }

    /**
     * The guide the content of a question points at when it names no role and nobody chose a guide: each guide's
     * evidence is the sum of its best {@link SearchTuning#GUIDE_EVIDENCE_SECTIONS} sections' fused scores among
     * every guide's, and the guide whose evidence is ahead of the next by {@link SearchTuning#GUIDE_EVIDENCE_MARGIN}
     * (a share of its own) is the one answered from, its sections in the order they had among all guides'. One
     * strong section of another guide (a "top skills" naming a tool) then no longer outranks the guide most of the
     * question is about. Summed sections favour the guides with most text (more of their sections are proposed and
     * close in meaning), so each guide's evidence also gets {@link SearchTuning#GUIDE_WORDS_WEIGHT} times its share
     * of the question's guide-distinctive words ({@link GuideWords}): "Smartsheet or Asana experience" is the guide
     * that alone names those tools, not the largest guide's "experience". The confidence still reads every guide's
     * search, so what is refused does not change.
     */
    private Optional<String> leadingGuide(List<Ranking.Candidate> ranked, Map<String, Double> wordShares) {
        Map<String, double[]> evidence = new HashMap<>();
        for (Ranking.Candidate c : ranked) {
            double[] e = evidence.computeIfAbsent(sections.get(c.key()).guideId(), k -> new double[2]);
            if (e[1] < SearchTuning.GUIDE_EVIDENCE_SECTIONS) {
                e[0] += c.fused();
                e[1]++;
            }
        }
        evidence.forEach((g, e) -> e[0] += SearchTuning.GUIDE_WORDS_WEIGHT * wordShares.getOrDefault(g, 0.0));
        String best = null;
        double bestSum = 0;
        double second = 0;
        for (Map.Entry<String, double[]> e : evidence.entrySet()) {
            double sum = e.getValue()[0];
            if (sum > bestSum) {
                second = bestSum;
                bestSum = sum;
                best = e.getKey();
            } else if (sum > second) {
                second = sum;
            }
        }
        return best != null && bestSum - second >= SearchTuning.GUIDE_EVIDENCE_MARGIN * bestSum ? Optional.of(best)
                : Optional.empty();
    }

    /**
     * The guide whose title or an alias is closest in meaning to the question, when no word of it names a role and
     * nobody chose a guide: "someone who runs the test automation effort" is the QA lead's guide though no alias
     * says so. Only a clear winner counts: close enough ({@link SearchTuning#MEANING_ROUTE_MIN}) and ahead of every
     * other guide by {@link SearchTuning#MEANING_ROUTE_MARGIN}; otherwise every guide is searched as before.
     */
    Optional<String> byMeaning(String text) {
        float[] vector = questionVector(text);
        Map<String, List<float[]>> names = guideNameVectors();
        String best = null;
        double bestSim = -1;
        double second = -1;
        for (Map.Entry<String, List<float[]>> e : names.entrySet()) {
            double sim = -1;
            for (float[] name : e.getValue()) {
                sim = Math.max(sim, SentenceEmbedder.dot(vector, name));
            }
            if (sim > bestSim) {
                second = bestSim;
                bestSim = sim;
                best = e.getKey();
            } else if (sim > second) {
                second = sim;
            }
        }
        return best != null && bestSim >= SearchTuning.MEANING_ROUTE_MIN
                && bestSim - second >= SearchTuning.MEANING_ROUTE_MARGIN ? Optional.of(best) : Optional.empty();
    }

    /**
     * The titles of the guides whose title or an alias is closest in meaning to a role no guide covers, closest
     * first: a job that shares no word with any guide's names ("privacy officer", "nurse") still gets the closest
     * roles that have a guide, as a role sharing a word does.
     */
    private List<String> closestByMeaning(String role) {
        float[] vector = questionVector(Questions.clean(role));
        Map<String, Double> similarity = new HashMap<>();
        guideNameVectors().forEach((id, vectors) -> vectors.forEach(v -> similarity.merge(id,
                (double) SentenceEmbedder.dot(vector, v), Math::max)));
        return guides.stream()
                .sorted(Comparator.comparingDouble((Guide g) -> -similarity.getOrDefault(g.id(), -1.0)))
                .limit(SearchTuning.CLOSEST_ROLES).map(Guide::title).toList();
    }

    private Map<String, List<float[]>> guideNameVectors() {
        Map<String, List<float[]>> known = guideNameVectors;
        if (known != null) {
            return known;
        }
        Map<String, List<float[]>> names = new LinkedHashMap<>();
        for (Guide guide : guides) {
            List<String> texts = new ArrayList<>();
            texts.add(Questions.clean(guide.title()));
            guide.aliases().forEach(a -> texts.add(Questions.clean(a)));
            names.put(guide.id(), cache.vectors(texts.stream().map(SentenceEmbedder::questionKey).toList(),
                    key -> embedder().embedQuestion(SentenceEmbedder.questionOf(key)), 1));
        }
        guideNameVectors = Map.copyOf(names);
        return guideNameVectors;
    }

    private Optional<String> suggestion(IndexSearcher searcher, String text) throws IOException {
        IndexReader reader = GuideIndex.sections(searcher).getIndexReader();
        return spelling.correct(text, reader, word -> coverage.covers(word, reader));
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
                Map<String, float[]> found = lexical.sections(searcher, searched, guideId);
                return found.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue()[1]))
                        .map(Map.Entry::getKey).toList();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Ranks the sections of {@code guide} (empty: of every guide) for a question and measures the signals of the
     * confidence.
     *
     * @param exclude an index into the labelled questions to leave out of the nearest-example signals (when
     *                training on that very question), or -1
     */
    private Result run(IndexSearcher searcher, String text, Optional<String> guide, int exclude) throws IOException {
        return run(searcher, text, guide, false, false, exclude);
    }

    /**
     * The text BM25 ranks sections by: with a role named, "the role" the router put in its place tells the model
     * what is asked about, but as words it only matches the sections that happen to say "role" (overviews, career
     * progressions), so BM25 reads the question without it ("next steps to become the role" ranks next steps, not
     * the career progression that says "role" most), and snippets do not bold a "role" the asker never wrote.
     */
    private static String wordsOf(String searched, boolean named) {
        return named ? PLACEHOLDER.matcher(searched).replaceAll(" ") : searched;
    }

    /** As {@link #run(IndexSearcher, String, Optional, int)}, {@code named} when the question named its guide's role. */
    private Result run(IndexSearcher searcher, String text, Optional<String> guide, boolean named,
                       boolean generalRolesOut, int exclude) throws IOException {
        IndexReader reader = GuideIndex.sections(searcher).getIndexReader();
        Optional<String> suggestion = spelling.correct(text, reader, word -> coverage.covers(word, reader));
        String searched = suggestion.orElse(text);
        String words = generalRolesOut ? router.withoutGeneralRoles(searched) : wordsOf(searched, named);
        Map<String, float[]> lexicalHits = lexical.sections(searcher, words, guide);
        float[] vector = questionVector(searched);
        Map<String, Float> denseHits = DenseSearch.sections(searcher, vector, guide);
        Set<String> keys = new HashSet<>(lexicalHits.keySet());
        keys.addAll(denseHits.keySet());
        float[] similarities = labelled.similarities(vector);
        // Sections rank by a vote of the closest labelled questions; the confidence reads how close the best
        // section's closest labelled question is.
        List<Ranking.Candidate> ranked = ranking.rank(keys, lexicalHits, vector,
                Ranking.labelledVote(similarities, labelled, exclude));
        Map<String, Float> examples = Confidence.examplesBySection(similarities, labelled, exclude);
        Coverage.Result covered = coverage.of(searched, reader);
        ScopeClassifier.Signals signals = Confidence.signals(ranked, lexicalHits, covered, similarities, labelled,
                exclude, examples, sections);
        return new Result(ranked, suggestion, vector, coverage.stems(words), covered.contentWords(), signals);
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

    /** How many passage vectors this search holds in memory. */
    public int passageVectors() {
        return sections.passageVectors();
    }

    /** The bytes those passage vectors take (floats of the model's dimensions), without the arrays' headers. */
    public long passageVectorBytes() {
        return (long) sections.passageVectors() * SentenceEmbedder.DIMENSIONS * Float.BYTES;
    }

    /** The guide a hit came from, for showing its title. */
    public Optional<Guide> guide(String guideId) {
        return sections.guide(guideId);
    }

    @Override
    public void close() throws IOException {
        try {
            lucene.close();
        } finally {
            sections.close();
        }
    }
}
