package careercoach.slack.checklist;

import careercoach.MutableClock;
import careercoach.coach.Plan;
import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.testkit.ShareForm;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager whose reports head for different roles: the team view and the weekly digest name each person's role
 * where what they shared with this manager says it (a checklist made of a guide's next steps, a plan from a skill
 * check of a guide), and never a role a person chose without sharing anything of it with the manager.
 */
class TeamRolesProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String MANAGER = "UMANAGER";
    private static final String CHANNEL = "CTEAM";
    private static final String MANAGER_ROLE = "Engineering Manager (Platform Team)";
    private static final String BACKEND_ROLE = "Backend Engineering Lead (Microservices)";
    /** Monday, March 9, 2026, 09:30 in UTC: the weekly digest is due. */
    private static final Instant MONDAY = Instant.parse("2026-03-09T09:30:00Z");

    @TempDir
    Path indexData;

    private static JsonNode home(SlackTestKit kit, String userId) throws Exception {
        return kit.openHome(userId);
    }

    private static String row(JsonNode view, String person) {
        return FakeSlackApi.texts(view.path("blocks")).stream().filter(t -> t.startsWith("*<@" + person + ">*"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + person + ": " + view));
    }

    /**
     * The manager shares, through the form, one next step of the guide the form offers for the person ({@code
     * stepRef}, or the first the form offers when null).
     */
    private static void shareGuideStep(SlackTestKit kit, String person, String stepRef) throws Exception {
        int before = kit.slack().calls("views.open").size();
        assertEquals(200, kit.command(MANAGER, CHANNEL, "checklist <@" + person + "|someone>").statusCode());
        JsonNode view = JSON.readTree(kit.slack().await("views.open", before + 1).get(before).param("view"));
        kit.slack().members(CHANNEL, person, MANAGER);
        assertEquals(200, kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW,
                view.path("private_metadata").asText(), ShareForm.shareState(person, List.of(stepRef != null ? stepRef
                        : view.findValues("value").stream().map(JsonNode::asText)
                        .filter(v -> v.startsWith("next-steps/")).findFirst().orElseThrow()), "", null))
                .statusCode());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
    }

    @Test
    void teamViewAndDigest_nameTheRoleEachPersonSharedAndNoOther() throws Exception {
        MutableClock clock = new MutableClock(MONDAY.minus(Duration.ofDays(3)));
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), clock)) {
            // Chose the manager role and shared a plan toward it; the manager then shared a checklist of that
            // guide's next steps, which the form offered.
            kit.stores().guideChoices().choose(TEAM, "UMOVING", TwoRoleIndexData.MANAGER);
            kit.stores().savedPlans().share(new Plan(TEAM, "UMOVING", TwoRoleIndexData.MANAGER,
                    Plan.Source.SKILL_CHECK, clock.instant().minusSeconds(60), List.of(new Plan.Entry("custom",
                    "Shadow an on-call week")), TwoRoleIndexData.MANAGER), MANAGER, clock.instant().minusSeconds(60));
            shareGuideStep(kit, "UMOVING", "next-steps/thirty-sixty-ninety");
            // Chose the manager role and shared nothing: the form offered the manager's own guide, whose role is not
            // theirs.
            kit.stores().guideChoices().choose(TEAM, "UCHOSE", TwoRoleIndexData.MANAGER);
            shareGuideStep(kit, "UCHOSE", null);
            // Shared with the manager a plan from a skill check of the backend guide.
            kit.stores().savedPlans().share(new Plan(TEAM, "UPLANNER", TwoRoleIndexData.BACKEND,
                    Plan.Source.SKILL_CHECK, clock.instant(), List.of(new Plan.Entry("next-steps/a",
                    "System design case study"))), MANAGER, clock.instant());
            // Chose the manager role too, but only ever got a checklist of written-out items: nothing of the
            // choice was shared with the manager.
            kit.stores().guideChoices().choose(TEAM, "UPRIVATE", TwoRoleIndexData.MANAGER);
            StoredChecklists.shared(kit.stores().checklists(), TEAM, CHANNEL, "UPRIVATE", MANAGER, Optional.empty(),
                    clock.instant(), "Pair on a fix");

            JsonNode view = home(kit, MANAGER);

            assertTrue(row(view, "UMOVING").contains("Heading for *" + MANAGER_ROLE + "*"), row(view, "UMOVING"));
            assertTrue(row(view, "UPLANNER").contains("Heading for *" + BACKEND_ROLE + "*"), row(view, "UPLANNER"));
            assertFalse(row(view, "UPRIVATE").contains("Heading for"), row(view, "UPRIVATE"));
            assertFalse(row(view, "UCHOSE").contains("Heading for"), row(view, "UCHOSE"));

            kit.stores().checklists().setDigest(TEAM, MANAGER, true);
            clock.advance(Duration.ofDays(3));
            assertEquals(1, kit.app().sendDueDigests());
            String digest = kit.slack().await(c -> c.method().equals("chat.postMessage")
                    && MANAGER.equals(c.param("channel")), 1).get(0).blocks().toString();
            assertTrue(digest.contains("<@UMOVING> (0 of 1) · heading for " + MANAGER_ROLE), digest);
            assertTrue(digest.contains("<@UPRIVATE> (0 of 1)\\n") || digest.contains("<@UPRIVATE> (0 of 1)\""),
                    digest);
            assertFalse(digest.contains("<@UPRIVATE> (0 of 1) · heading for"), digest);
        }
    }
}
