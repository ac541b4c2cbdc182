package careercoach.slack.checklist;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistRepository;
import careercoach.coach.Plan;
import careercoach.slack.coach.CoachRenderer;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static careercoach.testkit.ShareForm.checklistId;
import static careercoach.testkit.ShareForm.shareMetadata;
import static careercoach.testkit.ShareForm.shareState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checklists at the edges, through signed requests on H2 and PostgreSQL: due dates and reminders on the person's
 * day, reminders nobody can receive, forget-me in the channel message, a post that fails after the form's
 * response_url expired, long items, and a step offered both as a next step and from the plan.
 */
class ChecklistEdgesProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String MANAGER = "UMANAGER";
    private static final String CHANNEL = "CTEAM";

    private static SlackTestKit start(TestDatabase db, MutableClock clock) throws Exception {
        return SlackTestKit.start(Stores.database(db.database(), clock), Map.of(), clock);
    }


    private static Checklist due(SlackTestKit kit, String person, LocalDate day) {
        return StoredChecklists.shared(kit.stores().checklists(), TEAM, CHANNEL, person, MANAGER, Optional.of(day),
                Instant.now(), "Write the design doc", "Run the review");
    }

    private static List<FakeSlackApi.Call> dmsTo(SlackTestKit kit, String user) {
        return kit.slack().calls(c -> c.method().equals("chat.postMessage") && user.equals(c.param("channel")));
    }

    @DatabaseTest
    void dueDate_isCheckedOnTheManagersDay(TestDatabase db) throws Exception {
        // 16:30 on March 9 in California is already March 10 in UTC.
        MutableClock clock = MutableClock.at("2026-03-09T23:30:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            kit.slack().timeZone(MANAGER, "America/Los_Angeles");
            kit.slack().timeZone("UMGRSYD", "Australia/Sydney");
            // Opening the form looks the manager's zone up, after its ack, while the form is being filled.
            for (String manager : List.of(MANAGER, "UMGRSYD")) {
                kit.command(manager, CHANNEL, "checklist <@UPERSON>");
                kit.slack().await(c -> c.method().equals("users.info") && manager.equals(c.param("user")), 1);
            }
            kit.app().awaitIdle(Duration.ofSeconds(10));

            HttpResponse<String> today = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit,
                    CHANNEL),
                    shareState("UPERSON", List.of(), "Write the design doc", "2026-03-09"));
            assertFalse(today.body().contains("errors"), today.body());
            assertTrue(kit.stores().checklists().involving(TEAM, MANAGER).stream()
                    .anyMatch(c -> c.dueDate().equals(Optional.of(LocalDate.of(2026, 3, 9)))));

            // 09:00 on March 10 in Sydney, still March 9 in UTC: March 9 is yesterday there.
            clock.advance(Duration.ofMinutes(-90));
            HttpResponse<String> yesterday = kit.viewSubmission("UMGRSYD", ChecklistIds.SHARE_VIEW,
                    shareMetadata(kit, CHANNEL), shareState("UPERSON", List.of(), "Run the review", "2026-03-09"));
            JsonNode refusal = JSON.readTree(yesterday.body());
            assertEquals("errors", refusal.path("response_action").asText(), yesterday.body());
            assertEquals("Pick today or a later day.", refusal.path("errors").path(ChecklistIds.DUE_BLOCK).asText());
        }
    }

    @org.junit.jupiter.api.Test
    void shareForm_withSlackSlowToSayTheManagersZone_isAckedAtOnce_andStoredAndPostedOnce() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            var usersInfo = kit.slack().hold("users.info");
            try {
                long started = System.nanoTime();
                HttpResponse<String> ack = kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW,
                        shareMetadata(kit, CHANNEL), shareState("UPERSON", List.of(), "Write the design doc",
                                LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString()));
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertEquals(200, ack.statusCode());
                assertFalse(ack.body().contains("errors"), ack.body());
                assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "acked in " + took);
            } finally {
                usersInfo.countDown();
            }
            kit.slack().await(c -> c.method().equals("chat.postMessage") && CHANNEL.equals(c.param("channel")), 1);
            kit.app().awaitIdle(Duration.ofSeconds(10));
            assertEquals(1, kit.stores().checklists().involving(TEAM, MANAGER).size());
            assertEquals(1, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                    && CHANNEL.equals(c.param("channel"))).size());
        }
    }

    @org.junit.jupiter.api.Test
    void reminder_whosePostTimesOut_isDeliveredUnknown_andNotSentAgain() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(Stores.inMemory(), Map.of(),
                careercoach.slack.DeliveryLimits.DEFAULT.withCallTimeout(Duration.ofSeconds(1)))) {
            Checklist checklist = due(kit, "UPERSONLATE", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
            var slowSlack = kit.slack().hold("chat.postMessage");
            try {
                assertEquals(0, kit.app().sendDueReminders());
                assertEquals(0, kit.app().sendDueReminders());
            } finally {
                slowSlack.countDown();
            }
            assertEquals(0, kit.app().sendDueReminders());

            assertEquals(1, dmsTo(kit, "UPERSONLATE").size(), "a post that may have arrived is not sent again");
            List<AuditEntry> history = kit.stores().checklists().history(checklist.id());
            assertEquals("delivered-unknown: timeout_not_retried", history.get(history.size() - 1).detail());
        }
    }

    @DatabaseTest
    void reminder_isSentAtNineOnTheDueDateInThePersonsZone(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            kit.slack().timeZone("UPERSONLA", "America/Los_Angeles");
            kit.slack().timeZone("UPERSONSYD", "Australia/Sydney");
            Checklist california = due(kit, "UPERSONLA", LocalDate.of(2026, 3, 10));
            due(kit, "UPERSONSYD", LocalDate.of(2026, 3, 10));

            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-09T22:05:00Z")));
            kit.app().sendDueReminders();
            FakeSlackApi.Call sydney = kit.slack().await(c -> c.method().equals("chat.postMessage")
                    && "UPERSONSYD".equals(c.param("channel")), 1).get(0);
            assertTrue(sydney.blocks().toString().contains("is due Mar 10, 2026"), sydney.blocks().toString());

            // Midnight UTC on the due date is 17:00 the day before in California: not yet.
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-10T00:05:00Z")));
            kit.app().sendDueReminders();
            assertTrue(kit.stores().checklists().dueForReminder(LocalDate.of(2026, 3, 11)).contains(california.id()));
            assertTrue(dmsTo(kit, "UPERSONLA").isEmpty());

            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-10T16:05:00Z")));
            kit.app().sendDueReminders();
            kit.slack().await(c -> c.method().equals("chat.postMessage") && "UPERSONLA".equals(c.param("channel")), 1);
            assertEquals(1, dmsTo(kit, "UPERSONSYD").size());
        }
    }

    @DatabaseTest
    void reminder_afterThePersonRanForgetMe_goesToTheManagerOnce(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            Checklist checklist = due(kit, "ULEAVER", LocalDate.of(2026, 3, 5));
            kit.blockAction("ULEAVER", "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");
            kit.slack().await("response_url", 1);

            clock.advance(Duration.ofDays(5));
            kit.app().sendDueReminders();
            kit.app().sendDueReminders();

            FakeSlackApi.Call toManager = kit.slack().await(c -> c.method().equals("chat.postMessage")
                    && MANAGER.equals(c.param("channel")), 1).get(0);
            assertTrue(toManager.blocks().toString().contains("The checklist you shared for a former member"),
                    toManager.blocks().toString());
            assertTrue(dmsTo(kit, "forgotten").isEmpty());
            assertTrue(dmsTo(kit, "ULEAVER").isEmpty());
            assertEquals(1, kit.stores().checklists().history(checklist.id()).stream()
                    .filter(e -> e.action() == AuditAction.REMIND).count());
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(1, dmsTo(kit, MANAGER).size());
        }
    }

    @DatabaseTest
    void reminder_permanentSlackErrorIsGivenUpAndATransientOneRetried(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            ChecklistRepository store = kit.stores().checklists();
            kit.slack().deactivateUser("UDEACTIVATED");
            Checklist gone = due(kit, "UDEACTIVATED", LocalDate.of(2026, 3, 5));
            clock.advance(Duration.ofDays(5));

            kit.app().sendDueReminders();
            kit.app().sendDueReminders();

            assertEquals(1, dmsTo(kit, "UDEACTIVATED").size(), "tried once, not again");
            List<AuditEntry> givenUp = store.history(gone.id()).stream()
                    .filter(e -> e.action() == AuditAction.REMIND_FAILED).toList();
            assertEquals(1, givenUp.size());
            assertEquals("account_inactive", givenUp.get(0).detail());

            Checklist flaky = due(kit, "UFLAKY", LocalDate.of(2026, 3, 6));
            kit.slack().errorNext("chat.postMessage", "internal_error");
            kit.app().sendDueReminders();
            assertTrue(store.dueForReminder(LocalDate.of(2026, 3, 7)).contains(flaky.id()), "claim given back");
            kit.app().sendDueReminders();
            assertEquals(2, dmsTo(kit, "UFLAKY").size());
            assertTrue(store.history(flaky.id()).stream().anyMatch(e -> e.action() == AuditAction.REMIND));
        }
    }

    @DatabaseTest
    void forgetMe_showsTheChannelMessageAndHomesAgainWithoutTheUser(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                    shareState("ULEAVER", List.of("next-steps/interview-preparation"), "", null));
            JsonNode blocks = kit.slack().await("chat.postMessage", 1).get(0).blocks();
            long id = checklistId(blocks);
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            String ts = kit.stores().checklists().find(id).orElseThrow().messageTs().orElseThrow();
            kit.stores().checklists().setTick(id, "1", Optional.of(new careercoach.checklist.ItemTick("ULEAVER",
                    clock.instant())), new AuditEntry(id, "ULEAVER", AuditAction.TICK, "Prepare", clock.instant(),
                    CHANNEL), "ULEAVER:1700000001.000200/1");

            kit.blockAction("ULEAVER", "C1", CoachRenderer.FORGET_CONFIRM_ACTION, "confirm");

            FakeSlackApi.Call update = kit.slack().await(c -> c.method().equals("chat.update")
                    && ts.equals(c.param("ts")), 1).get(0);
            assertFalse(update.allText().contains("ULEAVER"), update.allText());
            assertTrue(update.allText().contains("a former member"), update.allText());
            kit.slack().await(c -> c.method().equals("views.publish") && "ULEAVER".equals(c.param("user_id")), 1);
            kit.slack().await(c -> c.method().equals("views.publish") && MANAGER.equals(c.param("user_id"))
                    && !c.param("view").contains("ULEAVER"), 1);
        }
    }

    @DatabaseTest
    void share_botCannotPostAndTheResponseUrlExpired_managerGetsADmWithPostAgain(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            kit.slack().removeBotFrom("CQUIET");
            // A form left open for more than 30 minutes: Slack no longer takes posts to its response_url.
            kit.slack().failNext("response_url", 404, Map.of(), "expired_url");

            kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, "CQUIET"),
                    shareState("UPERSON", List.of("next-steps/resume-outcomes"), "", null));

            FakeSlackApi.Call dm = kit.slack().await(c -> c.method().equals("chat.postMessage")
                    && MANAGER.equals(c.param("channel")), 1).get(0);
            assertTrue(dm.blocks().toString().contains(ChecklistIds.REPOST), dm.blocks().toString());
            assertTrue(dm.blocks().toString().contains("/invite"), dm.blocks().toString());
            assertEquals(1, kit.slack().calls("response_url").size());
        }
    }

    @DatabaseTest
    void share_longCustomItem_isShownWholeWithinBlockKitLimits(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        String longItem = ("Write the migration runbook for the payments service, with the rollback steps & the "
                + "owner of each one, ").repeat(16).strip() + " END-OF-ITEM";
        assertTrue(longItem.length() > 1500 && longItem.length() <= 2000, String.valueOf(longItem.length()));
        try (SlackTestKit kit = start(db, clock)) {
            kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL),
                    shareState("UPERSON", List.of(), longItem + "\nA short one", null));

            JsonNode blocks = kit.slack().await("chat.postMessage", 1).get(0).blocks();
            String shown = String.join("\n", FakeSlackApi.texts(blocks));
            assertTrue(shown.contains(longItem.replace("&", "&amp;")), shown);
            assertTrue(blocks.size() <= 50);
            FakeSlackApi.texts(blocks).forEach(text -> assertTrue(text.length() <= 3000, text));
            String home = kit.slack().await(c -> c.method().equals("views.publish")
                    && "UPERSON".equals(c.param("user_id")), 1).get(0).param("view");
            assertTrue(home.contains("END-OF-ITEM"), home);
        }
    }

    @DatabaseTest
    void shareForm_stepInTheGuideAndInThePlan_isOfferedAndStoredOnce(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        try (SlackTestKit kit = start(db, clock)) {
            String step = "next-steps/network-with-leaders";
            kit.stores().savedPlans().share(new Plan(TEAM, "UPLANNER", "backend-engineering-lead-microservices",
                    Plan.Source.SKILL_CHECK, clock.instant(), List.of(new Plan.Entry(step, "Network with leaders"),
                    new Plan.Entry("development-suggestions/design-docs-and-reviews", "Write design docs"))),
                    MANAGER, clock.instant());

            kit.command(MANAGER, CHANNEL, "checklist <@UPLANNER>");
            String view = kit.slack().await("views.open", 1).get(0).param("view");
            assertEquals(1, view.split(java.util.regex.Pattern.quote("\"" + step + "\""), -1).length - 1, view);
            assertTrue(view.contains("development-suggestions/design-docs-and-reviews"), view);

            ObjectNode state = shareState("UPLANNER", List.of(step), "", null);
            state.putObject(ChecklistIds.PLAN_BLOCK + "_0").putObject(ChecklistIds.PICK_ACTION)
                    .put("type", "checkboxes").putArray("selected_options").addObject().put("value", step);
            kit.viewSubmission(MANAGER, ChecklistIds.SHARE_VIEW, shareMetadata(kit, CHANNEL), state);
            Checklist stored = kit.stores().checklists().find(checklistId(kit.slack().await("chat.postMessage", 1)
                    .get(0).blocks())).orElseThrow();
            assertEquals(List.of(step), stored.items().stream().map(i -> i.ref()).toList());
        }
    }
}
