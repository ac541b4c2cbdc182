package careercoach.coach;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;

import java.util.List;

/** A small guide with the sections the conversations read, and skill-to-action references between them. */
final class FixtureGuide {

    static final Guide GUIDE = new Guide("fixture-lead", "Fixture Lead", "", List.of(
            section(SectionIds.SKILL_GAPS, List.of(), List.of(new Group("often-missing", "Often missing", "", List.of(
                    skill("observability", "Observability", "next-steps/run-on-call", "development-suggestions/own-a-service"),
                    skill("consistency", "Data consistency", "next-steps/case-study"),
                    skill("influence", "Leading through influence", "next-steps/portfolio", "next-steps/case-study"))))),
            section(SectionIds.TOP_SKILLS, List.of(
                    skill("system-design", "System design", "next-steps/case-study"),
                    skill("coding", "Backend coding", "development-suggestions/own-a-service")), List.of()),
            section(SectionIds.DEVELOPMENT_SUGGESTIONS, List.of(
                    step("own-a-service", "Own a service end to end")), List.of()),
            section(SectionIds.NEXT_STEPS, List.of(
                    step("case-study", "Write a system design case study"),
                    step("run-on-call", "Run the on-call rotation"),
                    step("portfolio", "Build a leadership portfolio")), List.of())));

    private FixtureGuide() {
    }

    private static Section section(String id, List<Item> items, List<Group> groups) {
        return new Section(id, id, "", items, groups, List.of(), List.of());
    }

    private static Item skill(String id, String name, String... actions) {
        return new Item(id, name, "", "", "", List.of(actions));
    }

    private static Item step(String id, String text) {
        return new Item(id, "", "", text, "", List.of());
    }
}
