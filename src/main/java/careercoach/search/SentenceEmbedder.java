package careercoach.search;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The sentence-embedding model, run in-process with ONNX Runtime: bge-small-en-v1.5 (quantized), from the model
 * jar on the class path, so nothing is downloaded at run time. A text becomes a unit-length vector of 384 floats
 * (the [CLS] token's output); texts close in meaning get vectors with a high dot product. Questions carry the
 * model's retrieval instruction, passages do not, as the model was trained.
 *
 * <p>Thread-safe: ONNX Runtime sessions may run concurrently. One per process is enough ({@link #shared()}).
 */
public final class SentenceEmbedder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SentenceEmbedder.class);

    /** How a model turns its tokens' outputs into one vector. */
    enum Pooling {
        /** The first token's ([CLS]) output, as bge models are trained. */
        FIRST_TOKEN,
        /** The mean of all tokens' outputs, as sentence-transformers' MiniLM and e5 models are trained. */
        MEAN
    }

    /**
     * A model shipped in a jar on the class path (BERT's uncased WordPiece vocabulary): its id, which names the cache
     * files (vectors, the model file, the stored confidence), its {@code .onnx} and {@code tokenizer.json}
     * resources, what goes in front of a question and of a passage, and its pooling.
     */
    record Model(String id, String modelResource, String tokenizerResource, String questionPrefix,
                 String passagePrefix, Pooling pooling) {
    }

    /**
     * The search's model, named here only (and as a dependency in {@code pom.xml}, whose shade filter keeps its two
     * files). all-MiniLM-L6-v2 (six layers, twice as fast) was measured against it and not kept (docs/search-experiments.md, "Model");
     * it reads {@code new Model("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx",
     * "/all-minilm-l6-v2-q-tokenizer.json", "", "", Pooling.MEAN)}.
     */
    static final Model MODEL = new Model("bge-small-en-v1.5-q", "/bge-small-en-v1.5-q.onnx",
            "/bge-small-en-v1.5-q-tokenizer.json", "Represent this sentence for searching relevant passages: ", "",
            Pooling.FIRST_TOKEN);
    public static final String MODEL_ID = MODEL.id();
    static final int DIMENSIONS = 384;
    /** Word pieces of a question (and a dozen for its prefix); a question is at most 500 characters. */
    static final int MAX_QUESTION_TOKENS = 64;
    static final int MAX_PASSAGE_TOKENS = 128;
    /** Marks a question's key in the embedding cache when the model puts no prefix in front of questions. */
    private static final String QUESTION_KEY = "question\t";

    private static volatile SentenceEmbedder shared;
    private static volatile WordPieceTokenizer sharedTokenizer;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private SentenceEmbedder(Optional<Path> cacheDirectory) {
        long start = System.nanoTime();
        // The tokenizer is read while ONNX Runtime loads the model: both take a noticeable part of a start.
        CompletableFuture<WordPieceTokenizer> tokens = CompletableFuture.supplyAsync(
                SentenceEmbedder::sharedTokenizer, task -> {
                    Thread reading = new Thread(task, "tokenizer-load");
                    reading.setDaemon(true);
                    reading.start();
                });
        try {
            this.environment = withNativeLibraries(cacheDirectory, OrtEnvironment::getEnvironment);
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                // One thread a text: questions come one at a time, bulk work spreads texts over threads itself.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                // Measured against the basic and extended levels: all optimisations embed a question fastest.
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                // Without ONNX Runtime's arena a text's working memory goes back to malloc after each run: the
                // arena kept about 17 MB resident for good, and embedding is no slower without it. The memory
                // pattern plans one block per input shape, and questions come in every length.
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                Optional<Path> file = cacheDirectory.flatMap(SentenceEmbedder::modelFile);
                if (file.isPresent()) {
                    this.session = environment.createSession(file.get().toString(), options);
                } else {
                    this.session = environment.createSession(offHeap(MODEL.modelResource()), options);
                }
            }
            this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            this.tokenizer = tokens.join();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the embedding model", e);
        }
        LOG.info("embedding model {} loaded in {} ms", MODEL.id(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The process-wide model, loaded on first use. */
    public static SentenceEmbedder shared() {
        return shared(Optional.empty());
    }

    /** The model's tokenizer alone, read once: its vocabulary serves the spelling check without the model. */
    static WordPieceTokenizer sharedTokenizer() {
        WordPieceTokenizer tokens = sharedTokenizer;
        if (tokens == null) {
            synchronized (WordPieceTokenizer.class) {
                tokens = sharedTokenizer;
                if (tokens == null) {
                    try (InputStream in = resource(MODEL.tokenizerResource())) {
                        tokens = WordPieceTokenizer.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not read the embedding model's tokenizer", e);
                    }
                    sharedTokenizer = tokens;
                }
            }
        }
        return tokens;
    }

    /**
     * The process-wide model, loaded on first use; with a cache directory, the model file is copied out of the jar
     * there once, and later starts let ONNX Runtime read it directly instead of inflating it from the jar.
     */
    public static SentenceEmbedder shared(Optional<Path> cacheDirectory) {
        SentenceEmbedder model = shared;
        if (model == null) {
            synchronized (SentenceEmbedder.class) {
                model = shared;
                if (model == null) {
                    model = new SentenceEmbedder(cacheDirectory);
                    shared = model;
                }
            }
        }
        return model;
    }

    /**
     * The model as a file in the cache directory, named by the jar entry's checksum (so another model version gets
     * another file), copied there if missing; empty when the model is not in a jar or cannot be copied.
     */
    private static Optional<Path> modelFile(Path directory) {
        try {
            URL url = SentenceEmbedder.class.getResource(MODEL.modelResource());
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            jar.setUseCaches(false);
            long crc = jar.getJarEntry().getCrc();
            long size = jar.getJarEntry().getSize();
            Path file = directory.resolve(MODEL_ID + "-" + Long.toHexString(crc) + ".onnx");
            if (Files.isRegularFile(file) && Files.size(file) == size) {
                return Optional.of(file);
            }
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, MODEL_ID, ".tmp");
            try (InputStream in = resource(MODEL.modelResource())) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep the embedding model in {}: {}", directory, e.toString());
            return Optional.empty();
        }
    }

    /** The system property naming the folder ONNX Runtime loads its native libraries from. */
    static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
    private static final String[] NATIVE_LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    /**
     * Runs ONNX Runtime's first use (which loads its native libraries) with the libraries copied out of its jar
     * where nothing is left behind. By itself ONNX Runtime copies them (16 MB) into a new {@code onnxruntime-java*}
     * folder of the system temp folder on every start and deletes them only at a normal exit; a process that is
     * killed leaves them there for good. With a cache directory they are copied there once, into a folder named
     * by the library's checksum, and every later start loads them from it; without one they are copied into a
     * temp folder that is deleted as soon as they are loaded (a loaded library needs no file). A folder set with
     * {@code -Donnxruntime.native.path} is used as it is.
     */
    private static <T> T withNativeLibraries(Optional<Path> cacheDirectory, OrtStart<T> start) throws OrtException {
        Path temporary = null;
        if (System.getProperty(NATIVE_PATH_PROPERTY) == null) {
            Optional<Path> cached = cacheDirectory.flatMap(SentenceEmbedder::cachedNativeLibraries);
            try {
                if (cached.isEmpty()) {
                    temporary = Files.createTempDirectory("career-coach-onnxruntime");
                }
                Path folder = cached.orElse(temporary);
                if (cached.isPresent() || copyNativeLibraries(folder)) {
                    System.setProperty(NATIVE_PATH_PROPERTY, folder.toString());
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("ONNX Runtime copies its native libraries itself: {}", e.toString());
            }
        }
        try {
            return start.get();
        } finally {
            if (temporary != null) {
                deleteLoaded(temporary);
            }
            deleteOnnxRuntimesTempFolder();
        }
    }

    /**
     * ONNX Runtime (1.20) makes its {@code onnxruntime-java*} temp folder even when it loads the libraries from
     * elsewhere, and leaves it to be deleted at a normal exit: deleted here, with whatever it copied there (the
     * libraries are loaded, so no file is needed). Only the folder ONNX Runtime names as its own is touched, never
     * another process's. Best effort: another ONNX Runtime version may keep it elsewhere.
     */
    private static void deleteOnnxRuntimesTempFolder() {
        try {
            Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            if (field.get(null) instanceof Path folder && Files.isDirectory(folder)) {
                deleteLoaded(folder);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("ONNX Runtime's temp folder is left for it to delete at exit: {}", e.toString());
        }
    }

    /** ONNX Runtime's first call. */
    @FunctionalInterface
    private interface OrtStart<T> {
        T get() throws OrtException;
    }

    /**
     * The folder in the cache holding the native libraries of this ONNX Runtime, copied there if missing; empty
     * when they are not in a jar or cannot be copied.
     */
    private static Optional<Path> cachedNativeLibraries(Path cacheDirectory) {
        try {
            URL url = SentenceEmbedder.class.getResource(nativeResource(NATIVE_LIBRARIES[0]));
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            jar.setUseCaches(false);
            Path folder = cacheDirectory.resolve("onnxruntime-native-" + Long.toHexString(jar.getJarEntry().getCrc()));
            boolean complete = true;
            for (String library : NATIVE_LIBRARIES) {
                complete &= Files.isRegularFile(folder.resolve(System.mapLibraryName(library)));
            }
            if (complete) {
                return Optional.of(folder);
            }
            Files.createDirectories(folder);
            return copyNativeLibraries(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep ONNX Runtime's native libraries in {}: {}", cacheDirectory, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Copies the native libraries for this platform out of ONNX Runtime's jar into {@code folder}, each through a
     * file of its own moved into place, so that another process sharing the folder never loads half a library;
     * false when the jar has none for this platform.
     */
    private static boolean copyNativeLibraries(Path folder) throws IOException {
        for (String library : NATIVE_LIBRARIES) {
            Path file = folder.resolve(System.mapLibraryName(library));
            if (Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = SentenceEmbedder.class.getResourceAsStream(nativeResource(library))) {
                if (in == null) {
                    return false;
                }
                Path partial = Files.createTempFile(folder, library, ".tmp");
                try {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }
        return true;
    }

    /** Where ONNX Runtime's jar keeps a native library for this platform, named as ONNX Runtime names it. */
    private static String nativeResource(String library) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String platform = (os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : "android") + "-"
                + (arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch);
        return "/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library).replace("jnilib", "dylib");
    }

    /** Deletes the copied libraries once loaded (where the system cannot, when the JVM exits). */
    private static void deleteLoaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!file.toFile().delete()) {
                    file.toFile().deleteOnExit();
                }
            }
        } catch (IOException e) {
            LOG.debug("could not list {}: {}", folder, e.toString());
        }
        if (!folder.toFile().delete()) {
            folder.toFile().deleteOnExit();
        }
    }

    /**
     * The model's bytes outside the heap: ONNX Runtime copies them into its own memory, and reading the model
     * (34 MB) onto the heap (twice, as readAllBytes grows its buffer) would leave a heap that size resident for good.
     */
    private static ByteBuffer offHeap(String name) throws IOException {
        URL url = SentenceEmbedder.class.getResource(name);
        if (url == null) {
            throw new IOException(name + " is not on the class path (the model jar is missing)");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IOException("cannot tell the size of " + name);
        }
        ByteBuffer bytes = ByteBuffer.allocateDirect((int) size);
        try (ReadableByteChannel channel = Channels.newChannel(connection.getInputStream())) {
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // reads until the buffer is full or the stream ends
            }
        }
        return bytes.flip();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (the model jar is missing)");
        }
        return in;
    }

    WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** A question's vector. */
    float[] embedQuestion(String question) {
        return embed(tokenizer.encode(MODEL.questionPrefix() + question, MAX_QUESTION_TOKENS + 12));
    }

    /** A passage's vector. */
    float[] embedPassage(String passage) {
        return embed(tokenizer.encode(MODEL.passagePrefix() + passage, MAX_PASSAGE_TOKENS));
    }

    /**
     * The embedding cache's key of a question (labelled questions are cached with the passages): the text the model
     * reads, or, for a model that embeds questions and passages alike, the question marked apart from a passage.
     */
    static String questionKey(String question) {
        return (MODEL.questionPrefix().isEmpty() ? QUESTION_KEY : MODEL.questionPrefix()) + question;
    }

    /** The question of a key made by {@link #questionKey(String)}. */
    static String questionOf(String key) {
        return key.substring((MODEL.questionPrefix().isEmpty() ? QUESTION_KEY : MODEL.questionPrefix()).length());
    }

    private float[] embed(int[] ids) {
        long[] inputIds = new long[ids.length];
        long[] mask = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            inputIds[i] = ids[i];
            mask[i] = 1;
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]),
                     shape)) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                if (MODEL.pooling() == Pooling.FIRST_TOKEN) {
                    return unit(hidden[0][0].clone());
                }
                float[] mean = new float[hidden[0][0].length];
                for (float[] token : hidden[0]) {
                    for (int i = 0; i < mean.length; i++) {
                        mean[i] += token[i];
                    }
                }
                return unit(mean);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * The dot products of one vector with many, into {@code into} from {@code offset}: each equal to {@link #dot}'s,
     * bit for bit (the same additions in the same order), but four rows at a time, so the processor adds four sums
     * at once instead of waiting for each addition. A question is compared so with about a thousand labelled ones.
     */
    static void dots(float[] vector, float[][] rows, float[] into, int offset) {
        int r = 0;
        for (; r + 3 < rows.length; r += 4) {
            float[] a = rows[r];
            float[] b = rows[r + 1];
            float[] c = rows[r + 2];
            float[] d = rows[r + 3];
            float sa = 0;
            float sb = 0;
            float sc = 0;
            float sd = 0;
            for (int i = 0; i < vector.length; i++) {
                float v = vector[i];
                sa += v * a[i];
                sb += v * b[i];
                sc += v * c[i];
                sd += v * d[i];
            }
            into[offset + r] = sa;
            into[offset + r + 1] = sb;
            into[offset + r + 2] = sc;
            into[offset + r + 3] = sd;
        }
        for (; r < rows.length; r++) {
            into[offset + r] = dot(vector, rows[r]);
        }
    }

    List<String> inputNames() {
        return List.copyOf(session.getInputNames());
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("embedding model did not close cleanly", e);
        }
    }
}
