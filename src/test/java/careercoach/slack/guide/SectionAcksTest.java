package careercoach.slack.guide;

import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionAcksTest {
    private final Guide guide;
    private final SectionAcks acks = new SectionAcks();
    private final AtomicInteger renders = new AtomicInteger();

    SectionAcksTest() throws Exception {
        guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
    }

    private SlashCommandResponse render(Guide from, String sectionId) {
        renders.incrementAndGet();
        return SlashCommandResponse.builder().responseType("ephemeral")
                .text(from.title() + " " + from.section(sectionId).map(Section::title).orElse("")).build();
    }

    @Test
    void aSectionOfTheSameGuideIsRenderedOnce() {
        String first = acks.ack(guide, SectionIds.TOP_SKILLS, () -> render(guide, SectionIds.TOP_SKILLS)).getBody();
        String again = acks.ack(guide, SectionIds.TOP_SKILLS, () -> render(guide, SectionIds.TOP_SKILLS)).getBody();
        acks.ack(guide, SectionIds.NEXT_STEPS, () -> render(guide, SectionIds.NEXT_STEPS));

        assertEquals(first, again);
        assertTrue(first.contains("\"response_type\":\"ephemeral\"") && first.contains(guide.title()), first);
        assertEquals(2, renders.get());
    }

    @Test
    void aGuideLoadedAgainIsRenderedAfreshWithItsNewContent() {
        acks.ack(guide, SectionIds.TOP_SKILLS, () -> render(guide, SectionIds.TOP_SKILLS));
        List<Section> sections = new ArrayList<>(guide.sections());
        Guide edited = new Guide(guide.id(), "Edited title", guide.subtitle(), sections);

        String body = acks.ack(edited, SectionIds.TOP_SKILLS, () -> render(edited, SectionIds.TOP_SKILLS)).getBody();

        assertTrue(body.contains("Edited title"), body);
        assertEquals(2, renders.get());
    }
}
