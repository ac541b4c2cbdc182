package careercoach.slack.guide;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolePickerTest {
    private static Guide guide(String id, String title) {
        return new Guide(id, title, "Career Guide", List.of());
    }

    @Test
    void matches_pastSlacksHundredOptions_givesTheFirstHundred() {
        List<Guide> guides = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            guides.add(guide("g-" + i, String.format("Role %03d Lead", i)));
        }

        List<Guide> first = RolePicker.matches(guides, "");
        assertEquals(RolePicker.MAX_OPTIONS, first.size());
        assertEquals("Role 000 Lead", first.get(0).title());
        assertEquals(100, RolePicker.matches(guides, "lead").size());
        assertEquals(List.of("g-149"), RolePicker.matches(guides, "149").stream().map(Guide::id).toList());
    }

    @Test
    void matches_theInitialsOfAGuidesNames_unlisted() {
        List<Guide> guides = List.of(guide("sre", "Site Reliability Engineering Lead"),
                guide("manager", "Engineering Manager (Platform Team)"), guide("frontend", "Frontend Lead"));

        assertEquals(List.of("sre"), RolePicker.matches(guides, "sre lea").stream().map(Guide::id).toList());
        assertEquals(List.of("manager"), RolePicker.matches(guides, "EM").stream().map(Guide::id).toList());
    }

    @Test
    void matches_rolesAsPeopleSayThem_likeCareerRole() {
        List<Guide> guides = List.of(guide("backend", "Backend Engineering Lead (Microservices)"),
                guide("ml", "Machine Learning Platform Lead"), guide("frontend", "Frontend Engineering Lead (Web)"),
                guide("devex", "Developer Experience Lead"));

        assertEquals(List.of("frontend"), RolePicker.matches(guides, "front-end").stream().map(Guide::id).toList());
        assertEquals(List.of("frontend"), RolePicker.matches(guides, "front end le").stream().map(Guide::id)
                .toList());
        assertEquals(List.of("frontend"), RolePicker.matches(guides, "fronted lead").stream().map(Guide::id)
                .toList());
        assertEquals(List.of("ml"), RolePicker.matches(guides, "ML platform").stream().map(Guide::id).toList());
        List<Guide> split = List.of(guide("backend", "Backend Engineering Lead"), guide("fe", "Front-End Lead"));
        assertEquals(List.of("fe"), RolePicker.matches(split, "frontend").stream().map(Guide::id).toList());
    }

    @Test
    void matches_fullWidthLetters_asSearchReadsThem() {
        List<Guide> guides = List.of(guide("backend", "Backend Engineering Lead (Microservices)"),
                guide("sre", "Site Reliability Engineering Lead"));

        // "ＳＲＥ ｌｅａｄ", "ｆｒｏｎｔ-ｅｎｄ": initials and compounds read as in ASCII.
        assertEquals(List.of("sre"), RolePicker.matches(guides, "\uFF33\uFF32\uFF25 \uFF4C\uFF45\uFF41\uFF44")
                .stream().map(Guide::id).toList());
        assertEquals(List.of("backend"), RolePicker.matches(guides, "\uFF42\uFF41\uFF43\uFF4B\uFF45\uFF44 lead")
                .stream().map(Guide::id).toList());
    }

    @Test
    void matches_titlesStartingWithTheQueryComeFirst_thenWholeWords_thenWordBeginnings() {
        List<Guide> guides = List.of(guide("a", "Engineering Manager (Backend)"), guide("b", "Backend Engineering Lead"),
                guide("c", "Scaling Backends Lead"), guide("d", "Frontend Lead"));

        assertEquals(List.of("b", "a", "c"), RolePicker.matches(guides, "backend").stream().map(Guide::id).toList());
        assertEquals(List.of("b"), RolePicker.matches(guides, "lead back eng").stream().map(Guide::id).toList());
        assertEquals(List.of("d"), RolePicker.matches(guides, "  FRONTEND? ").stream().map(Guide::id).toList());
    }

    @Test
    void matches_aMisspeltRole_offersTheRolesItIsCloseTo_andNonsenseNothing() {
        List<Guide> guides = List.of(guide("sec", "Security Engineering Lead"), guide("em", "Engineering Manager"),
                guide("qa", "QA / Test Automation Lead"));

        assertEquals("sec", RolePicker.matches(guides, "secuirty").get(0).id());
        assertEquals(List.of(), RolePicker.matches(guides, "astronaut"));
    }

    @Test
    void matches_anAliasFindsItsGuide() {
        List<Guide> guides = List.of(
                new Guide("sre", "Site Reliability Lead", "Career Guide", List.of("SRE Lead", "On-call Lead"), List.of()),
                guide("em", "Engineering Manager"));

        assertEquals(List.of("sre"), RolePicker.matches(guides, "on-call").stream().map(Guide::id).toList());
        assertEquals(List.of("sre"), RolePicker.matches(guides, "sre").stream().map(Guide::id).toList());
    }

    @Test
    void matches_aVeryLongTypedText_amongSixtyGuides_answersWellWithinSlacksThreeSeconds() {
        List<Guide> guides = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            guides.add(guide("g-" + i, String.format("Senior Platform Role %03d Engineering Lead Manager", i)));
        }
        StringBuilder typed = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (typed.length() < 20_000) {
            for (int k = 0; k < 7; k++) {
                typed.append((char) ('a' + random.nextInt(26)));
            }
            typed.append(' ');
        }
        RolePicker.matches(guides, "warm up");

        long started = System.nanoTime();
        List<Guide> found = RolePicker.matches(guides, typed.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(found.isEmpty());
        assertTrue(millis < 1000, "took " + millis + " ms");
    }

    @Test
    void option_cutsALongTitleToSlacksLimit() {
        String title = "A very long role guide title that goes on and on past the seventy five characters Slack allows";
        var option = RolePicker.option(guide("long", title));

        assertEquals(75, option.getText().getText().length());
        assertEquals("long", option.getValue());
    }
}
