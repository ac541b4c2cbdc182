package careercoach.search;

import java.util.Arrays;
import java.util.List;

/**
 * The labelled questions as vectors, for one version of the guides: in-scope ones first, each with the sections it
 * is answered in, then out-of-scope ones. The first {@code ranking} in-scope ones rank sections (in the labelled
 * questions' vote); the rest (the guide's items and what their details list) only say a question is in scope.
 */
record LabelledVectors(float[][] inScope, float[][] outOfScope, List<List<String>> inScopeSections, int ranking) {

    /**
     * The question's similarity to every labelled question, in-scope ones first: computed once per question and
     * shared by the ranking's vote and the signals that look at close examples.
     */
    float[] similarities(float[] vector) {
        float[] similarities = new float[inScope.length + outOfScope.length];
        SentenceEmbedder.dots(vector, inScope, similarities, 0);
        SentenceEmbedder.dots(vector, outOfScope, similarities, inScope.length);
        return similarities;
    }

    /**
     * The indexes of the {@link SearchTuning#NEIGHBOURS} labelled questions closest to the question among the first
     * {@code count}, best first (on equal similarity the earlier one first), leaving out {@code exclude}. Kept by
     * insertion: no sort of the whole set per question.
     */
    static int[] closest(float[] labelled, int count, int exclude) {
        int neighbours = SearchTuning.NEIGHBOURS;
        int[] closest = new int[neighbours];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (i == exclude) {
                continue;
            }
            float sim = labelled[i];
            if (kept == neighbours && sim <= labelled[closest[neighbours - 1]]) {
                continue;
            }
            int at = kept < neighbours ? kept++ : neighbours - 1;
            while (at > 0 && labelled[closest[at - 1]] < sim) {
                closest[at] = closest[at - 1];
                at--;
            }
            closest[at] = i;
        }
        return Arrays.copyOf(closest, kept);
    }

    /**
     * The weight in a vote of labelled question {@code i}, one of {@code closest}: how close it is, relative to the
     * closest one (softmax of the similarity, {@link SearchTuning#NEIGHBOUR_TEMPERATURE}).
     */
    static double weight(float[] labelled, int[] closest, int i) {
        return Math.exp((labelled[i] - labelled[closest[0]]) / SearchTuning.NEIGHBOUR_TEMPERATURE);
    }
}
