package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistOverview;
import careercoach.checklist.Progress;
import careercoach.checklist.TeamMember;
import careercoach.checklist.TeamPlans;
import careercoach.slack.Golden;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manager's team view: golden blocks, and a page within the Home's 100 blocks whatever the team's size. */
class TeamViewRendererTest {
    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");
    private final TeamViewRenderer renderer = new TeamViewRenderer();

    private static TeamMember member(String person, int done, int total, int overdue, boolean reminded) {
        Checklist checklist = ChecklistRendererTest.checklist(person.hashCode() & 0xffff, total, done, false);
        return new TeamMember(person, List.of(checklist), new Progress(done, total), overdue,
                done == 0 ? Optional.empty() : Optional.of(NOW.minus(Duration.ofDays(2))),
                Optional.empty(), reminded);
    }

    @Test
    void blocks_golden() throws Exception {
        TeamMember planOnly = new TeamMember("UPLAN", List.of(), new Progress(0, 0), 0,
                Optional.of(NOW.minus(Duration.ofDays(1))), Optional.of(new TeamPlans.SharedPlan("UPLAN",
                NOW.minus(Duration.ofDays(1)), List.of("System design <case> study", "Leadership portfolio",
                "Network with leaders", "A fourth step"))), false);
        Golden.assertMatches("checklist/team-view", renderer.blocks(List.of(member("UFAR", 1, 3, 2, true),
                member("UFRESH", 0, 3, 0, false), planOnly), 0, true, NOW));
    }

    @Test
    void summary_namesAtMostEightALineAndTheRoleWhereKnown() {
        List<TeamMember> team = new ArrayList<>(IntStream.range(0, 12).mapToObj(i -> member("ULATE" + i, 1, 3, 2,
                false)).toList());
        team.add(new TeamMember("UROLE", List.of(), new Progress(0, 2), 0, Optional.empty(), Optional.empty(), false,
                Optional.of("Staff <Engineer>")));

        String text = renderer.summaryText(team);

        assertTrue(text.startsWith("*Your team:* 13 people · 12 behind · 1 not started"), text);
        assertTrue(text.contains("<@ULATE7> 2 overdue (1 of 3 done) and 4 more"), text);
        assertTrue(text.contains("*Not started:* <@UROLE> 0 of 2, heading for Staff &lt;Engineer&gt;"), text);
        assertEquals(TeamViewRenderer.EMPTY_TEAM, renderer.summaryText(List.of()));
        assertEquals(1, renderer.summary(List.of()).size());
    }

    @Test
    void blocks_twoHundredPeoplePaginatedWithinTheHome() {
        List<TeamMember> team = IntStream.range(0, 200).mapToObj(i -> member("U" + i, i % 3, 3, 0, false)).toList();

        List<LayoutBlock> first = renderer.blocks(team, 0, false, NOW);
        List<LayoutBlock> last = renderer.blocks(team, 99, false, NOW);

        assertTrue(first.size() <= 40, "blocks: " + first.size());
        String firstJson = GsonFactory.createSnakeCase().toJson(first);
        assertTrue(firstJson.contains("Page 1 of 20") && firstJson.contains("Next ›"), firstJson);
        String lastJson = GsonFactory.createSnakeCase().toJson(last);
        assertTrue(lastJson.contains("Page 20 of 20") && !lastJson.contains("Next ›"), lastJson);
        List<LayoutBlock> home = new ArrayList<>(first);
        List<Checklist> shared = IntStream.range(0, 200)
                .mapToObj(i -> ChecklistRendererTest.checklist(i, 5, 1, false)).toList();
        home.addAll(new ChecklistHomeRenderer().blocks(new ChecklistOverview(List.of(), shared), 100 - home.size()));
        assertTrue(home.size() <= 100, "blocks: " + home.size());
    }

    @Test
    void ago_inDays() {
        assertEquals("today", TeamViewRenderer.ago(NOW.minus(Duration.ofHours(3)), NOW));
        assertEquals("yesterday", TeamViewRenderer.ago(NOW.minus(Duration.ofHours(30)), NOW));
        assertEquals("5 days ago", TeamViewRenderer.ago(NOW.minus(Duration.ofDays(5)), NOW));
    }
}
