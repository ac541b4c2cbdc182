package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(List.of("SRE Lead", "SREL"), names("Site Reliability Engineering Lead"));
        assertEquals(List.of("DE Lead", "DEL"), names("Data Engineering Lead"));
        assertEquals(List.of("TP Manager", "TPM"), names("Technical Program Manager"));
        assertEquals(List.of("EM"), names("Engineering Manager"));
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
        assertEquals(List.of("SRE Lead", "SREL"), names.get("sre"));
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
        assertEquals(List.of("RL", "SRE Lead", "SREL", "SR Engineer", "SRE"), library(guide("sre", "Reliability Lead",
                "Site Reliability Engineering Lead", "Site Reliability Engineer")).get("sre"));
    }
}
