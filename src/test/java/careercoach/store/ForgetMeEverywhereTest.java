package careercoach.store;

import careercoach.Stores;
import careercoach.assistant.AssistantThread;
import careercoach.search.LastQuestion;
import careercoach.search.ThreadMemory;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationKind;
import careercoach.coach.Plan;
import careercoach.install.InstallationRecord;
import careercoach.workflow.WorkflowRun;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After forget-me, the user's Slack id is nowhere in the store: every column of every table is searched. */
class ForgetMeEverywhereTest {
    private static final String LEAVER = "ULEAVER";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** The user in every place a store keeps them: role, vote, conversation, plans, shares, checklists, ticks. */
    private static void rememberEverywhere(Stores stores) {
        stores.guideChoices().choose("T1", LEAVER, "backend-engineering-lead-microservices");
        stores.answerFeedback().record("T1", LEAVER, "answer-1", "guide", "top-skills", true);
        stores.conversations().insert(new Conversation("conv-1", "T1", LEAVER, ConversationKind.SKILL_CHECK, "guide",
                List.of("skill-gaps/a"), Map.of(), Conversation.Status.ACTIVE, 0, 0, NOW, NOW));
        Plan plan = new Plan("T1", LEAVER, "guide", Plan.Source.SKILL_CHECK, NOW,
                List.of(new Plan.Entry("next-steps/a", "Do a")));
        stores.savedPlans().save(plan);
        stores.savedPlans().share(plan, "UMGR", NOW);
        stores.savedPlans().share(new Plan("T1", "UOTHER", "guide", Plan.Source.SKILL_CHECK, NOW,
                List.of(new Plan.Entry("next-steps/b", "Do b"))), LEAVER, NOW);
        Checklist shared = stores.checklists().insert(new NewChecklist("T1", Optional.of("C1"), LEAVER, "UMGR",
                Optional.empty(), List.of(NewItem.custom("One"), NewItem.custom("Two"))),
                new AuditEntry(0, "UMGR", AuditAction.SHARE, "", NOW, "C1"));
        stores.checklists().setTick(shared.id(), "1", Optional.of(new ItemTick(LEAVER, NOW)),
                new AuditEntry(shared.id(), LEAVER, AuditAction.TICK, "One", NOW, "C1"), LEAVER + ":1700000001.000200/1");
        Checklist managed = stores.checklists().insert(new NewChecklist("T1", Optional.of("C1"), "UOTHER", LEAVER,
                Optional.empty(), List.of(NewItem.custom("Three"))),
                new AuditEntry(0, LEAVER, AuditAction.SHARE, "", NOW, "C1"));
        stores.checklists().setTick(managed.id(), "1", Optional.of(new ItemTick(LEAVER, NOW)),
                new AuditEntry(managed.id(), LEAVER, AuditAction.TICK, "Three", NOW, "C1"), LEAVER + ":1700000002.1/1");
        stores.checklists().insert(new NewChecklist("T1", Optional.empty(), LEAVER, LEAVER, Optional.empty(),
                List.of(NewItem.custom("Mine"))), new AuditEntry(0, LEAVER, AuditAction.CREATE_PRIVATE, "", NOW, "dm"));
        stores.checklists().claimNudge("T1", LEAVER, "UOTHER", NOW.atZone(ZoneOffset.UTC).toLocalDate(),
                new AuditEntry(managed.id(), LEAVER, AuditAction.NUDGE, "", NOW, "app_home"), NOW);
        stores.checklists().claimNudge("T1", "UMGR", LEAVER, NOW.atZone(ZoneOffset.UTC).toLocalDate(),
                new AuditEntry(shared.id(), "UMGR", AuditAction.NUDGE, "", NOW, "app_home"), NOW);
        stores.checklists().setDigest("T1", LEAVER, true);
        stores.checklists().claimDigest("T1", LEAVER, "2026-W09");
        stores.installations().orElseThrow().save(new InstallationRecord("T1", null, "T1", false, "Team", "A1", "UBOT",
                "BBOT", LEAVER, "commands", "v1:k:sealed", null, null, 0, 0, null, NOW, NOW, null, null), NOW);
        stores.workflowRuns().claim(new WorkflowRun("Fx1", "T1", "ask_for_skill_check", LEAVER, "UMGR",
                WorkflowRun.State.WAITING, Optional.empty(), NOW));
        stores.workflowRuns().claim(new WorkflowRun("Fx2", "T1", "share_next_step_checklist", "UOTHER", LEAVER,
                WorkflowRun.State.COMPLETED, Optional.of(NOW), NOW));
        stores.threadMemory().remember(new ThreadMemory.Thread("T1", LEAVER, "D1", null),
                new LastQuestion("backend lead salary", "guide", "salary-and-demand", NOW));
        stores.assistantThreads().orElseThrow().started(new AssistantThread("T1", LEAVER, "D1", "1700000000.000300",
                Optional.of("C1"), false));
    }

    /** "table.column = value" for every cell that contains {@code needle}, read from every table there is. */
    private static List<String> cellsContaining(TestDatabase db, String needle) throws SQLException {
        List<String> tables = db.tables();
        assertTrue(tables.contains("checklist_audit") && tables.contains("saved_plan"), tables.toString());
        return db.cellsContaining(needle);
    }

    @DatabaseTest
    void forgetMe_leavesTheUsersIdInNoTable(TestDatabase db) throws Exception {
        Stores stores = Stores.database(db.database(), Clock.fixed(NOW, ZoneOffset.UTC));
        rememberEverywhere(stores);
        assertFalse(cellsContaining(db, LEAVER).isEmpty(), "the test stores the user somewhere to begin with");

        stores.forgetMe().forget("T1", LEAVER);

        assertEquals(List.of(), cellsContaining(db, LEAVER));
    }

    @Test
    void inMemoryStores_forgetWhatTheDatabaseStoresForget() throws Exception {
        try (Stores memory = Stores.inMemory()) {
            rememberEverywhere(memory);

            Map<String, Integer> deleted = memory.forgetMe().forget("T1", LEAVER);

            assertEquals(Map.ofEntries(Map.entry("role choice", 1), Map.entry("answer votes", 1),
                    Map.entry("other conversations", 1), Map.entry("saved plans", 2), Map.entry("plan shares", 2),
                    Map.entry("private checklists", 1), Map.entry("shared checklists you were removed from", 2),
                    Map.entry("note that you installed the app", 1), Map.entry("workflow step runs", 1),
                    // The step waiting for the leaver keeps its row without them, so that it still ends.
                    Map.entry("unfinished workflow steps you were removed from", 1),
                    Map.entry("remembered questions for follow-ups", 1), Map.entry("assistant threads", 1)), deleted);
            assertTrue(memory.guideChoices().chosenGuide("T1", LEAVER).isEmpty());
        }
    }
}
