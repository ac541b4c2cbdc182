package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Stand-in passage vectors for a benchmark corpus: pseudo-random unit vectors stored in an embedding cache under the
 * keys real ones would have, so a corpus can be indexed without embedding it. Only the lexical part of a search over
 * such an index means anything.
 */
public final class StandInVectors {

    private StandInVectors() {
    }

    public static void fill(GuideLibrary library, Path cacheDirectory) {
        EmbeddingCache cache = EmbeddingCache.forDirectory(SentenceEmbedder.MODEL_ID, SentenceEmbedder.DIMENSIONS,
                Optional.of(cacheDirectory));
        List<String> texts = new ArrayList<>();
        for (Guide guide : library.guides()) {
            for (Section section : guide.sections()) {
                Passages.of(section).forEach(p -> texts.add(p.embedded()));
            }
        }
        cache.vectors(texts, text -> {
            Random random = new Random(text.hashCode());
            float[] vector = new float[SentenceEmbedder.DIMENSIONS];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
            }
            return SentenceEmbedder.unit(vector);
        }, 1);
    }
}
