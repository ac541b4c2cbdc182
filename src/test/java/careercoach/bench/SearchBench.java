package careercoach.bench;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;
import careercoach.search.StandInVectors;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Start time with the shipped guide, index build time and single-threaded question latency (whole search, embedding
 * included, and the lexical part alone) on a generated corpus of about 10,000 sections derived from the shipped
 * guides (words swapped at random for other words of the same guides). Passage vectors are cached in
 * {@code SEARCH_CACHE} (default {@code data/embeddings}): the first run embeds the corpus once. Run with
 * {@code bench/search.sh}.
 */
public final class SearchBench {
    private static final int DEFAULT_GUIDES = 1_112;
    private static final int WARMUP_QUESTIONS = 2_000;
    private static final int MEASURED_QUESTIONS = 3_000;

    public static void main(String[] args) throws Exception {
        Path indexData = Path.of(args.length > 0 ? args[0] : "index-data");
        // -Dbench.moreGuides=DIR: the shipped guides and DIR's side by side, and the variants generated from all.
        String more = System.getProperty("bench.moreGuides");
        if (more != null) {
            indexData = MultiGuideQuality.combined(indexData, Path.of(more));
        }
        Optional<Path> cache = GuideSearch.cacheDirectory(System::getenv);
        GuideLibrary shipped = KindsByMeaning.loader(cache).load(indexData);
        long rssBefore = residentKb();
        long startAt = System.nanoTime();
        try (GuideSearch small = GuideSearch.forIndexData(shipped, indexData, cache)) {
            System.out.printf("start with the shipped guide: %.0f ms (index, confidence; the model only when the cache"
                    + " misses vectors), resident memory +%d MB%n", (System.nanoTime() - startAt) / 1e6,
                    (residentKb() - rssBefore) / 1024);
            long rssReady = residentKb();
            long askedAt = System.nanoTime();
            small.search("which books help with running incident retrospectives", Optional.empty(), 3);
            System.out.printf("first question: %.0f ms (loads the model if the start did not), resident memory"
                    + " +%d MB more%n", (System.nanoTime() - askedAt) / 1e6, (residentKb() - rssReady) / 1024);
        }
        if (args.length > 2 && Integer.parseInt(args[2]) == 0) {
            return; // start only
        }
        GuideLibrary corpus = generate(shipped, args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_GUIDES,
                more != null);
        int sections = corpus.guides().stream().mapToInt(g -> g.sections().size()).sum();
        List<String> questions = questions(Path.of(args.length > 1 ? args[1] : "src/test/resources/search/questions.tsv"));

        // -Dbench.lexicalOnly=true: stand-in passage vectors (no embedding of the corpus); only the lexical part
        // is measured, as the meaning part over random vectors would mean nothing.
        boolean lexicalOnly = Boolean.getBoolean("bench.lexicalOnly");
        if (lexicalOnly) {
            // Kept under target/ (about 130 MB): a later run finds the vectors and the trained confidence there.
            cache = Optional.of(Files.createDirectories(Path.of("target", "stand-in-vectors")));
            StandInVectors.fill(corpus, cache.get());
        }
        // Build once (with a warm cache, as a restart does; it also warms the JIT), then time fresh builds over the
        // same guides and keep the best.
        long bestBuild = Long.MAX_VALUE;
        long firstBuild = System.nanoTime();
        long firstBuildCpu = processCpuNanos();
        GuideSearch search = GuideSearch.forIndexData(corpus, indexData, cache);
        System.out.printf("first build of the corpus (a start with a warm cache): %.0f ms (process CPU %.0f ms)%n",
                (System.nanoTime() - firstBuild) / 1e6, (processCpuNanos() - firstBuildCpu) / 1e6);
        int builds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int i = 0; i < builds; i++) {
            // A new search over the same guides built from nothing but the cache, then the old one is closed.
            long start = System.nanoTime();
            GuideSearch rebuilt = GuideSearch.forIndexData(corpus, indexData, cache);
            bestBuild = Math.min(bestBuild, System.nanoTime() - start);
            search.close();
            search = rebuilt;
        }

        if (builds > 0) {
            // One guide edited (one section's text), as the watcher reloads it: the search served takes over what it
            // built for the other guides; only that section's passages are new to the cache.
            List<Guide> edited = new ArrayList<>(corpus.guides());
            Guide first = edited.get(edited.size() - 1);
            List<Section> sectionsOfFirst = new ArrayList<>(first.sections());
            Section changed = sectionsOfFirst.get(0);
            sectionsOfFirst.set(0, new Section(changed.id(), changed.title(),
                    changed.text() + " Revised " + System.nanoTime() + ".", changed.items(), changed.groups(),
                    changed.keywords(), changed.phrasings()));
            edited.set(edited.size() - 1, new Guide(first.id(), first.title(), first.subtitle(), first.aliases(), sectionsOfFirst));
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            GuideSearch reloaded = search.withGuides(new GuideLibrary(edited), indexData);
            System.out.printf("one guide edited, reload: %.0f ms (process CPU %.0f ms)%n",
                    (System.nanoTime() - start) / 1e6, (processCpuNanos() - startCpu) / 1e6);
            search.close();
            search = reloaded;
        }
        System.out.printf("passage vectors held: %d, %.1f MB%n", search.passageVectors(),
                search.passageVectorBytes() / (double) (1 << 20));

