package careercoach.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a question, read by its meaning as a whole, is of the kind the labelled in-scope questions are rather than
 * of the kind the labelled questions to refuse are: a logistic regression over the question's sentence vector itself
 * (not over its distances to the labelled questions), trained on the labelled questions' vectors, the two classes
 * weighed equally. Distances say how close a question is to something asked before, so a question about a guide no
 * question was written for is far from every labelled question whatever it asks; a direction in the vectors' space
 * reads what the labelled questions share across their subjects (asking how a job is done, grown into, paid, against
 * an errand, a tool's fault, a fact of the day), and the near-misses to refuse were written around the same guide's
 * tools as the questions to answer, so the subject itself weighs little in it.
 */
final class ScopeDirection {

    private final float[] weights;
    private final double bias;

    private ScopeDirection(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Fits the direction by a fixed number of gradient steps from zero (every start fits the same weights), with a
     * light L2 penalty ({@link SearchTuning#DIRECTION_L2}).
     *
     * @param inScope    vectors of questions to answer
     * @param outOfScope vectors of questions to refuse
     */
    static ScopeDirection fit(float[][] inScope, float[][] outOfScope) {
        if (inScope.length == 0 || outOfScope.length == 0) {
            throw new IllegalArgumentException("need questions in scope and out of scope to fit a direction");
        }
        int n = inScope.length + outOfScope.length;
        int d = inScope[0].length;
        float[][] x = new float[n][];
        double[] y = new double[n];
        double[] sampleWeight = new double[n];
        for (int i = 0; i < n; i++) {
            boolean in = i < inScope.length;
            x[i] = in ? inScope[i] : outOfScope[i - inScope.length];
            y[i] = in ? 1 : 0;
            sampleWeight[i] = in ? n / (2.0 * inScope.length) : n / (2.0 * outOfScope.length);
        }
        double[] w = new double[d];
        double b = 0;
        double[] gradient = new double[d];
        for (int step = 0; step < SearchTuning.DIRECTION_STEPS; step++) {
            Arrays.fill(gradient, 0);
            double gradientBias = 0;
            for (int i = 0; i < n; i++) {
                float[] row = x[i];
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double error = (1 / (1 + Math.exp(-z)) - y[i]) * sampleWeight[i];
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * row[j];
                }
                gradientBias += error;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= SearchTuning.DIRECTION_LEARNING_RATE * (gradient[j] / n + SearchTuning.DIRECTION_L2 * w[j]);
            }
            b -= SearchTuning.DIRECTION_LEARNING_RATE * gradientBias / n;
        }
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) {
            weights[j] = (float) w[j];
        }
        return new ScopeDirection(weights, b);
    }

    /** The log-odds that a question of this vector is in scope: above 0 it reads more like a question to answer. */
    double score(float[] vector) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * vector[j];
        }
        return z;
    }

    /** The fitted bias and weights as one line of text, for {@link #read}. */
    String write() {
        StringBuilder line = new StringBuilder().append(bias);
        for (float w : weights) {
            line.append(' ').append(w);
        }
        return line.append('\n').toString();
    }

    /** A direction written by {@link #write}, or empty when the text does not hold {@code dimensions} weights. */
    static Optional<ScopeDirection> read(String text, int dimensions) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 1 + dimensions) {
            return Optional.empty();
        }
        try {
            float[] weights = new float[dimensions];
            for (int j = 0; j < dimensions; j++) {
                weights[j] = Float.parseFloat(parts[1 + j]);
            }
            return Optional.of(new ScopeDirection(weights, Double.parseDouble(parts[0])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the question reads, by its meaning as a whole, more like the questions to answer than to refuse. */
    boolean readsInScope(float[] vector) {
        return score(vector) >= 0;
    }
}
