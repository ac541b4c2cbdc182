package careercoach.search;

import careercoach.bench.MultiGuideQuality;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Section;
import careercoach.testkit.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reload after one guide's text is edited keeps the trained confidence when the edited guide is not the one the
 * labelled questions were written for: only the index is rebuilt (and the edited passages embedded).
 */
class ConfidenceReuseTest {

    @Test
    void reload_anotherGuidesTextEditedKeepsTheTrainedConfidence(@TempDir Path cache) throws Exception {
        Path indexData = MultiGuideQuality.combined(Path.of("index-data"),
                Path.of("src/test/resources/search/multi-guide/guides"));
        GuideLibrary library = KindsByMeaning.loader(Optional.of(cache)).load(indexData);
        GuideSearch.Settings settings = GuideSearch.Settings.defaults(Optional.of(cache));
        new GuideSearch(library, Synonyms.load(indexData), settings).close();

        List<Guide> edited = new ArrayList<>(library.guides());
        int at = edited.indexOf(library.find("qa-test-automation-lead").orElseThrow());
        Guide qa = edited.get(at);
        List<Section> sections = new ArrayList<>(qa.sections());
        Section overview = sections.get(0);
        sections.set(0, new Section(overview.id(), overview.title(), overview.text() + " Reviewed this year.",
                overview.items(), overview.groups(), overview.keywords(), overview.phrasings()));
        edited.set(at, new Guide(qa.id(), qa.title(), qa.subtitle(), qa.aliases(), sections));
        try (LogCapture logs = LogCapture.open();
             GuideSearch reloaded = new GuideSearch(new GuideLibrary(edited), Synonyms.load(indexData), settings)) {
            assertTrue(logs.allText().contains("loaded the trained confidence"), logs.allText());
            assertTrue(reloaded.search("how do I pick what to automate first", Optional.empty(), 3).answered());
        }
    }
}
