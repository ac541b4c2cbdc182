package careercoach.search;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A process that loads the embedding model as the server does (with the search cache, or {@code off} without),
 * embeds one question, says {@code ready} and waits to be killed: for tests of what a killed process leaves behind.
 */
public final class EmbedderProcess {
    private EmbedderProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<Path> cache = args[0].equals("off") ? Optional.empty() : Optional.of(Path.of(args[0]));
        SentenceEmbedder.shared(cache).embedQuestion("what does a lead do?");
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
