package careercoach.guide;

import careercoach.search.SentenceVectors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleComparerTest {

    /** Vectors from a fixed vocabulary of "meanings": texts sharing a meaning word point the same way. */
    private static float[] meaning(String text) {
        Map<String, Integer> axes = new LinkedHashMap<>();
        List.of("stakeholder", "kubernetes", "hiring", "code", "incident", "budget").forEach(w -> axes.put(w, axes.size()));
        float[] vector = new float[axes.size() + 1];
        String lower = text.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (var axis : axes.entrySet()) {
            if (lower.contains(axis.getKey())) {
                vector[axis.getValue()] = 1;
                any = true;
            }
        }
        if (!any) {
            vector[axes.size()] = 1;
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    private static Guide guide(String id, List<String> skills, List<String> gaps, List<String> responsibilities) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(SectionIds.TOP_SKILLS, "Top skills", "", items(id + "-s", skills), List.of(),
                List.of(), List.of()));
        sections.add(new Section(SectionIds.SKILL_GAPS, "Gaps", "", List.of(),
                List.of(new Group("often", "Often missing", "", items(id + "-g", gaps))), List.of(), List.of()));
        sections.add(new Section(SectionIds.KEY_RESPONSIBILITIES, "Responsibilities", "", items(id + "-r",
                responsibilities), List.of(), List.of(), List.of()));
        return new Guide(id, id, "", sections);
    }

    private static List<Item> items(String prefix, List<String> names) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            items.add(new Item(prefix + i, names.get(i), "", "", "", List.of()));
        }
        return items;
    }

    private static List<String> names(List<Item> items) {
        return items.stream().map(Item::name).toList();
    }

    @Test
    void compare_pairsSkillsThatMeanTheSameAndListWhatTheTargetAddsAndWhatMattersLess() {
        Guide from = guide("lead", List.of("Stakeholder communication", "Strong code reviews"),
                List.of("Kubernetes operations"), List.of("Run incident reviews"));
        Guide to = guide("manager", List.of("Managing stakeholders", "Hiring loops"), List.of("Budget planning"),
                List.of("Own incident follow-up", "Run hiring"));

        RoleComparison comparison = new RoleComparer(RoleComparerTest::meaning).compare(from, to);

        RoleComparison.Part skills = comparison.parts().get(0);
        assertEquals(RoleComparison.Aspect.SKILLS, skills.aspect());
        assertEquals(1, skills.shared().size());
        assertEquals("Stakeholder communication", skills.shared().get(0).from().name());
        assertEquals("Managing stakeholders", skills.shared().get(0).to().name());
        assertEquals(List.of("Hiring loops", "Budget planning"), names(skills.added()));
        assertEquals(List.of("Strong code reviews", "Kubernetes operations"), names(skills.less()));
        RoleComparison.Part duties = comparison.parts().get(1);
        assertEquals("Run incident reviews", duties.shared().get(0).from().name());
        assertEquals(List.of("Run hiring"), names(duties.added()));
        assertTrue(duties.less().isEmpty());
    }

    @Test
    void match_pairsEachItemOnceBestFirst() {
        List<Item> known = items("k", List.of("Stakeholder updates", "Kubernetes"));
        List<Item> targets = items("t", List.of("Stakeholder maps", "stakeholder updates"));

        int[] matched = new RoleComparer(RoleComparerTest::meaning).match(known, targets);

        assertEquals(-1, matched[0], "the equal text wins the one stakeholder item");
        assertEquals(0, matched[1]);
    }

    @Test
    void compare_sameGuide_sharesEverything() {
        Guide guide = guide("lead", List.of("Stakeholder communication", "Hiring"), List.of(), List.of("Budget"));

        RoleComparison comparison = new RoleComparer(RoleComparerTest::meaning).compare(guide, guide);

        assertTrue(comparison.parts().stream().allMatch(p -> p.added().isEmpty() && p.less().isEmpty()));
        assertEquals(2, comparison.parts().get(0).shared().size());
    }

    @Test
    void compare_withTheShippedModel_matchesBySenseNotOnlyByEqualWords() {
        Guide from = guide("lead", List.of("Cross-team communication and stakeholder management",
                "Strong coding skills in a backend language"), List.of(), List.of());
        Guide to = guide("manager", List.of("Managing stakeholders and expectations", "Budgets and vendor negotiation"),
                List.of(), List.of());

        RoleComparison.Part skills = new RoleComparer(SentenceVectors::of).compare(from, to).parts().get(0);

        assertEquals(1, skills.shared().size(), skills.toString());
        assertEquals("Managing stakeholders and expectations", skills.shared().get(0).to().name());
        assertEquals(List.of("Budgets and vendor negotiation"), names(skills.added()));
        assertEquals(List.of("Strong coding skills in a backend language"), names(skills.less()));
    }

    @Test
    void match_nearlyTheSameWords_areOneItemEvenWhereTheirVectorsDiffer() {
        // Vectors that never meet: whatever is matched here is matched by its words.
        List<Item> known = items("k", List.of("Hire, mentor and give feedback", "Real-time operating systems",
                "Lead and grow the QA engineers, plan their work, and interview new ones"));
        List<Item> targets = items("t", List.of("Real-time lighting and shadows", "Hire, coach and give feedback",
                "Lead board bring-up of each new hardware revision with the electrical engineers"));

        int[] matched = new RoleComparer(text -> new float[]{0})
                .match(known, targets);

        assertEquals(-1, matched[0], "two words in common are not enough: real and time");
        assertEquals(0, matched[1], "three content words of four in common, mentoring for coaching");
        assertEquals(-1, matched[2], "lead, engineers and new in common, among 8 and 9 words: two roles' duties");
    }

    @Test
    void nearlySameWords_countsStemmedContentWordsOnly() {
        assertTrue(RoleComparer.nearlySameWords("Hire, mentor and give feedback",
                "Hiring, coaching and giving feedback"));
        assertFalse(RoleComparer.nearlySameWords("Real-time operating systems", "Real-time lighting and shadows"));
        assertFalse(RoleComparer.nearlySameWords("Hire and mentor", "Hire and mentor engineers"),
                "two words in common, however few the others");
    }
}
