package careercoach.guide;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which items of a guide's often-missing skills ({@link SectionIds#SKILL_GAPS}) are pitfalls, not skills: ladders
 * list under that kind both what people lack ("Common Skill Gaps", "Often Missing Skills", "Development Areas") and
 * where they go wrong ("Where new leads trip up": "Saying no too often", "Doing the work yourself"). A pitfall is no
 * skill to rate ("how well do you know saying no too often?"), nor a skill a role needs; it is something that trips
 * a person up, more or less often.
 *
 * <p>Read from the heading nearest the item that says which: its group's title, else its section's title. A heading
 * that speaks of skills or what is missing makes skills; one that speaks of where people go wrong (trip up,
 * struggle, get stuck, pitfalls, mistakes, traps, lessons, what to avoid...) makes pitfalls. A heading that says
 * neither leaves the item a skill, as every skill area was read before.
 */
public final class Pitfalls {
    /** Words of a heading over skills: "Common Skill Gaps", "Often Missing Skills", "Development Areas". */
    private static final List<String> SKILL_WORDS = List.of("skill*", "competenc*", "abilit*", "gap*", "missing",
            "lack*", "weakness*", "blind spot*", "area*", "knowledge", "expertise");
    /** Words of a heading over pitfalls: "Where new leads trip up", "Common pitfalls", "Hard lessons". */
    private static final List<String> PITFALL_WORDS = List.of("trip*", "pitfall*", "struggl*", "stuck", "mistake*",
            "trap*", "lesson*", "wrong", "avoid*", "watch out*", "anti pattern*", "antipattern*", "red flag*",
            "derail*", "fall short", "falls short", "go wrong", "goes wrong", "stumbl*", "fail*");

    private Pitfalls() {
    }

    /** Whether the item {@code ref} ({@code section-id/item-id}) of {@code guide} is a pitfall of its skill gaps. */
    public static boolean isPitfall(Guide guide, String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String itemId = ref.substring(slash + 1);
        return guide.section(ref.substring(0, slash))
                .filter(section -> section.is(SectionIds.SKILL_GAPS))
                .map(section -> isPitfall(section, itemId))
                .orElse(false);
    }

    /** Whether {@code item} of {@code guide} is one of the pitfalls of its skill-gaps section. */
    public static boolean isPitfall(Guide guide, Item item) {
        return guide.sectionOfKind(SectionIds.SKILL_GAPS)
                .filter(section -> section.allItems().contains(item))
                .map(section -> isPitfall(section, item.id()))
                .orElse(false);
    }

    private static boolean isPitfall(Section section, String itemId) {
        Optional<Group> group = section.groups().stream()
                .filter(g -> g.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
        Optional<Boolean> byGroup = group.flatMap(g -> says(g.title()));
        return byGroup.or(() -> says(section.title())).orElse(false);
    }

    /** True when a heading speaks of pitfalls, false when of skills, empty when of neither. */
    static Optional<Boolean> says(String heading) {
        if (heading == null || heading.isBlank()) {
            return Optional.empty();
        }
        List<String> words = SectionKinds.words(heading.replaceAll("\\([^()]*\\)", " "));
        if (any(words, SKILL_WORDS)) {
            return Optional.of(false);
        }
        return any(words, PITFALL_WORDS) ? Optional.of(true) : Optional.empty();
    }

    private static boolean any(List<String> words, List<String> phrases) {
        for (String phrase : phrases) {
            List<String> parts = Arrays.asList(phrase.split(" "));
            for (int start = 0; start + parts.size() <= words.size(); start++) {
                boolean all = true;
                for (int j = 0; j < parts.size() && all; j++) {
                    String p = parts.get(j);
                    String w = words.get(start + j);
                    all = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }
}
