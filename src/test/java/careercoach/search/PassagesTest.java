package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassagesTest {

    private static Section salary(Item item) {
        return new Section("salary-and-demand", "Salary & Demand", "", List.of(),
                List.of(new Group("median", "Median Salary Range", "", List.of(item))), List.of(), List.of());
    }

    @Test
    void aSalaryItem_isShownWithItsRange_whenItsTextDoesNotSayIt() {
        Passages.Passage passage = Passages.of(salary(new Item("mid", "Mid Level", "", "An established lead",
                "~$160k–$210k base (US)", List.of()))).get(0);

        assertEquals("Median Salary Range: Mid Level (~$160k–$210k base (US)): An established lead", passage.shown());
        assertTrue(!passage.embedded().contains("$160k"), "what is embedded stays about the item's words");
    }

    @Test
    void aSalaryItem_whoseTextSaysItsRange_isShownOnce() {
        Passages.Passage passage = Passages.of(salary(new Item("mid", "Mid Level", "", "Often ~$160k–$220k base (US)",
                "~$160k–$220k base (US)", List.of()))).get(0);
        Passages.Passage around = Passages.of(salary(new Item("lead", "Lead", "", "Offered around $175k–$235k base",
                "~$175k–$235k base", List.of()))).get(0);

        assertEquals("Median Salary Range: Mid Level: Often ~$160k–$220k base (US)", passage.shown());
        assertEquals("Median Salary Range: Lead: Offered around $175k–$235k base", around.shown());
    }
}
