package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleFinderTest {
    private static Guide guide(String id, String title, List<Item> nextRoles) {
        return new Guide(id, title, "", List.of(new Section(SectionIds.CAREER_PROGRESSION, "Career", "", List.of(),
                List.of(new Group("can-lead-to", "Can Lead To", "", nextRoles)), List.of(), List.of())));
    }

    private static final Guide SRE = guide("sre-lead", "Site Reliability Engineering (SRE) Lead", List.of());
    private static final Guide MANAGER = guide("engineering-manager-platform-team",
            "Engineering Manager (Platform Team)", List.of());
    private static final Guide BACKEND = guide("backend-lead", "Backend Engineering Lead (Microservices)", List.of(
            new Item("em", "Engineering Manager", "people leadership", "", "", List.of()),
            new Item("sre", "Reliability lead", "", "", "", List.of(), "sre-lead"),
            new Item("cto", "CTO", "", "", "", List.of())));
    private static final RoleFinder FINDER = new RoleFinder(List.of(BACKEND, SRE, MANAGER));

    @Test
    void find_byIdTitleOrEveryWordTyped() {
        assertEquals(SRE, FINDER.find("sre-lead").guide().orElseThrow());
        assertEquals(SRE, FINDER.find("site reliability engineering lead").guide().orElseThrow());
        assertEquals(SRE, FINDER.find("SRE lead").guide().orElseThrow());
        assertEquals(BACKEND, FINDER.find("backend lead").guide().orElseThrow());
        assertEquals(MANAGER, FINDER.find("Engineering Manager").guide().orElseThrow());
    }

    @Test
    void find_fullWidthLetters_asSearchReadsThem() {
        Guide appsec = new Guide("appsec", "Security Engineering Lead (AppSec)", "Career Guide",
                List.of("AppSec Lead"), List.of());
        RoleFinder finder = new RoleFinder(List.of(appsec, BACKEND, SRE));

        assertEquals(appsec, finder.find("\uFF21\uFF50\uFF50\uFF33\uFF45\uFF43 \uFF2C\uFF45\uFF41\uFF44")
                .guide().orElseThrow());
        assertEquals(SRE, finder.find("\uFF33\uFF32\uFF25 lead").guide().orElseThrow());
        assertEquals(BACKEND, finder.find("\uFF42\uFF41\uFF43\uFF4B\uFF45\uFF4E\uFF44 lead").guide()
                .orElseThrow());
    }

    @Test
    void find_aFieldsPersonBeforeTheHead_isTheField() {
        Guide dsm = guide("dsm", "Data Science Manager", List.of());
        RoleFinder finder = new RoleFinder(List.of(dsm, BACKEND, SRE));

        assertEquals(dsm, finder.find("data scientist manager").guide().orElseThrow());
        assertTrue(finder.find("data scientist").guide().isEmpty());
    }

    @Test
    void find_byInitialsTheGuidesNamesGive_unlisted() {
        Guide sre = guide("sre", "Site Reliability Engineering Lead", List.of());
        Guide tpm = guide("tpm", "Technical Program Manager", List.of());
        RoleFinder finder = new RoleFinder(List.of(sre, MANAGER, tpm));

        assertEquals(sre, finder.find("SRE lead").guide().orElseThrow());
        assertEquals(sre, finder.find("sre lead").guide().orElseThrow());
        assertEquals(MANAGER, finder.find("EM").guide().orElseThrow());
        assertEquals(tpm, finder.find("tpm").guide().orElseThrow());
    }

    @Test
    void find_aRoleAsPeopleSayIt_asTheQuestionRouterReadsIt() {
        Guide ml = guide("ml", "Machine Learning Platform Lead", List.of());
        Guide frontend = guide("frontend", "Frontend Engineering Lead (Web)", List.of());
        Guide devex = guide("developer-experience-lead", "Developer Experience Lead", List.of());
        RoleFinder finder = new RoleFinder(List.of(BACKEND, ml, frontend, devex));

        assertEquals(ml, finder.find("ML platform").guide().orElseThrow());
        assertEquals(ml, finder.find("ML platform lead").guide().orElseThrow());
        assertEquals(frontend, finder.find("front-end lead").guide().orElseThrow());
        assertEquals(frontend, finder.find("front end").guide().orElseThrow());
        assertEquals(frontend, finder.find("fronted lead").guide().orElseThrow());
        assertTrue(finder.find("dx lead").guide().isEmpty());
        assertEquals(devex, finder.find("devex lead").closest().get(0));

        Guide split = guide("split", "Front-End Lead", List.of());
        assertEquals(split, new RoleFinder(List.of(BACKEND, split)).find("frontend lead").guide().orElseThrow());
    }

    @Test
    void find_unknownRole_answersTheClosestRolesThatExist() {
        RoleFinder.Found found = FINDER.find("reliability manager");

        assertTrue(found.guide().isEmpty());
        assertTrue(found.closest().containsAll(List.of(SRE, MANAGER)), found.closest().toString());
        assertTrue(FINDER.find("zzz").closest().isEmpty());
        assertEquals(List.of(SRE), FINDER.find("realiabilty").closest(), "a misspelt word of a role's name");
        RoleFinder withQa = new RoleFinder(List.of(BACKEND, SRE, MANAGER,
                guide("qa-test-automation-lead", "QA / Test Automation Lead", List.of())));
        assertTrue(withQa.find("astronaut").closest().isEmpty(), "a few letter pairs alike (with \"automation\") are"
                + " no misspelling: " + withQa.find("astronaut").closest());
        assertTrue(FINDER.find("  ").guide().isEmpty());
    }

    @Test
    void nextRoles_followLinksThenNames() {
        List<RoleFinder.NextRole> roles = FINDER.nextRoles(BACKEND);

        assertEquals(3, roles.size());
        assertEquals(MANAGER, roles.get(0).guide().orElseThrow());
        assertEquals("Can Lead To", roles.get(0).groupTitle());
        assertEquals(SRE, roles.get(1).guide().orElseThrow());
        assertTrue(roles.get(2).guide().isEmpty());
    }

    @Test
    void find_aChiefByInitials_isARoleWithNoGuide_closestTheRolesLeadingToIt() {
        Guide data = guide("data", "Data Science Manager", List.of(
                new Item("cdo", "Chief Data Officer", "", "", "", List.of())));
        RoleFinder finder = new RoleFinder(List.of(SRE, BACKEND, data));

        RoleFinder.Found cto = finder.find("cto");
        assertTrue(cto.guide().isEmpty());
        assertTrue(cto.roleWithNoGuide());
        assertEquals(List.of(BACKEND), cto.closest());
        assertEquals(List.of(data), finder.find("CDO").closest());
        assertTrue(finder.find("ciso").roleWithNoGuide());
        assertTrue(!finder.find("astronaut").roleWithNoGuide());
    }

    @Test
    void find_withAReader_aRoleItSaysNoGuideHas_isSo_thoughANameHoldsEveryWord() {
        Guide sreManager = guide("sre-manager", "Site Reliability Engineering Manager", List.of());
        RoleFinder finder = new RoleFinder(List.of(BACKEND, sreManager),
                typed -> RoleReader.Reading.withNoGuide(List.of("sre-manager")));

        RoleFinder.Found found = finder.find("engineering manager");
        assertTrue(found.guide().isEmpty());
        assertTrue(found.roleWithNoGuide());
        assertEquals(List.of(sreManager), found.closest());
        assertEquals(BACKEND, finder.find("backend-lead").guide().orElseThrow(), "an id is that guide");
    }

    @Test
    void find_withAReader_itsGuide_unlessTheWordsFitSeveralAlike() {
        Guide dataEngineering = guide("de", "Data Engineering Lead", List.of());
        Guide dataScience = guide("ds", "Data Science Lead", List.of());
        RoleFinder finder = new RoleFinder(List.of(BACKEND, dataEngineering, dataScience),
                typed -> RoleReader.Reading.named("de"));

        assertEquals(dataEngineering, finder.find("data eng lead").guide().orElseThrow());
        RoleFinder.Found several = finder.find("data lead");
        assertTrue(several.guide().isEmpty());
        assertTrue(several.closest().containsAll(List.of(dataEngineering, dataScience)), several.toString());
    }
}
