package careercoach.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedConfidenceTest {

    private static ScopeClassifier.Signals signals(double near) {
        return new ScopeClassifier.Signals(near, 0.05, 1, 1, near, 0.5, near - 0.05, 0.45, near, 1, 1, near);
    }

    private static ScopeClassifier trained() {
        Random random = new Random(3);
        List<ScopeClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new ScopeClassifier.Example(signals(0.8 + random.nextDouble() * 0.15), true));
            examples.add(new ScopeClassifier.Example(signals(0.5 + random.nextDouble() * 0.15), false));
        }
        return ScopeClassifier.train(examples, 0.4);
    }

    @Test
    void stored_isLoadedWithTheSameDecisions_whenTheCheckedSignalsAreUnchanged(@TempDir Path cache) {
        ScopeClassifier classifier = trained();
        List<ScopeClassifier.Signals> checked = List.of(signals(0.9), signals(0.55), signals(0.7));
        TrainedConfidence.in(Optional.of(cache), List.of("guides", "questions")).store(classifier, checked);

        ScopeClassifier loaded = TrainedConfidence.in(Optional.of(cache), List.of("guides", "questions"))
                .load(checked, 0.4).orElseThrow();

        for (double near = 0.4; near < 1; near += 0.05) {
            assertEquals(classifier.probability(signals(near)), loaded.probability(signals(near)), 1e-9);
        }
    }

    @Test
    void stored_isIgnored_whenTheGuidesChangedOrTheSignalsDiffer(@TempDir Path cache) {
        List<ScopeClassifier.Signals> checked = List.of(signals(0.9), signals(0.55));
        TrainedConfidence.in(Optional.of(cache), List.of("guides v1")).store(trained(), checked);

        assertTrue(TrainedConfidence.in(Optional.of(cache), List.of("guides v2")).load(checked, 0.4).isEmpty());
        assertTrue(TrainedConfidence.in(Optional.of(cache), List.of("guides v1"))
                .load(List.of(signals(0.9), signals(0.56)), 0.4).isEmpty());
    }

    @Test
    void aFittedDirection_isKeptForTheSameLabelledQuestionsOnly(@TempDir Path cache) {
        float[][] in = {{1, 0.1f}, {0.9f, 0.2f}};
        float[][] out = {{0.1f, 1}, {0.2f, 0.9f}};
        ScopeDirection fitted = ScopeDirection.fit(in, out);
        Optional<Path> file = TrainedConfidence.directionFile(Optional.of(cache), List.of("questions v1"));
        TrainedConfidence.storeDirection(file, fitted);

        ScopeDirection loaded = TrainedConfidence.loadDirection(file, 2).orElseThrow();
        assertEquals(fitted.score(new float[]{0.6f, 0.8f}), loaded.score(new float[]{0.6f, 0.8f}), 0);
        assertTrue(TrainedConfidence.loadDirection(
                TrainedConfidence.directionFile(Optional.of(cache), List.of("questions v2")), 2).isEmpty());
        assertTrue(TrainedConfidence.loadDirection(Optional.empty(), 2).isEmpty(), "no cache, nothing kept");
    }

    @Test
    void corruptFile_isIgnored(@TempDir Path cache) throws Exception {
        List<ScopeClassifier.Signals> checked = List.of(signals(0.9));
        TrainedConfidence stored = TrainedConfidence.in(Optional.of(cache), List.of("guides"));
        stored.store(trained(), checked);
        try (var files = Files.list(cache)) {
            Path file = files.findFirst().orElseThrow();
            Files.writeString(file, "0.1 not-a-number\n" + Files.readAllLines(file).get(1) + "\n");
        }

        assertTrue(stored.load(checked, 0.4).isEmpty());
    }

    @Test
    void theKey_holdsTheCompiledSearchCode_soAReleaseThatRanksDifferentlyTrainsItsOwn() {
        // Read from the build's class folder here, from the jar in production.
        assertEquals(32, TrainedConfidence.SearchCode.FINGERPRINT.length, "a digest of the search classes was read");
    }

    @Test
    void withoutACacheDirectory_nothingIsStored() {
        TrainedConfidence memoryOnly = TrainedConfidence.in(Optional.empty(), List.of("guides"));
        memoryOnly.store(trained(), List.of(signals(0.9)));

        assertTrue(memoryOnly.load(List.of(signals(0.9)), 0.4).isEmpty());
    }
}
