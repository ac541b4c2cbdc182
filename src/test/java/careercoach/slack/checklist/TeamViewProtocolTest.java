package careercoach.slack.checklist;

import careercoach.MutableClock;
import careercoach.checklist.AuditAction;
import careercoach.checklist.Checklist;
import careercoach.coach.Plan;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager's team view in the App Home through signed requests: three reports (one overdue on their own calendar
 * in another time zone, one not started, one who shared a plan), most urgent first; the gentle reminder.
 */
class TeamViewProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String MANAGER = "UMGR";
    private static final String FAR = "UFAR";
    private static final String FRESH = "UFRESH";
    private static final String NEAR = "UNEAR";
    /** 12:00 UTC on March 9: still March 9 in Los Angeles and in UTC, already March 10 in Auckland. */
    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");

    private static final MutableClock CLOCK = new MutableClock(NOW);

    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(CLOCK);

    private static Checklist share(String person, String manager, Optional<LocalDate> due, String... items) {
        return StoredChecklists.posted(kit.stores().checklists(), StoredChecklists.shared(kit.stores().checklists(),
                TEAM, "CTEAM", person, manager, due, NOW.minus(Duration.ofDays(5)), items));
    }

    private static void tick(Checklist checklist, String itemId, String by, Instant at) {
        StoredChecklists.tick(kit.stores().checklists(), checklist, itemId, by, at);
    }

    private static JsonNode home(String userId) throws Exception {
        return kit.openHome(userId);
    }

    /** The team view's rows: the text of each person's section, in order. */
    private static List<String> rows(JsonNode view) {
        return FakeSlackApi.texts(view.path("blocks")).stream().filter(t -> t.startsWith("*<@")).toList();
    }

    @Test
    void teamView_threeReportsMostUrgentFirstOverdueInTheirOwnZone() throws Exception {
        kit.slack().timeZone(FAR, "Pacific/Auckland");
        kit.slack().timeZone(NEAR, "America/Los_Angeles");
        Checklist far = share(FAR, MANAGER, Optional.of(LocalDate.of(2026, 3, 9)), "Write the design doc",
                "Run the review");
        tick(far, "1", FAR, NOW.minus(Duration.ofDays(3)));
        share(FRESH, MANAGER, Optional.empty(), "Shadow on-call", "Read the runbook", "Pair on a fix");
        Checklist near = share(NEAR, MANAGER, Optional.of(LocalDate.of(2026, 3, 9)), "Mentor a new hire",
                "Lead a retro");
        tick(near, "1", NEAR, NOW.minus(Duration.ofHours(2)));
        Plan plan = new Plan(TEAM, NEAR, "backend-engineering-lead-microservices", Plan.Source.SKILL_CHECK,
                NOW.minus(Duration.ofDays(1)), List.of(new Plan.Entry("next-steps/a", "System design case study"),
                new Plan.Entry("next-steps/b", "Leadership portfolio")));
        kit.stores().savedPlans().share(plan, MANAGER, NOW.minus(Duration.ofDays(1)));
        // Left the workspace: Slack says the account is deactivated.
        kit.slack().deactivateUser("ULEFT");
        share("ULEFT", MANAGER, Optional.of(LocalDate.of(2026, 3, 1)), "Hand over the on-call rota");
        // Shared by someone else: not this manager's to see.
        share(FAR, "UOTHERMGR", Optional.of(LocalDate.of(2026, 3, 1)), "Something private to them");

        JsonNode view = home(MANAGER);

        String all = view.toString();
        assertTrue(all.indexOf("Your team") < all.indexOf("Checklists you shared"), "team view above the lists");
        List<String> rows = rows(view);
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("*<@" + FAR + ">* · 1 of 2 done · :warning: 1 overdue"), rows.get(0));
        assertTrue(rows.get(0).contains("last active 3 days ago"), rows.get(0));
        assertTrue(rows.get(1).startsWith("*<@" + FRESH + ">* · 0 of 3 done · not started · no activity yet"),
                rows.get(1));
        assertTrue(rows.get(2).startsWith("*<@" + NEAR + ">* · 1 of 2 done · last active today"), rows.get(2));
        assertFalse(rows.get(2).contains("overdue"), "due today in Los Angeles is not overdue: " + rows.get(2));
        assertTrue(rows.get(2).contains("top steps: System design case study; Leadership portfolio"), rows.get(2));
        assertFalse(rows.get(2).contains("Heading for"), "with one guide every row would name the same role");
        assertFalse(all.contains("Something private to them"), all);
        assertFalse(rows.toString().contains("ULEFT"), rows.toString());
        assertTrue(all.contains("\"action_id\":\"team_remind\""), all);
        assertTrue(all.contains("https://example.slack.com/archives/CTEAM/p" + far.id()), all);
        assertTrue(view.path("blocks").size() <= 100);

        // The gentle reminder: stored and audited before the ack, one DM, once a day.
        assertEquals(200, kit.blockAction(MANAGER, null, ChecklistIds.TEAM_REMIND, FAR).statusCode());
        assertTrue(kit.stores().checklists().history(far.id()).stream()
                .anyMatch(e -> e.action() == AuditAction.NUDGE && e.actorId().equals(MANAGER)));
        FakeSlackApi.Call dm = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && FAR.equals(c.param("channel")), 1).get(0);
        assertTrue(dm.blocks().toString().contains("<@" + MANAGER + "> sends a gentle reminder"), dm.blocks()
                .toString());
        assertEquals(200, kit.blockAction(MANAGER, null, ChecklistIds.TEAM_REMIND, FAR).statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertEquals(1, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && FAR.equals(c.param("channel"))).size());
        assertTrue(home(MANAGER).toString().contains("Reminded today"));

        // The digest's switch in the Home: stored before the ack, shown when the Home is published again.
        assertEquals(200, kit.blockAction(MANAGER, null, ChecklistIds.DIGEST_TOGGLE, "on").statusCode());
        assertTrue(kit.stores().checklists().digestEnabled(TEAM, MANAGER));
        kit.slack().await(c -> c.method().equals("views.publish") && MANAGER.equals(c.param("user_id"))
                && c.param("view").contains("Turn digest off"), 1);

        // Someone who shared nothing with the person may not remind them.
        assertEquals(200, kit.blockAction("USTRANGER", null, ChecklistIds.TEAM_REMIND, FRESH).statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage") && FRESH.equals(c.param("channel")))
                .isEmpty());

        // Forget-me removes a person at once: their checklist and their shared plan.
        kit.stores().forgetMe().forget(TEAM, NEAR);
        List<String> after = rows(home(MANAGER));
        assertEquals(List.of(FAR, FRESH), after.stream().map(r -> r.substring(3, r.indexOf('>'))).toList());
    }
}
