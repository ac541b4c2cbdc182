package careercoach.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddingCacheTest {

    private static Function<String, float[]> counting(AtomicInteger calls) {
        return text -> {
            calls.incrementAndGet();
            return new float[]{text.length(), 1, 2};
        };
    }

    @Test
    void vectors_areComputedOnceAndReadBackAfterARestart(@TempDir Path dir) {
        AtomicInteger calls = new AtomicInteger();
        EmbeddingCache first = new EmbeddingCache("model-a", 3, Optional.of(dir));
        first.vectors(List.of("one", "two", "one"), counting(calls), 2);
        assertEquals(2, calls.get());

        EmbeddingCache restarted = new EmbeddingCache("model-a", 3, Optional.of(dir));
        List<float[]> again = restarted.vectors(List.of("two", "three"), counting(calls), 1);
        assertEquals(3, calls.get(), "only the new text is embedded");
        assertArrayEquals(new float[]{3, 1, 2}, again.get(0));
    }

    @Test
    void vectors_ofAnotherModelAreKeptApart(@TempDir Path dir) {
        AtomicInteger calls = new AtomicInteger();
        new EmbeddingCache("model-a", 3, Optional.of(dir)).vectors(List.of("one"), counting(calls), 1);
        new EmbeddingCache("model-b", 3, Optional.of(dir)).vectors(List.of("one"), counting(calls), 1);
        assertEquals(2, calls.get());
    }

    @Test
    void read_ignoresARecordCutShortByACrash(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        new EmbeddingCache("model-a", 3, Optional.of(dir)).vectors(List.of("one"), counting(calls), 1);
        Files.write(dir.resolve("model-a.vectors"), new byte[]{1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        EmbeddingCache reread = new EmbeddingCache("model-a", 3, Optional.of(dir));
        assertEquals(1, reread.size());
        reread.vectors(List.of("two"), counting(calls), 1);
        assertEquals(2, new EmbeddingCache("model-a", 3, Optional.of(dir)).size());
    }
}
