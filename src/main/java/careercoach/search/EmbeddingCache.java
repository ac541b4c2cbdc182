package careercoach.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Passage vectors computed once: kept in memory and, when a directory is given, in one append-only file per model
 * ({@code <dir>/<model id>.vectors}), keyed by the SHA-256 of the embedded text. A restart, a reload or another
 * corpus sharing text does not embed unchanged text again; changed text simply gets a new key. Records have a fixed
 * size, so a record cut short by a crash is ignored when the file is read. Several processes may share the file:
 * appends take a file lock.
 */
final class EmbeddingCache {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int KEY_BYTES = 32;

    private final String modelId;
    private final int dimensions;
    private final Optional<Path> file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    private static final Map<String, EmbeddingCache> OPEN = new ConcurrentHashMap<>();

    /** The cache of a model in a directory (or in memory only), one per process so every index shares it. */
    static EmbeddingCache forDirectory(String modelId, int dimensions, Optional<Path> directory) {
        String id = modelId + "|" + directory.map(d -> d.toAbsolutePath().normalize().toString()).orElse("");
        return OPEN.computeIfAbsent(id, k -> new EmbeddingCache(modelId, dimensions, directory));
    }

    EmbeddingCache(String modelId, int dimensions, Optional<Path> directory) {
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.file = directory.map(d -> d.resolve(modelId + ".vectors"));
        file.ifPresent(this::read);
    }

    int size() {
        return vectors.size();
    }

    /**
     * The vectors of these texts, in order, computing (on {@code threads} threads) and storing those not yet known.
     */
    List<float[]> vectors(List<String> texts, Function<String, float[]> embed, int threads) {
        Map<String, String> keys = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            String key = keys.computeIfAbsent(text, this::key);
            if (!vectors.containsKey(key) && !missing.contains(text)) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            Map<String, float[]> computed = compute(missing, embed, threads);
            computed.forEach((text, vector) -> vectors.put(keys.get(text), vector));
            append(computed, keys);
            LOG.info("embedded {} new passages with {} in {} ms", missing.size(), modelId,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return texts.stream().map(t -> vectors.get(keys.get(t))).toList();
    }

    private static Map<String, float[]> compute(List<String> texts, Function<String, float[]> embed, int threads) {
        Map<String, float[]> computed = new ConcurrentHashMap<>();
        if (threads <= 1 || texts.size() < 8) {
            texts.forEach(t -> computed.put(t, embed.apply(t)));
            return computed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> computed.put(text, embed.apply(text))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return computed;
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int recordBytes() {
        return KEY_BYTES + dimensions * Float.BYTES;
    }

    private void read(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] key = new byte[KEY_BYTES];
            while (all.remaining() >= recordBytes()) {
                all.get(key);
                float[] vector = new float[dimensions];
                all.asFloatBuffer().get(vector);
                all.position(all.position() + dimensions * Float.BYTES);
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
            LOG.info("read {} cached passage vectors from {}", vectors.size(), path);
        } catch (IOException e) {
            LOG.warn("could not read the embedding cache {}; passages will be embedded again", path, e);
        }
    }

    private void append(Map<String, float[]> computed, Map<String, String> keys) {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        ByteBuffer out = ByteBuffer.allocate(computed.size() * recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        computed.forEach((text, vector) -> {
            out.put(HexFormat.of().parseHex(keys.get(text)));
            for (float v : vector) {
                out.putFloat(v);
            }
        });
        out.flip();
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                // A record cut short by an earlier crash would shift every later one: start again at a boundary.
                long whole = channel.size() / recordBytes() * recordBytes();
                if (whole != channel.size()) {
                    channel.truncate(whole);
                }
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not write the embedding cache {}; it will be computed again next start", path, e);
        }
    }
}
