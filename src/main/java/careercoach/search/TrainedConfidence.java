package careercoach.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The trained confidence kept next to the passage vectors, so a start with unchanged guides and labelled questions
 * does not search every labelled question again. The file is keyed by the model, the text of the guide the labelled
 * questions are searched in, the labelled questions and the compiled search code (a release that ranks differently
 * trains its own); it also holds the signals of a few labelled questions, which are searched again on load: anything
 * else that changes the signals (synonyms) makes them differ, and the confidence is trained afresh.
 */
final class TrainedConfidence {
    private static final Logger LOG = LoggerFactory.getLogger(TrainedConfidence.class);
    /** Bump when the stored file's layout changes (a change of the search code changes the key by itself). */
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
        return new TrainedConfidence(directory.map(d -> d.resolve("confidence-" + key(parts) + ".txt")));
    }

    /**
     * Where the {@link ScopeDirection} fitted on the labelled questions is kept: fitting it takes a few hundred
     * milliseconds, which a start or a reload would otherwise pay each time.
     *
     * @param parts everything the fit depends on: the model and the labelled questions with their labels
     */
    static Optional<Path> directionFile(Optional<Path> directory, List<String> parts) {
        return directory.map(d -> d.resolve("direction-" + key(parts) + ".txt"));
    }

    /** The stored direction, if present and readable. */
    static Optional<ScopeDirection> loadDirection(Optional<Path> file, int dimensions) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            return ScopeDirection.read(Files.readString(file.get(), StandardCharsets.UTF_8), dimensions);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the stored direction {}: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the direction; written whole or not at all. */
    static void storeDirection(Optional<Path> file, ScopeDirection direction) {
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.get().getParent());
            Path temporary = Files.createTempFile(file.get().getParent(), "direction", ".tmp");
            Files.writeString(temporary, direction.write(), StandardCharsets.UTF_8);
            Files.move(temporary, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not store the direction in {}: {}", file.get(), e.toString());
        }
    }

    private static String key(List<String> parts) {
        MessageDigest digest = sha256();
        digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
        digest.update(SearchCode.FINGERPRINT);
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
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

    /**
     * A digest of the compiled classes of this package, read once: where the classes live (the jar, or the build's
     * class folder). The few checked questions alone can miss a ranking change that leaves their signals as they
     * were. Empty when the classes cannot be read (the checked questions still guard the stored file then).
     */
    static final class SearchCode {
        static final byte[] FINGERPRINT = read();

        private SearchCode() {
        }

        private static byte[] read() {
            String folder = TrainedConfidence.class.getPackageName().replace('.', '/') + "/";
            MessageDigest digest = sha256();
            try {
                Path location = Path.of(TrainedConfidence.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                if (Files.isDirectory(location)) {
                    try (var classes = Files.list(location.resolve(folder))) {
                        for (Path file : classes.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(file));
                        }
                    }
                } else {
                    try (var jar = new JarFile(location.toFile())) {
                        for (var entry : jar.stream().filter(e -> e.getName().startsWith(folder)
                                && e.getName().endsWith(".class")).sorted(Comparator.comparing(
                                ZipEntry::getName)).toList()) {
                            digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                            try (var in = jar.getInputStream(entry)) {
                                digest.update(in.readAllBytes());
                            }
                        }
                    }
                }
                return digest.digest();
            } catch (IOException | RuntimeException | URISyntaxException e) {
                LOG.warn("could not read the search code to key the stored confidence: {}", e.toString());
                return new byte[0];
            }
        }
    }
}
