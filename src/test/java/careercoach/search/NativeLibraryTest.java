package careercoach.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ONNX Runtime's native library (16 MB) is copied out of its jar before it is loaded. A process killed with
 * kill -9 must leave no copy behind in the temp folder, start after start.
 */
class NativeLibraryTest {

    @Test
    void killedProcesses_leaveNoNativeLibraryInTheTempFolder_andReuseTheCachedOne(@TempDir Path dir)
            throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");

        startAndKill(temp, cache.toString());
        List<Path> cached = files(cache);
        startAndKill(temp, cache.toString());

        assertEquals(List.of(), leftIn(temp));
        assertEquals(cached, files(cache), "the second start reuses what the first put in the cache");
    }

    @Test
    void withoutACache_killedProcessesLeaveNoNativeLibraryInTheTempFolder(@TempDir Path dir) throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));

        startAndKill(temp, "off");
        startAndKill(temp, "off");

        assertEquals(List.of(), leftIn(temp));
    }

    /** Starts a process that loads the model, waits until it has embedded a question, and kills it (SIGKILL). */
    private static void startAndKill(Path temp, String cache) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                EmbedderProcess.class.getName(), cache).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder said = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                said.append(line).append('\n');
                if (line.equals("ready")) {
                    break;
                }
            }
            assertTrue(said.toString().contains("ready"), said::toString);
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** What ONNX Runtime left in the temp folder: its {@code onnxruntime-java*} folders, with what they hold. */
    private static List<String> leftIn(Path temp) throws IOException {
        try (Stream<Path> all = Files.walk(temp)) {
            return all.filter(p -> !p.equals(temp))
                    .filter(p -> temp.relativize(p).toString().startsWith("onnxruntime-java"))
                    .map(p -> temp.relativize(p) + (Files.isRegularFile(p) ? " (" + size(p) + " bytes)" : ""))
                    .sorted().toList();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> {
                try {
                    return p.resolveSibling(p.getFileName() + "@" + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
