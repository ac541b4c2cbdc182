package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleGuideMatcherTest {
    private static Guide guide(String id, String title) {
        return new Guide(id, title, "", List.of());
    }

    private final Guide backend =
            guide("backend-engineering-lead-microservices", "Backend Engineering Lead (Microservices)");
    private final Guide sre = guide("sre-lead", "Site Reliability Engineering (SRE) Lead");
    private final Guide staff = guide("staff-engineer", "Principal/Staff Backend Engineer");
    private final Guide goLead = guide("backend-lead-go", "Backend Lead (Go)");
    private final Guide javaLead = guide("backend-lead-java", "Backend Lead (Java)");
    private final RoleGuideMatcher matcher = new RoleGuideMatcher(List.of(backend, sre, staff, goLead, javaLead));

    @Test
    void guideFor_toleratesCasePunctuationAndQualifiers() {
        assertEquals(Optional.of(backend), matcher.guideFor("backend engineering lead"));
        assertEquals(Optional.of(backend), matcher.guideFor("Backend-Engineering Lead (Java, Go)"));
        assertEquals(Optional.of(sre), matcher.guideFor("SITE RELIABILITY ENGINEERING LEAD"));
        assertEquals(Optional.of(sre), matcher.guideFor("Site Reliability Engineering (SRE) Lead"));
        assertEquals(Optional.of(staff), matcher.guideFor("Principal / Staff Backend Engineer (Architecture-focused)"));
        assertEquals(Optional.of(sre), matcher.guideFor("sre lead"));
    }

    @Test
    void guideFor_aQualifierOtherThanTheGuides_isNotThatGuide() {
        Guide warehouse = guide("em-warehouse", "Engineering Manager (Warehouse Systems)");
        RoleGuideMatcher withManager = new RoleGuideMatcher(List.of(warehouse, backend));

        assertEquals(Optional.empty(), withManager.guideFor("Engineering Manager (Platform)"));
        assertEquals(Optional.of(warehouse), withManager.guideFor("Engineering Manager"));
        assertEquals(Optional.of(warehouse), withManager.guideFor("engineering manager (warehouse systems)"));
        assertEquals(Optional.of(warehouse), withManager.guideFor("Engineering Manager (for a wider group)"));
        assertEquals(Optional.empty(), withManager.guideFor("Backend Engineering Lead (Payments)"));
    }

    @Test
    void guideFor_matchesTheGuideId() {
        assertEquals(Optional.of(staff), matcher.guideFor("staff-engineer"));
    }

    @Test
    void guideFor_prefersTheQualifiedMatch_andIsEmptyWhenAmbiguous() {
        assertEquals(Optional.of(goLead), matcher.guideFor("backend lead (go)"));
        assertEquals(List.of(goLead, javaLead), matcher.guidesFor("Backend Lead"));
        assertEquals(Optional.empty(), matcher.guideFor("Backend Lead"));
    }

    @Test
    void guideFor_unknownOrEmptyRole_isEmpty() {
        assertEquals(Optional.empty(), matcher.guideFor("Engineering Manager"));
        assertEquals(Optional.empty(), matcher.guideFor("Backend"));
        assertEquals(Optional.empty(), matcher.guideFor(" (—) "));
        assertEquals(Optional.empty(), matcher.guideFor(""));
    }

    @Test
    void keys_foldAccentsAndAmpersands() {
        assertEquals("developpeur principal r and d", RoleGuideMatcher.fullKey("Développeur principal (R&D)"));
        assertEquals("developpeur principal", RoleGuideMatcher.plainKey("Développeur principal (R&D)"));
    }

    @Test
    void guideFor_aBritishSpellingOfTheTitleIsTheSameRole() {
        Guide tpm = guide("technical-program-manager", "Technical Program Manager");
        Guide organisation = guide("organisation-design-lead", "Organisation Design Lead");
        RoleGuideMatcher spelled = new RoleGuideMatcher(List.of(tpm, organisation, backend));
        assertEquals(Optional.of(tpm), spelled.guideFor("Technical Programme Manager"));
        assertEquals(Optional.of(organisation), spelled.guideFor("organization design lead"));
    }
}
