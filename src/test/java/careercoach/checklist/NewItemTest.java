package careercoach.checklist;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewItemTest {

    @Test
    void nextSteps_takesIdsAndTextFromTheGuideInGuideOrder() throws Exception {
        Guide guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();

        List<NewItem> items = NewItem.nextSteps(guide, List.of("leadership-portfolio", "system-design-case-study",
                "no-such-step"));

        assertEquals(List.of("next-steps/system-design-case-study", "next-steps/leadership-portfolio"),
                items.stream().map(NewItem::ref).toList());
        assertTrue(items.get(0).text().startsWith("Pick a target domain"));
        assertEquals(ItemSource.GUIDE, items.get(0).source());
    }

    @Test
    void customLines_oneItemPerNonBlankLine() {
        assertEquals(List.of("Shadow an on-call week", "Give a tech talk"),
                NewItem.customLines("  Shadow an on-call week\n\n Give a tech talk \n").stream()
                        .map(NewItem::text).toList());
    }

    @Test
    void constructor_blankTextRefused() {
        assertThrows(IllegalArgumentException.class, () -> NewItem.custom("  "));
    }

    @Test
    void progress_text() {
        assertEquals("3 of 7 done", new Progress(3, 7).text());
        assertTrue(new Progress(2, 2).complete());
    }
}
