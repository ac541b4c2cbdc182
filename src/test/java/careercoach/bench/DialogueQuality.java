package careercoach.bench;

import careercoach.guide.GuideLibrary;
import careercoach.search.GuideSearch;
import careercoach.search.MultiGuideDialogues;
import careercoach.search.Synonyms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Right-section rate of the second message of two-turn dialogues, by kind (follow-up, fresh), read with the first
 * question as in a thread and, to compare, alone. Run with {@code bench/quality.sh --dialogues FILE} (add -v to
 * list the misses: on the tuning half only).
 */
public final class DialogueQuality {
    private DialogueQuality() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        Path file = Path.of(args[args.length - 1]);
        Path indexData = Files.createTempDirectory("dialogues");
        GuideSearch.Settings settings = GuideSearch.Settings.defaults(Optional.of(Path.of(
                System.getProperty("java.io.tmpdir"), "career-coach-embeddings")));
        GuideLibrary library = MultiGuideDialogues.library(indexData, settings.cacheDirectory());
        try (GuideSearch search = new GuideSearch(library, Synonyms.load(Path.of("index-data")), settings)) {
            var dialogues = MultiGuideDialogues.read(file);
            var alone = MultiGuideDialogues.score(search, dialogues, false);
            var thread = MultiGuideDialogues.score(search, dialogues, true);
            System.out.println("second message alone:       " + alone.figures());
            System.out.println("second message in a thread: " + thread.figures());
            if (verbose) {
                thread.misses().forEach(m -> System.out.println("  miss " + m));
            }
        }
    }
}
