package careercoach.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a question is one the guides answer: logistic regression over a few signals of the search (see
 * {@link Signals}), trained on labelled questions. No single score separates near-miss questions ("what does a
 * frontend lead earn", "who is Stripe's CEO") from real ones; together the signals do much better.
 */
final class ScopeClassifier {

    /**
     * The signals of one question about its best section: its similarity to the section's closest passage and the
     * margin to the next section's; the share of the question's content words the guides use, and of those that
     * name what a section is about; the closest labelled questions in and out of scope (the closest one, and the
     * mean of the closest three); the closest labelled question of the best section; whether BM25 ranks the same
     * section first; how many content words the question has (log); the in-scope share of the closest labelled
     * questions' vote.
     */
    record Signals(double denseTop, double denseMargin, double coverage, double namingCoverage,
                   double nearestInScope, double nearestOutOfScope, double nearInScope, double nearOutOfScope,
                   double exampleTop, double lexicalAgrees, double contentWords, double nearbyInScope) {
        double[] values() {
            return new double[]{denseTop, denseMargin, coverage, namingCoverage, nearestInScope, nearestOutOfScope,
                    nearestInScope - nearestOutOfScope, nearInScope - nearOutOfScope, exampleTop, lexicalAgrees,
                    contentWords, nearbyInScope};
        }
    }

    record Example(Signals signals, boolean inScope) {
    }

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;
    private final double threshold;

    private ScopeClassifier(double[] mean, double[] scale, double[] weights, double bias, double threshold) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /**
     * Fits the weights by gradient descent on the log loss, the two classes weighted equally whatever their counts.
     *
     * @param threshold the probability of being in scope above which a question is answered
     */
    static ScopeClassifier train(List<Example> examples, double threshold) {
        int n = examples.size();
        if (n == 0 || examples.stream().allMatch(Example::inScope) || examples.stream().noneMatch(Example::inScope)) {
            throw new IllegalArgumentException("need questions in scope and out of scope to train on");
        }
        int d = examples.get(0).signals().values().length;
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] sampleWeight = new double[n];
        long positives = examples.stream().filter(Example::inScope).count();
        for (int i = 0; i < n; i++) {
            x[i] = examples.get(i).signals().values();
            y[i] = examples.get(i).inScope() ? 1 : 0;
            sampleWeight[i] = examples.get(i).inScope() ? n / (2.0 * positives) : n / (2.0 * (n - positives));
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            for (double[] row : x) {
                mean[j] += row[j] / n;
            }
            for (double[] row : x) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] w = new double[d];
        double b = 0;
        for (int epoch = 0; epoch < SearchTuning.EPOCHS; epoch++) {
            double[] gradient = new double[d];
            double gradientBias = 0;
            for (int i = 0; i < n; i++) {
                double error = (sigmoid(dot(w, z[i]) + b) - y[i]) * sampleWeight[i];
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * z[i][j] / n;
                }
                gradientBias += error / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= SearchTuning.LEARNING_RATE * (gradient[j] + SearchTuning.L2 * w[j]);
            }
            b -= SearchTuning.LEARNING_RATE * gradientBias;
        }
        return new ScopeClassifier(mean, scale, w, b, threshold);
    }

    double probability(Signals signals) {
        double[] v = signals.values();
        double sum = bias;
        for (int j = 0; j < v.length; j++) {
            sum += weights[j] * (v[j] - mean[j]) / scale[j];
        }
        return sigmoid(sum);
    }

    boolean inScope(Signals signals) {
        return probability(signals) >= threshold;
    }

    /** The fitted parameters as one line of text, for {@link #read}; the threshold is not part of them. */
    String write() {
        StringBuilder line = new StringBuilder().append(bias);
        for (double[] part : List.of(mean, scale, weights)) {
            for (double v : part) {
                line.append(' ').append(v);
            }
        }
        return line.toString();
    }

    /** Parameters written by {@link #write}, or empty when the text does not hold {@code dimensions} signals. */
    static Optional<ScopeClassifier> read(String line, int dimensions, double threshold) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 1 + 3 * dimensions) {
            return Optional.empty();
        }
        try {
            double[] v = Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
            return Optional.of(new ScopeClassifier(
                    Arrays.copyOfRange(v, 1, 1 + dimensions),
                    Arrays.copyOfRange(v, 1 + dimensions, 1 + 2 * dimensions),
                    Arrays.copyOfRange(v, 1 + 2 * dimensions, 1 + 3 * dimensions), v[0], threshold));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int dimensions() {
        return new Signals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).values().length;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
