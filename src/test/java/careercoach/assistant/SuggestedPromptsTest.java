package careercoach.assistant;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestedPromptsTest {
    private static Guide guide;

    @BeforeAll
    static void loadGuide() throws Exception {
        guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
    }

    private static List<String> titles(boolean paused, boolean openItems) {
        return SuggestedPrompts.forPerson(new SuggestedPrompts.Person(paused, openItems, guide)).stream()
                .map(SuggestedPrompts.Prompt::title).toList();
    }

    @Test
    void forPerson_nothingUnderway_questionsTheGuideAnswersAndACheck() {
        assertEquals(List.of("What skills do I need for this role?", "What does this role pay?",
                "Where do people usually get stuck?", SuggestedPrompts.CHECK_SKILLS), titles(false, false));
    }

    @Test
    void forPerson_pausedCheckAndOpenItems_comeFirst() {
        assertEquals(List.of(SuggestedPrompts.CONTINUE_CHECK, SuggestedPrompts.CHECKLIST,
                "What skills do I need for this role?", "What does this role pay?"), titles(true, true));
    }

    @Test
    void forPerson_openItemsOnly_keepsTheCheckLast() {
        List<String> titles = titles(false, true);

        assertEquals(SuggestedPrompts.CHECKLIST, titles.get(0));
        assertEquals(SuggestedPrompts.CHECK_SKILLS, titles.get(SuggestedPrompts.MAX - 1));
        assertEquals(SuggestedPrompts.MAX, titles.size());
    }
}
