package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.guide.SectionKindReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The kind of a section whose heading names none ("Craft", "Money", "Hard lessons"), read from what it says: its
 * passages' mean vector against the questions written for each kind of section ({@code section-kinds.tsv}, worded
 * for any role). The section is taken for the kind it is closest to only when that kind leads the next by
 * {@link SearchTuning#KIND_BY_MEANING_MARGIN} and no other section of its guide is of that kind; else it stays of
 * no kind, ranked by its words and meaning alone. A section with salary ranges on its items is the salary, read
 * from the ranges rather than its passages, which leave the figures out. The kinds are read once, by the guide
 * loader ({@link #reader}, {@link #loader}): of the server, {@code validate}, {@code report}, {@code search} and the
 * benchmarks, so commands and the search find the section by its kind alike; the search takes the kinds as loaded.
 */
public final class KindsByMeaning {
    private KindsByMeaning() {
    }

    /**
     * The loader of guides to search: it reads the kinds of sections of none ({@link #reader}), with passage vectors
     * kept in {@code cacheDirectory}, the search's own ({@link GuideSearch.Settings#cacheDirectory}).
     */
    public static GuideLoader loader(Optional<Path> cacheDirectory) {
        return new GuideLoader().readingKinds(reader(cacheDirectory));
    }

    /**
     * The kinds read for the guide loader ({@link careercoach.guide.GuideLoader#readingKinds}): with the shared model,
     * loaded only when a passage or a section-kind question is missing from the vectors kept in
     * {@code cacheDirectory} ({@link GuideSearch#cacheDirectory}), so a guide whose sections all name a kind costs
     * nothing, and a restart with a warm cache reads stored vectors alone.
     */
    public static SectionKindReader reader(Optional<Path> cacheDirectory) {
        Function<String, float[]> embedPassage = p -> SentenceEmbedder.shared(cacheDirectory).embedPassage(p);
        Function<String, float[]> embedQuestionKey = key -> SentenceEmbedder.shared(cacheDirectory)
                .embedQuestion(SentenceEmbedder.questionOf(key));
        return new SectionKindReader() {
            private volatile Map<String, List<float[]>> kindQuestions;

            @Override
            public Map<String, String> kinds(Guide guide) {
                if (guide.sections().stream().allMatch(s -> s.kind().isPresent())) {
                    return Map.of();
                }
                EmbeddingCache cache = EmbeddingCache.forDirectory(SentenceEmbedder.MODEL_ID,
                        SentenceEmbedder.DIMENSIONS, cacheDirectory);
                if (kindQuestions == null) {
                    kindQuestions = kindQuestions(cache, embedQuestionKey);
                }
                return KindsByMeaning.kinds(guide, kindQuestions, cache, embedPassage);
            }
        };
    }

    /** The kind each section of no kind of the guide clearly reads as, by section id, when the guide lacks it. */
    private static Map<String, String> kinds(Guide guide, Map<String, List<float[]>> kindQuestions,
                                             EmbeddingCache cache, Function<String, float[]> embedPassage) {
        Set<String> held = new HashSet<>();
        guide.sections().forEach(s -> s.kind().ifPresent(held::add));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Section section : guide.sections()) {
            if (section.kind().isPresent()) {
                continue;
            }
            Optional<String> kind = closestKind(section, kindQuestions, cache, embedPassage)
                    .filter(k -> !held.contains(k));
            if (kind.isPresent()) {
                held.add(kind.get());
                kinds.put(section.id(), kind.get());
            }
        }
        return kinds;
    }

    /** The kind whose questions the section's mean passage is closest to on average, when it clearly leads. */
    static Optional<String> closestKind(Section section, Map<String, List<float[]>> kindQuestions,
                                        EmbeddingCache cache, Function<String, float[]> embedPassage) {
        // A salary range is what the section is about, though its passages leave the figures out (the model reads
        // them poorly): pay bands written as names and ranges alone ("Lead", "£90k–£115k base (UK)") are the salary.
        if (Stream.concat(section.items().stream(), section.groups().stream().flatMap(g -> g.items().stream()))
                .anyMatch(item -> !item.range().isBlank())) {
            return Optional.of(SectionIds.SALARY_AND_DEMAND);
        }
        List<String> texts = Passages.of(section).stream().map(Passages.Passage::embedded).toList();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        float[] mean = null;
        for (float[] vector : cache.vectors(texts, embedPassage, IndexedSections.EMBEDDING_THREADS)) {
            if (mean == null) {
                mean = new float[vector.length];
            }
            for (int i = 0; i < vector.length; i++) {
                mean[i] += vector[i];
            }
        }
        float[] centre = SentenceEmbedder.unit(mean);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<float[]>> kind : kindQuestions.entrySet()) {
            double sum = 0;
            for (float[] question : kind.getValue()) {
                sum += SentenceEmbedder.dot(centre, question);
            }
            double score = sum / kind.getValue().size();
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = kind.getKey();
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore - second >= SearchTuning.KIND_BY_MEANING_MARGIN ? Optional.of(best) : Optional.empty();
    }

    /** The section-kind questions' vectors, by the kind each is labelled with first. */
    private static Map<String, List<float[]>> kindQuestions(EmbeddingCache cache,
                                                            Function<String, float[]> embedQuestionKey) {
        List<LabelledQuestions.Labelled> questions = LabelledQuestions.sectionKinds();
        List<float[]> vectors = cache.vectors(questions.stream()
                        .map(q -> SentenceEmbedder.questionKey(Questions.clean(q.question()))).toList(),
                embedQuestionKey, IndexedSections.EMBEDDING_THREADS);
        Map<String, List<float[]>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String kind = questions.get(i).sections().get(0);
            if (SectionIds.ALL.contains(kind)) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(vectors.get(i));
            }
        }
        return byKind;
    }
}
