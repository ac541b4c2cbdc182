package careercoach.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeDirectionTest {

    private static final int DIMENSIONS = 16;

    /**
     * A unit vector made of a subject (one of several axes, shared by both classes) and, on another axis, how it is
     * asked: +1 for the way questions to answer are asked, -1 for the way questions to refuse are.
     */
    private static float[] question(int subject, double asked, Random noise) {
        float[] v = new float[DIMENSIONS];
        v[subject] = 1;
        v[DIMENSIONS - 1] = (float) asked;
        for (int j = 0; j < DIMENSIONS; j++) {
            v[j] += (float) (noise.nextGaussian() * 0.05);
        }
        return SentenceEmbedder.unit(v);
    }

    private static ScopeDirection fitted(Random random) {
        // The labelled questions are all about subjects 0-4; both classes speak of them.
        float[][] in = new float[60][];
        float[][] out = new float[40][];
        for (int i = 0; i < in.length; i++) {
            in[i] = question(i % 5, 1, random);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = question(i % 5, -1, random);
        }
        return ScopeDirection.fit(in, out);
    }

    @Test
    void aQuestionOnASubjectNoLabelledQuestionSpeaksOf_isReadByHowItIsAsked() {
        Random random = new Random(3);
        ScopeDirection direction = fitted(random);
        // Subject 9: no labelled question is near either question below.
        assertTrue(direction.readsInScope(question(9, 1, random)));
        assertFalse(direction.readsInScope(question(9, -1, random)));
    }

    @Test
    void theSubjectAloneSaysLittle() {
        ScopeDirection direction = fitted(new Random(5));
        float[] subjectOnly = new float[DIMENSIONS];
        subjectOnly[2] = 1;
        assertTrue(Math.abs(direction.score(subjectOnly)) < 1.0, "a subject both classes speak of is no evidence");
    }

    @Test
    void everyFitOfTheSameQuestionsGivesTheSameDirection() {
        float[] probe = question(7, 0.3, new Random(11));
        assertEquals(fitted(new Random(1)).score(probe), fitted(new Random(1)).score(probe), 0);
    }

    @Test
    void aStoredDirectionReadsEveryQuestionAsTheFittedOne() {
        ScopeDirection direction = fitted(new Random(2));
        ScopeDirection read = ScopeDirection.read(direction.write(), DIMENSIONS).orElseThrow();
        Random random = new Random(4);
        for (int i = 0; i < 20; i++) {
            float[] probe = question(i % DIMENSIONS, random.nextDouble() * 2 - 1, random);
            assertEquals(direction.score(probe), read.score(probe), 0);
        }
        assertTrue(ScopeDirection.read(direction.write(), DIMENSIONS + 1).isEmpty());
        assertTrue(ScopeDirection.read("not a direction", DIMENSIONS).isEmpty());
    }

    @Test
    void needsBothKindsOfQuestion() {
        assertThrows(IllegalArgumentException.class,
                () -> ScopeDirection.fit(new float[][]{{1, 0}}, new float[0][]));
    }
}