        long sink = 0;
        int measured = lexicalOnly ? 0 : MEASURED_QUESTIONS;
        for (int i = 0; i < (lexicalOnly ? 0 : WARMUP_QUESTIONS); i++) {
            sink += search.search(questions.get(i % questions.size()) + " w" + i, Optional.empty(), 5).hits().size();
        }
        long[] nanos = new long[measured];
        long[] cpuNanos = new long[measured];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < measured; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            // A number makes each question new text, so its embedding is computed, never remembered.
            sink += search.search(questions.get(i % questions.size()) + " " + i, Optional.empty(), 5).hits().size();
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        for (int i = 0; i < WARMUP_QUESTIONS; i++) {
            sink += search.lexicalSections(questions.get(i % questions.size()), Optional.empty()).size();
        }
        long[] lexicalNanos = new long[MEASURED_QUESTIONS];
        long[] lexicalCpuNanos = new long[MEASURED_QUESTIONS];
        for (int i = 0; i < MEASURED_QUESTIONS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += search.lexicalSections(questions.get(i % questions.size()), Optional.empty()).size();
            lexicalNanos[i] = System.nanoTime() - start;
            lexicalCpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        // -Dbench.lexicalHits=FILE: each distinct question's BM25 sections, best first, to compare two versions.
        String hitsFile = System.getProperty("bench.lexicalHits");
        if (hitsFile != null) {
            List<String> lines = new ArrayList<>();
            for (String q : new LinkedHashSet<>(questions)) {
                lines.add(q + "\t" + String.join(" ", search.lexicalSections(q, Optional.empty())));
            }
            Files.write(Path.of(hitsFile), lines, StandardCharsets.UTF_8);
        }
        search.close();
        printSlowest(questions, lexicalCpuNanos);
        // Wall time includes waiting for a core on a busy machine; the thread's CPU time does not.
        System.out.printf("lexical part alone: wall p50 %s; CPU p50 %s%n", percentiles(lexicalNanos),
                percentiles(lexicalCpuNanos));
        System.out.printf("corpus: %d guides, %d sections; %d distinct questions (hits seen: %d)%n",
                corpus.guides().size(), sections, questions.size(), sink);
        if (builds > 0) {
            System.out.printf("index build: %.0f ms (best of %d)%n", bestBuild / 1e6, builds);
        }
        if (!lexicalOnly) {
            System.out.printf("whole search, embedding included, over %d questions: wall p50 %s; CPU p50 %s%n",
                    MEASURED_QUESTIONS, percentiles(nanos), percentiles(cpuNanos));
        }
    }

    /** The distinct questions whose lexical part took most CPU (median over their repeats): where a p99 comes from. */
    private static void printSlowest(List<String> questions, long[] cpuNanos) {
        Map<String, List<Long>> byQuestion = new HashMap<>();
        for (int i = 0; i < cpuNanos.length; i++) {
            byQuestion.computeIfAbsent(questions.get(i % questions.size()), q -> new ArrayList<>()).add(cpuNanos[i]);
        }
        byQuestion.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().sorted().toList()
                        .get(e.getValue().size() / 2)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("  slowest lexical (CPU median %.3f ms): %s%n", e.getValue() / 1e6,
                        e.getKey()));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length * 999 / 1000] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /**
     * CPU time of every thread of the process so far: on a shared machine, what a step would take on idle cores
     * (divided by the threads it keeps busy), whatever waiting for a core its wall time includes.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The process's resident set size (Linux), in kB; 0 elsewhere. */
    private static long residentKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (Exception e) {
            return 0;
        }
    }

    private static List<String> questions(Path tsv) throws Exception {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0])
                .toList();
    }

    static GuideLibrary generate(GuideLibrary shipped, int count) {
        return generate(shipped, count, false);
    }

    /** @param keepOriginals the first guides are the given ones unchanged, the rest variants of them */
    static GuideLibrary generate(GuideLibrary shipped, int count, boolean keepOriginals) {
        List<String> vocabulary = new ArrayList<>();
        shipped.guides().forEach(g -> g.sections().forEach(s -> vocabulary.addAll(words(s.text()))));
        shipped.guides().forEach(g -> g.sections().forEach(s -> s.allItems().forEach(i -> {
            vocabulary.addAll(words(i.text()));
            vocabulary.addAll(words(i.name()));
        })));
        List<Guide> guides = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Guide base = shipped.guides().get(n % shipped.guides().size());
            if (keepOriginals && n < shipped.guides().size()) {
                guides.add(base);
                continue;
            }
            Random random = new Random(n);
            Variation v = text -> vary(text, vocabulary, random);
            List<Section> sections = base.sections().stream().map(s -> new Section(s.id(), v.apply(s.title()),
                    v.apply(s.text()), items(s.items(), v),
                    s.groups().stream().map(g -> new Group(g.id(), v.apply(g.title()), v.apply(g.text()),
                            items(g.items(), v))).toList(),
                    s.keywords(), s.phrasings())).toList();
            guides.add(new Guide(base.id() + "-" + n, v.apply(base.title()), base.subtitle(), sections));
        }
        return new GuideLibrary(guides);
    }

    private interface Variation {
        String apply(String text);
    }

    private static List<Item> items(List<Item> items, Variation v) {
        return items.stream().map(i -> new Item(i.id(), v.apply(i.name()), v.apply(i.details()), v.apply(i.text()),
                i.range(), i.actions())).toList();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    /** Swaps about a quarter of the words for random words of the guides. */
    private static String vary(String text, List<String> vocabulary, Random random) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(4) == 0) {
                words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
        }
        return String.join(" ", words);
    }
}
