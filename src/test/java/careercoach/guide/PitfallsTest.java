package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which items of the often-missing skills are pitfalls, by the heading over them. */
class PitfallsTest {

    private static Guide guide(String sectionTitle, String groupTitle) {
        Item item = new Item("saying-no-too-often", "Saying no too often", "", "", "", List.of());
        List<Group> groups = groupTitle == null ? List.of() : List.of(new Group("g", groupTitle, "", List.of(item)));
        List<Item> items = groupTitle == null ? List.of(item) : List.of();
        Section gaps = new Section("own-id", sectionTitle, "", items, groups, List.of(), List.of(),
                Optional.of(SectionIds.SKILL_GAPS));
        return new Guide("g", "G", "", List.of(gaps));
    }

    private static boolean pitfall(String sectionTitle, String groupTitle) {
        return Pitfalls.isPitfall(guide(sectionTitle, groupTitle), "own-id/saying-no-too-often");
    }

    @Test
    void headingsOfWherePeopleGoWrong_makePitfalls() {
        assertTrue(pitfall("Where new managers trip up", null));
        assertTrue(pitfall("Where people get stuck", null));
        assertTrue(pitfall("Common pitfalls", null));
        assertTrue(pitfall("Hard lessons", null));
        assertTrue(pitfall("Where New Live Ops Managers Struggle", null));
        assertTrue(pitfall("Mistakes to avoid", null));
    }

    @Test
    void headingsOfSkillsOrWhatIsMissing_makeSkills() {
        assertFalse(pitfall("Common Skill Gaps", "Often Missing Skills"));
        assertFalse(pitfall("Development Areas", null));
        assertFalse(pitfall("Blind spots", null));
        assertFalse(pitfall("Skills people struggle with", null));
    }

    @Test
    void theGroupsHeadingSaysFirst_thenTheSections_andNeitherLeavesASkill() {
        assertTrue(pitfall("Common Skill Gaps", "Where people trip up"));
        assertFalse(pitfall("Where people struggle", "Often missing skills"));
        assertTrue(pitfall("Where people struggle", "Early on"));
        assertFalse(pitfall("Things to watch", null));
    }

    @Test
    void anItemOfAnotherKindOfSection_isNoPitfall() {
        Item item = new Item("x", "Mistakes to learn from", "", "", "", List.of());
        Section skills = new Section("top-skills", "Where people trip up", "", List.of(item), List.of(), List.of(),
                List.of(), Optional.of(SectionIds.TOP_SKILLS));
        Guide guide = new Guide("g", "G", "", List.of(skills));
        assertFalse(Pitfalls.isPitfall(guide, "top-skills/x"));
        assertFalse(Pitfalls.isPitfall(guide, item));
    }

    @Test
    void theShippedGuidesGaps_areSkills() throws Exception {
        GuideLibrary library = new GuideLoader().load(Path.of("index-data"));
        Guide shipped = library.defaultGuide();
        Section gaps = shipped.sectionOfKind(SectionIds.SKILL_GAPS).orElseThrow();
        assertEquals(6, gaps.allItems().size());
        gaps.allItems().forEach(item -> assertFalse(Pitfalls.isPitfall(shipped, item), item.label()));
    }
}
