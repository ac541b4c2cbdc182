package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The short forms a guide's names give without their author listing them. */
class RoleInitialsTest {
    private static Guide guide(String id, String title, String... aliases) {
        return new Guide(id, title, "Career Guide", List.of(aliases), List.of());
    }

    private static List<String> names(String name) {
        return RoleInitials.of(name).stream().map(RoleInitials.ShortName::name).toList();
    }

    private static Map<String, List<String>> library(Guide... guides) {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        RoleInitials.of(List.of(guides)).forEach((id, forms) ->
                names.put(id, forms.stream().map(RoleInitials.ShortName::name).toList()));
        return names;
    }

    @Test
    void aName_givesTheInitialsOfItsQualifiersWithItsHead_andOfItsWholeName() {
        assertEquals(List.of("SRE Lead", "SR Engineering Lead", "Site RE Lead", "SREL"),
                names("Site Reliability Engineering Lead"));
        assertEquals(List.of("DE Lead", "DEL"), names("Data Engineering Lead"));
        assertEquals(List.of("TP Manager", "TPM"), names("Technical Program Manager"));
        assertEquals(List.of("EM"), names("Engineering Manager"));
    }

    @Test
    void aRunOfANamesWords_givesInitialsSaidWithTheWordsAroundThem() {
        assertEquals(List.of("MLP Lead", "ML Platform Lead", "Machine LP Lead", "MLPL"),
                names("Machine Learning Platform Lead"));
        List<RoleInitials.ShortName> forms = RoleInitials.of("Machine Learning Platform Lead");
        assertEquals(java.util.Optional.of("Platform"), forms.get(1).next());
        assertEquals(List.of("Machine", "Learning"), forms.get(1).words());
        assertEquals(List.of("Staff ML Engineer", "SML Engineer", "SMLE").stream().sorted().toList(),
                names("Staff Machine Learning Engineer").stream().filter(n -> n.contains("ML")).sorted().toList());
    }

    @Test
    void aRunsInitials_areTheGuidesUnlessAnotherGivesThemSaidTheSameWay() {
        Map<String, List<String>> names = library(guide("ml", "Machine Learning Platform Lead"),
                guide("manager", "Engineering Manager", "Line Manager"), guide("mobile", "Lead Mobile Engineer"),
                guide("sre", "Site Reliability Engineering Lead"));

        assertTrue(names.get("ml").contains("ML Platform Lead"));
        // "LM" alone is the line manager, "LM engineer" the lead mobile engineer: said apart, both stay.
        assertTrue(names.get("manager").contains("LM"));
        assertTrue(names.get("mobile").contains("LM Engineer"));
        // "SR" says "senior", never "site reliability".
        assertFalse(names.get("sre").contains("SR Engineering Lead"));
    }

    @Test
    void whatIsInBrackets_isNoPartOfTheInitials() {
        assertEquals(List.of("EM"), names("Engineering Manager (Platform Team)"));
        assertEquals(List.of("ME Lead", "MEL"), names("Mobile Engineering Lead (iOS/Android)"));
    }

    @Test
    void namesThatAreShortFormsAlready_oneWordOrJoiningWords_giveNone() {
        assertEquals(List.of(), names("QA / Test Automation Lead"));
        assertEquals(List.of(), names("Senior IC"));
        assertEquals(List.of(), names("iOS Lead"));
        assertEquals(List.of(), names("Head of Engineering"));
        assertEquals(List.of(), names("Designer"));
    }

    @Test
    void initialsTwoGuidesGive_nameNeither() {
        Map<String, List<String>> names = library(guide("data", "Data Engineering Lead"),
                guide("design", "Design Engineering Lead"), guide("sre", "Site Reliability Engineering Lead"));

        assertEquals(List.of(), names.get("data"));
        assertEquals(List.of(), names.get("design"));
        assertEquals(List.of("SRE Lead", "Site RE Lead", "SREL"), names.get("sre"));
    }

    @Test
    void initialsAnyGuideWritesAsAName_areThatGuidesAlone() {
        Map<String, List<String>> names = library(guide("platform", "Platform Lead", "EM"),
                guide("manager", "Engineering Manager"), guide("data", "Data Engineering Lead", "DE Lead"));

        assertEquals(List.of(), names.get("manager"));
        assertEquals(List.of("PL"), names.get("platform"));
        assertEquals(List.of("DEL"), names.get("data"));
    }

    @Test
    void initialsThatUsuallyStandForOtherWords_areNotTaken() {
        assertEquals(List.of("EM", "LM"),
                library(guide("manager", "Engineering Manager", "People Manager", "Line Manager")).get("manager"));
        assertEquals(List.of(), library(guide("mobile", "Mobile Lead")).get("mobile"));
        assertEquals(List.of("PM"), library(guide("product", "Product Manager")).get("product"));
        assertEquals(List.of("RL", "SRE Lead", "Site RE Lead", "SREL", "SRE"), library(guide("sre", "Reliability Lead",
                "Site Reliability Engineering Lead", "Site Reliability Engineer")).get("sre"));
    }
}
