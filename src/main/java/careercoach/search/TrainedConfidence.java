package careercoach.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The trained confidence kept next to the passage vectors, so a start with unchanged guides and labelled questions
 * does not search every labelled question again. The file is keyed by the model, the text of the guide the labelled
 * questions are searched in and the labelled questions; it also holds the signals of a few labelled questions, which are searched again on load: anything
 * else that changes the signals (synonyms, the code) makes them differ, and the confidence is trained afresh.
 */
final class TrainedConfidence {
    private static final Logger LOG = LoggerFactory.getLogger(TrainedConfidence.class);
    /**
     * Bump when the meaning of a signal, or the ranking its signals are measured on, changes without changing its
     * value on the checked questions.
     */
    private static final String FORMAT = "confidence-v2";
    /** Labelled questions searched again on load to check the stored signals. */
    static final int CHECKED = 3;
    private static final double TOLERANCE = 1e-6;

    private final Optional<Path> file;

    private TrainedConfidence(Optional<Path> file) {
        this.file = file;
    }

    /** @param parts everything the training depends on that can be listed: model, indexed text, labelled questions */
    static TrainedConfidence in(Optional<Path> directory, List<String> parts) {
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        String key = HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        return new TrainedConfidence(directory.map(d -> d.resolve("confidence-" + key + ".txt")));
    }

    /** Which labelled questions to check on load: spread over the set. */
    static List<Integer> checked(int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < CHECKED && count > 0; i++) {
            indexes.add((int) ((long) i * count / CHECKED));
        }
        return indexes.stream().distinct().toList();
    }

    /** The stored classifier, if present, readable, and the checked questions still give the stored signals. */
    Optional<ScopeClassifier> load(List<ScopeClassifier.Signals> checkedNow, double threshold) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
            if (lines.size() != 1 + checkedNow.size()) {
                return Optional.empty();
            }
            for (int i = 0; i < checkedNow.size(); i++) {
                double[] now = checkedNow.get(i).values();
                String[] stored = lines.get(1 + i).strip().split(" ");
                if (stored.length != now.length) {
                    return Optional.empty();
                }
                for (int j = 0; j < now.length; j++) {
                    if (Math.abs(Double.parseDouble(stored[j]) - now[j]) > TOLERANCE) {
                        LOG.info("stored confidence is stale (signals changed); training again");
                        return Optional.empty();
                    }
                }
            }
            return ScopeClassifier.read(lines.get(0), ScopeClassifier.dimensions(), threshold);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the stored confidence {}: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the classifier with the checked questions' signals; written whole or not at all. */
    void store(ScopeClassifier classifier, List<ScopeClassifier.Signals> checked) {
        if (file.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(classifier.write()).append('\n');
        for (ScopeClassifier.Signals signals : checked) {
            double[] v = signals.values();
            for (int j = 0; j < v.length; j++) {
                text.append(j == 0 ? "" : " ").append(v[j]);
            }
            text.append('\n');
        }
        try {
            Files.createDirectories(file.get().getParent());
            Path temporary = Files.createTempFile(file.get().getParent(), "confidence", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not store the trained confidence in {}: {}", file.get(), e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
