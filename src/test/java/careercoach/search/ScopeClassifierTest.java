package careercoach.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeClassifierTest {

    private static ScopeClassifier.Signals signals(double near, double dense) {
        return new ScopeClassifier.Signals(dense, 0.05, 1, 1, near, 0.5, near - 0.05, 0.45, near, 1, 1, near);
    }

    @Test
    void train_learnsToSeparateQuestionsCloseToAnsweredOnes() {
        Random random = new Random(7);
        List<ScopeClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            examples.add(new ScopeClassifier.Example(signals(0.8 + random.nextDouble() * 0.15, 0.75), true));
            examples.add(new ScopeClassifier.Example(signals(0.5 + random.nextDouble() * 0.15, 0.7), false));
        }
        ScopeClassifier classifier = ScopeClassifier.train(examples, 0.5);
        assertTrue(classifier.inScope(signals(0.9, 0.75)));
        assertFalse(classifier.inScope(signals(0.55, 0.75)));
    }

    @Test
    void train_needsBothClasses() {
        assertThrows(IllegalArgumentException.class, () -> ScopeClassifier.train(
                List.of(new ScopeClassifier.Example(signals(0.9, 0.8), true)), 0.5));
    }
}
