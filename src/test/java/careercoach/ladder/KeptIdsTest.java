package careercoach.ladder;

import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeptIdsTest {
    /** A guide with an item of id "internals" in two sections: Linux in the skills, the build system in the gaps. */
    private static final Guide INTERNALS_IN_BOTH = guide(
            section("top-skills", "Top Skills", item("internals", "Linux, networking and cloud internals")),
            section("skill-gaps", "Common Skill Gaps", item("internals", "Internals of the build system nobody reads")));

    @Test
    void keep_itemMovedAndRewordedALittle_keepsItsOldIdInItsNewSectionWhereThatIsFree() {
        Guide previous = guide(
                section("top-skills", "Top Skills", item("linux-internals", "Linux, networking and cloud internals"),
                        item("system-design", "System design across many teams")),
                section("skill-gaps", "Common Skill Gaps", item("error-budgets", "Error budgets that nobody acts on")));
        // Reworded a little ("the cloud"), so the import gives it an id of its new words.
        Guide imported = guide(
                section("top-skills", "Top Skills", item("system-design", "System design across many teams")),
                section("skill-gaps", "Common Skill Gaps", item("error-budgets", "Error budgets that nobody acts on"),
                        item("linux-networking-and-the-cloud", "Linux, networking and the cloud internals")));

        KeptIds.Result result = KeptIds.keep(imported, previous);

        Section gaps = result.guide().section("skill-gaps").orElseThrow();
        assertEquals(List.of("error-budgets", "linux-internals"), gaps.allItems().stream().map(Item::id).toList());
        assertEquals(List.of("top-skills/linux-internals → skill-gaps/linux-internals ('Linux, networking and the"
                + " cloud internals', its id kept)"), result.moved());
        assertEquals(List.of(), result.added());
        assertEquals(List.of(), result.gone());
    }

    @Test
    void keep_itemMovedWhereItsOldIdIsTaken_getsTheImportsIdAndSaysWhy() {
        Guide imported = guide(
                section("top-skills", "Top Skills", item("ci", "Running tests in CI")),
                section("skill-gaps", "Common Skill Gaps", item("internals", "Internals of the build system nobody"
                        + " reads"), item("linux-networking", "Linux, networking and cloud internals")));

        KeptIds.Result result = KeptIds.keep(imported, INTERNALS_IN_BOTH);

        Section gaps = result.guide().section("skill-gaps").orElseThrow();
        assertEquals(List.of("internals", "linux-networking"), gaps.allItems().stream().map(Item::id).toList());
        assertEquals(List.of("top-skills/internals → skill-gaps/linux-networking ('Linux, networking and cloud"
                + " internals', its id taken there)"), result.moved());
    }

    @Test
    void keep_itemMovedWhereItsOldIdNamedAnItemNowGone_doesNotTakeThatId() {
        // skill-gaps/internals named another item, gone now: plans that name it must not find the moved one instead.
        Guide imported = guide(
                section("top-skills", "Top Skills", item("ci", "Running tests in CI")),
                section("skill-gaps", "Common Skill Gaps", item("linux-networking", "Linux, networking and cloud"
                        + " internals")));

        KeptIds.Result result = KeptIds.keep(imported, INTERNALS_IN_BOTH);

        Section gaps = result.guide().section("skill-gaps").orElseThrow();
        assertEquals(List.of("linux-networking"), gaps.allItems().stream().map(Item::id).toList());
        assertEquals(List.of("skill-gaps/internals ('Internals of the build system nobody reads')"),
                result.gone());
    }

    private static Guide guide(Section... sections) {
        return new Guide("sre-lead", "SRE Lead", "", List.of(sections));
    }

    private static Section section(String id, String title, Item... items) {
        return new Section(id, title, "", List.of(items), List.of(), List.of(), List.of());
    }

    private static Item item(String id, String text) {
        return new Item(id, "", "", text, "", List.of());
    }
}
