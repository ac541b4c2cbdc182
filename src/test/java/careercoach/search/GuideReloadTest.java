package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Section;
import careercoach.testkit.LogCapture;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reload takes over what the search served before built for the guides that did not change, and answers exactly
 * as a search built afresh over the same guides: same answers, same sections in the same order with the same scores
 * and snippets, same did-you-mean, whether a guide was edited, removed or added.
 */
class GuideReloadTest {
    private static final GuideSearch.Settings SETTINGS = GuideSearch.Settings.defaults(
            Optional.of(Path.of("target", "multi-guide-embeddings")));

    private static Path indexData;
    private static GuideLibrary library;
    private static SynonymMap synonyms;
    private static List<String> questions;

    @BeforeAll
    static void guides() throws IOException {
        indexData = MultiGuideQuality.combined(Path.of("index-data"), MultiGuideSearches.CORPUS.resolve("guides"));
        library = KindsByMeaning.loader(SETTINGS.cacheDirectory()).load(indexData);
        synonyms = Synonyms.load(indexData);
        questions = new ArrayList<>();
        for (String line : Files.readAllLines(MultiGuideSearches.CORPUS.resolve("tuning-questions.tsv"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                questions.add(line.split("\t")[0]);
            }
        }
        questions.add("what does a sallary look like for a QA lead");
        questions.add("how do I pick what to automate first");
    }

    @Test
    void reload_answersAsAFreshBuildAfterAGuideIsEditedRemovedAndAdded() throws Exception {
        List<Guide> edited = new ArrayList<>(library.guides());
        int at = edited.indexOf(library.find("qa-test-automation-lead").orElseThrow());
        edited.set(at, withOverview(edited.get(at), " The lead also keeps a budget for flaky tests and reviews it"
                + " every quarter with the engineering managers."));
        GuideLibrary afterEdit = new GuideLibrary(edited);
        List<Guide> removed = new ArrayList<>(edited);
        Guide mobile = library.find("mobile-engineering-lead-ios-android").orElseThrow();
        removed.remove(mobile);
        GuideLibrary afterRemoval = new GuideLibrary(removed);
        List<Guide> added = new ArrayList<>(removed);
        added.add(mobile);
        GuideLibrary afterAddition = new GuideLibrary(added);

        GuideSearch served = new GuideSearch(library, synonyms, SETTINGS);
        try {
            served = reloadedAsFresh(served, afterEdit, "1 built, 5 taken over");
            served = reloadedAsFresh(served, afterRemoval, "0 built, 5 taken over");
            served = reloadedAsFresh(served, afterAddition, "1 built, 5 taken over");
        } finally {
            served.close();
        }
    }

    /** Reloads {@code served} with {@code guides}, checks the answers against a fresh build, closes the old one. */
    private static GuideSearch reloadedAsFresh(GuideSearch served, GuideLibrary guides, String built)
            throws IOException {
        GuideSearch reloaded;
        try (LogCapture logs = LogCapture.open()) {
            reloaded = served.withGuides(guides, synonyms);
            assertTrue(logs.allText().contains(built), logs.allText());
        }
        // Answers the old guides until it is closed, while the new one is already built.
        assertTrue(served.search("how do I pick what to automate first", Optional.empty(), 3).answered());
        served.close();
        try (GuideSearch fresh = new GuideSearch(guides, synonyms, SETTINGS)) {
            for (String question : questions) {
                assertEquals(fresh.search(question, Optional.empty(), 5), reloaded.search(question, Optional.empty(), 5),
                        question);
            }
            for (Guide guide : guides.guides()) {
                String question = "what should I learn first to get promoted";
                assertEquals(fresh.search(question, Optional.of(guide.id()), 5),
                        reloaded.search(question, Optional.of(guide.id()), 5), guide.id());
            }
        }
        return reloaded;
    }

    private static Guide withOverview(Guide guide, String added) {
        List<Section> sections = new ArrayList<>(guide.sections());
        Section overview = sections.get(0);
        sections.set(0, new Section(overview.id(), overview.title(), overview.text() + added, overview.items(),
                overview.groups(), overview.keywords(), overview.phrasings()));
        return new Guide(guide.id(), guide.title(), guide.subtitle(), guide.aliases(), sections);
    }
}
