package careercoach.search;

import careercoach.guide.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A section is ranked by its title and by the name of its kind where the title does not say it. */
class SectionDocumentsTest {

    private static Section section(String id, String title) {
        return new Section(id, title, "", List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void titleWithKind_anOrganisationsHeadingIsRankedWithItsKindsWords() {
        assertEquals("What you'll do (key responsibilities)",
                SectionDocuments.titleWithKind(section("key-responsibilities", "What you'll do")));
        assertEquals("Who hires (companies)", SectionDocuments.titleWithKind(section("who-hires", "Who hires")));
        assertEquals("Pay (salary demand)", SectionDocuments.titleWithKind(section("pay", "Pay")));
    }

    @Test
    void titleWithKind_aTitleAddsOnlyTheKindsWordsItDoesNotSayInAnyForm() {
        assertEquals("Key Responsibilities",
                SectionDocuments.titleWithKind(section("key-responsibilities", "Key Responsibilities")));
        assertEquals("Skills we look for (top)",
                SectionDocuments.titleWithKind(section("top-skills", "Skills we look for")));
        assertEquals("Salary & Demand", SectionDocuments.titleWithKind(section("salary-and-demand", "Salary & Demand")));
    }

    @Test
    void titleWithKind_aSectionOfNoKindKeepsItsTitle() {
        Section own = new Section("certifications", "Certifications and courses", "", List.of(), List.of(),
                List.of(), List.of(), Optional.empty());
        assertEquals("Certifications and courses", SectionDocuments.titleWithKind(own));
    }
}
