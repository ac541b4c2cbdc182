package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Whether to answer a question: the signals of its search that the {@link ScopeClassifier} reads
 * ({@link #signals}), and the classifier's training on the labelled questions ({@link #embed}, then {@link #train}),
 * each searched like a user's question, kept by {@link TrainedConfidence} between starts. Answered from
 * {@link SearchTuning#ANSWER_THRESHOLD}.
 */
final class Confidence {
    private static final Logger LOG = LoggerFactory.getLogger(Confidence.class);
    private Confidence() {
    }

    /** A labelled question searched like a user's, leaving labelled question {@code exclude} out of its signals. */
    @FunctionalInterface
    interface LabelledSearch {
        GuideSearch.Result search(IndexSearcher searcher, String question, Optional<String> guide, int exclude)
                throws IOException;
    }

    /**
     * The labelled questions embedded, with what training reads of them: each one cleaned (in-scope ones first, as in
     * {@code vectors}), and how many of the in-scope ones are training rows (the rest are the guide's items).
     */
    record Labelled(LabelledVectors vectors, List<String> cleaned, int trainedIn, long startedAt) {
    }

    /**
     * Embeds the labelled questions (from the cache when it has them): the shipped ones, every guide's phrasings as
     * in-scope questions, and the items of the guide the labelled questions were written for as in-scope neighbours.
     *
     * @param embedQuestionKey embeds a question given as {@link SentenceEmbedder#questionKey}
     * @param remember         keeps a cleaned question's vector, so asking it again does not embed it again
     */
    static Labelled embed(GuideLibrary library, LabelledQuestions examples, EmbeddingCache cache,
                          Function<String, float[]> embedQuestionKey, BiConsumer<String, float[]> remember) {
        long start = System.nanoTime();
        List<String> inTexts = new ArrayList<>();
        List<List<String>> inSections = new ArrayList<>();
        List<String> outTexts = new ArrayList<>();
        for (LabelledQuestions.Labelled q : examples.questions()) {
            if (q.inScope()) {
                inTexts.add(q.question());
                inSections.add(q.sections());
            } else {
                outTexts.add(q.question());
            }
        }
        // Authors' phrasings are questions the guides answer, in any library, labelled with their section's kind;
        // guides sharing a phrasing for one kind of section add it once.
        Set<String> phrasings = new HashSet<>();
        library.guides().forEach(g -> g.sections().forEach(s -> s.phrasings().forEach(p -> {
            if (phrasings.add(s.kind().orElse(s.id()) + "\t" + p)) {
                inTexts.add(p);
                inSections.add(votesFor(s));
            }
        })));
        // Each item of the guide the labelled questions were written for is a question about its section in the
        // guide's own words ("Kotlin", "access control and auditability"): close questions are in scope. They
        // count for the nearest-question signals only, not as training rows (their passages would match exactly).
        int trainedIn = inTexts.size();
        // Items only say a question is in scope; they do not rank sections (measured: ranking by them loses recall).
        int ranking = trainedIn;
        // Every guide's items, not only those of the guide the labelled questions were written for: a question in
        // the words of any guide is close to one of them, so a guide added tomorrow is answered like the first.
        library.guides().forEach(g -> g.sections().forEach(s -> {
            List<Item> items = new ArrayList<>(s.items());
            s.groups().forEach(group -> items.addAll(group.items()));
            for (Item item : items) {
                String asked = item.name().isEmpty() ? item.text() : item.name();
                if (!asked.isBlank() && phrasings.add(s.kind().orElse(s.id()) + "\t" + asked)) {
                    inTexts.add(asked);
                    inSections.add(votesFor(s));
                }
                for (String named : listed(item.details())) {
                    if (phrasings.add(s.kind().orElse(s.id()) + "\t" + named)) {
                        inTexts.add(named);
                        inSections.add(votesFor(s));
                    }
                }
            }
        }));
        List<String> all = new ArrayList<>(inTexts);
        all.addAll(outTexts);
        List<String> cleaned = all.stream().map(Questions::clean).toList();
        List<float[]> vectors = cache.vectors(cleaned.stream().map(SentenceEmbedder::questionKey).toList(),
                embedQuestionKey, IndexedSections.EMBEDDING_THREADS);
        for (int i = 0; i < cleaned.size(); i++) {
            remember.accept(cleaned.get(i), vectors.get(i));
        }
        float[][] in = vectors.subList(0, inTexts.size()).toArray(float[][]::new);
        float[][] out = vectors.subList(inTexts.size(), vectors.size()).toArray(float[][]::new);
        ranking = Math.min(ranking, in.length);
        return new Labelled(new LabelledVectors(in, out, inSections, ranking), cleaned, trainedIn, start);
    }

    /**
     * The {@link ScopeDirection} of the labelled questions: the training rows in scope (the labelled questions and
     * every guide's phrasings, not the items, which are statements) against the questions to refuse.
     */
    static ScopeDirection direction(Labelled labelled, Optional<Path> cacheDirectory) {
        float[][] in = labelled.vectors().inScope();
        int trained = Math.min(labelled.trainedIn(), in.length);
        List<String> key = new ArrayList<>(List.of(SentenceEmbedder.MODEL_ID, String.valueOf(trained)));
        List<String> cleaned = labelled.cleaned();
        key.addAll(cleaned.subList(0, trained));
        key.add("");
        key.addAll(cleaned.subList(in.length, cleaned.size()));
        Optional<Path> file = TrainedConfidence.directionFile(cacheDirectory, key);
        int dimensions = in.length > 0 ? in[0].length : 0;
        Optional<ScopeDirection> known = TrainedConfidence.loadDirection(file, dimensions);
        if (known.isPresent()) {
            return known.get();
        }
        ScopeDirection fitted = ScopeDirection.fit(Arrays.copyOf(in, trained), labelled.vectors().outOfScope());
        TrainedConfidence.storeDirection(file, fitted);
        return fitted;
    }

    /**
     * Trains the confidence on the labelled questions: each is searched like a user's question (in the guide it
     * was written for, when the library has it), leaving itself out of the nearest-example signals. A confidence
     * stored for the same guides and questions, whose checked questions still give the stored signals, is loaded
     * instead.
     */
    static ScopeClassifier train(Labelled labelled, GuideLibrary library, GuideSearch.Settings settings,
                                 ReferenceManager<IndexSearcher> searchers, LabelledSearch search) throws IOException {
        List<String> cleaned = labelled.cleaned();
        int trainedIn = labelled.trainedIn();
        int inCount = labelled.vectors().inScope().length;
        List<List<String>> inSections = labelled.vectors().inScopeSections();
        Optional<String> guide = library.find(settings.examples().guideId()).map(Guide::id);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            boolean item = i >= trainedIn && i < inCount;
            if (!cleaned.get(i).isEmpty() && !item) {
                rows.add(i);
            }
        }
        // The training rows are searched in the labelled questions' guide when the library has it: the other guides
        // enter the signals only through the labelled neighbours (their items, in the key below) and the index's word
        // statistics, which the checked questions catch. So editing another guide's text keeps the confidence.
        String searchedGuides = guide.flatMap(library::find).map(Guide::toString)
                .orElse(library.guides().toString());
        List<String> key = new ArrayList<>(List.of(SentenceEmbedder.MODEL_ID, settings.fusion().name(),
                guide.orElse(""), String.valueOf(trainedIn), String.valueOf(inCount), searchedGuides));
        for (int i = 0; i < cleaned.size(); i++) {
            key.add(cleaned.get(i) + "\t" + (i < inSections.size() ? inSections.get(i) : "-"));
        }
        TrainedConfidence stored = TrainedConfidence.in(settings.cacheDirectory(), key);
        List<ScopeClassifier.Example> examples = new ArrayList<>();
        List<ScopeClassifier.Signals> checked = new ArrayList<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (int row : TrainedConfidence.checked(rows.size())) {
                checked.add(search.search(searcher, cleaned.get(rows.get(row)), guide, rows.get(row)).signals());
            }
            Optional<ScopeClassifier> known = stored.load(checked, settings.threshold());
            if (known.isPresent()) {
                LOG.info("loaded the trained confidence in {} ms",
                        (System.nanoTime() - labelled.startedAt()) / 1_000_000);
                return known.get();
            }
            for (int i : rows) {
                GuideSearch.Result result = search.search(searcher, cleaned.get(i), guide, i);
                if (result.contentWords() > 0 && !result.ranked().isEmpty()) {
                    examples.add(new ScopeClassifier.Example(result.signals(), i < inCount));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        ScopeClassifier classifier = ScopeClassifier.train(examples, settings.threshold());
        stored.store(classifier, checked);
        LOG.info("trained the confidence on {} questions in {} ms", examples.size(),
                (System.nanoTime() - labelled.startedAt()) / 1_000_000);
        return classifier;
    }

    /**
     * The signals of one search about its best section (see {@link ScopeClassifier.Signals}).
     *
     * @param labelled the question's similarity to each labelled question ({@link LabelledVectors#similarities})
     * @param exclude  a labelled question to leave out (when training on that very question), or -1
     * @param examples {@link #examplesBySection} of this question
     */
    static ScopeClassifier.Signals signals(List<Ranking.Candidate> ranked, Map<String, float[]> lexical,
                                           Coverage.Result covered, float[] labelled, LabelledVectors vectors,
                                           int exclude, Map<String, Float> examples, IndexedSections sections) {
        int inCount = vectors.inScope().length;
        double[] in = nearest(labelled, 0, inCount, exclude);
        double[] out = nearest(labelled, inCount, labelled.length, exclude);
        if (ranked.isEmpty()) {
            return new ScopeClassifier.Signals(0, 0, 0, 0, in[0], out[0], in[1], out[1], 0, 0, 0,
                    nearbyInScopeShare(labelled, vectors, exclude));
        }
        Ranking.Candidate top = ranked.get(0);
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
                exampleOf(sections.kind(top.key()), examples, in[0]),
                lexicalTop.equals(top.key()) ? 1 : 0, Math.log1p(content),
                nearbyInScopeShare(labelled, vectors, exclude));
    }

    /**
     * How close the closest labelled question answered by a section of the best section's kind is. A section of no
     * kind has no labelled questions of its own kind to be near; it is not held to be far from every answered
     * question for that, but read as near as the closest labelled in-scope question of any kind.
     */
    private static double exampleOf(String kind, Map<String, Float> examples, double nearestInScope) {
        return kind.isEmpty() ? nearestInScope : examples.getOrDefault(kind, 0f);
    }

    /**
     * The kinds a guide's own question (a phrasing, an item) votes for: its section's kind; none for a section of no
     * kind, whose questions still say what is in scope.
     */
    private static List<String> votesFor(Section section) {
        return section.kind().map(List::of).orElse(List.of());
    }

    /**
     * For each section kind, the similarity of the closest labelled question that kind of section answers: questions
     * like this one were answered there. Kinds are shared by all guides, so this holds for any guide.
     */
    static Map<String, Float> examplesBySection(float[] labelled, LabelledVectors vectors, int exclude) {
        Map<String, Float> best = new HashMap<>();
        for (int i = 0; i < vectors.ranking(); i++) {
            if (i == exclude) {
                continue;
            }
            float sim = labelled[i];
            for (String section : vectors.inScopeSections().get(i)) {
                best.merge(section, sim, Math::max);
            }
        }
        return best;
    }

    /**
     * How much of the question's neighbourhood among the labelled questions is in scope: a vote of the closest ten,
     * in and out of scope together, each weighted by how close it is (softmax of the similarity). Unlike the
     * closest-in against closest-out signals, it sees whether a question sits among near-misses of one kind.
     */
    private static double nearbyInScopeShare(float[] labelled, LabelledVectors vectors, int exclude) {
        int inCount = vectors.inScope().length;
        int[] closest = LabelledVectors.closest(labelled, inCount + vectors.outOfScope().length, exclude);
        double weighted = 0;
        double weights = 0;
        for (int i : closest) {
            double w = LabelledVectors.weight(labelled, closest, i);
            weights += w;
            weighted += i < inCount ? w : 0;
        }
        return weights == 0 ? 0.5 : weighted / weights;
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
                    Arrays.sort(top);
                    float t = top[0];
                    top[0] = top[2];
                    top[2] = t;
                }
            }
        }
        return new double[]{top[0], (top[0] + top[1] + top[2]) / 3};
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
}
