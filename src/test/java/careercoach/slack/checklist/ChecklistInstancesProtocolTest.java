package careercoach.slack.checklist;

import careercoach.Stores;
import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.store.Database;
import careercoach.store.DatabaseTest;
import careercoach.store.JdbcChecklistRepository;
import careercoach.store.TestDatabase;
import careercoach.testkit.ShareForm;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instances of the app on one database (H2, and PostgreSQL when reachable): a due checklist's reminder is sent once
 * by one of two instances, and a checklist shared before a restart is ticked after it.
 */
class ChecklistInstancesProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @DatabaseTest
    void reminder_twoInstancesOnOneDatabaseSendOneDm(TestDatabase database) throws Exception {
        JdbcChecklistRepository repository = new JdbcChecklistRepository(database.database().dataSource());
        Checklist due = repository.insert(new NewChecklist(FakeSlackApi.TEAM_ID, Optional.of("CTEAM"), "UPERSON",
                "UMANAGER", Optional.of(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                List.of(NewItem.custom("Write the design doc"), NewItem.custom("Run the review"))),
                new AuditEntry(0, "UMANAGER", AuditAction.SHARE, "", Instant.now(), "CTEAM"));

        CompletableFuture<SlackTestKit> first = CompletableFuture.supplyAsync(() -> start(database.openAnother()));
        CompletableFuture<SlackTestKit> second = CompletableFuture.supplyAsync(() -> start(database.openAnother()));
        SlackTestKit one = first.join();
        SlackTestKit two = second.join();
        try {
            Await.until("a reminder was sent", () -> repository.history(due.id()).stream()
                    .anyMatch(e -> e.action() == AuditAction.REMIND));
        } finally {
            // Closing waits for each instance's reminder run in flight: every DM either sent is recorded now.
            one.close();
            two.close();
        }
        List<FakeSlackApi.Call> dms = new ArrayList<>(one.slack().calls("chat.postMessage"));
        dms.addAll(two.slack().calls("chat.postMessage"));
        assertEquals(1, dms.size(), dms.toString());
        assertEquals("UPERSON", dms.get(0).param("channel"));
        String text = dms.get(0).blocks().toString();
        assertTrue(text.contains("Write the design doc") && text.contains("Run the review"), text);
        assertEquals(1, repository.history(due.id()).stream()
                .filter(e -> e.action() == AuditAction.REMIND).count());
    }

    @DatabaseTest
    void restart_sharedChecklistStillTickableAfterTheServerRestarts(TestDatabase database) throws Exception {
        String posted;
        try (SlackTestKit before = start(database.openAnother())) {
            before.viewSubmission("UMANAGER", ChecklistIds.SHARE_VIEW, ShareForm.shareMetadata(before, "CTEAM"),
                    ShareForm.shareState("UPERSON", List.of(), "Write the design doc\nRun the review", null));
            posted = before.slack().await("chat.postMessage", 1).get(0).param("blocks");
            before.slack().await("chat.getPermalink", 1);
        }
        try (SlackTestKit after = start(database.openAnother())) {
            JsonNode blocks = JSON.readTree(posted);
            String blockId = blocks.get(1).path("block_id").asText();
            ObjectNode payload = JSON.createObjectNode();
            payload.put("type", "block_actions");
            payload.putObject("user").put("id", "UPERSON").put("team_id", FakeSlackApi.TEAM_ID);
            payload.putObject("team").put("id", FakeSlackApi.TEAM_ID);
            payload.put("api_app_id", "A0001");
            payload.putObject("container").put("type", "message").put("channel_id", "CTEAM")
                    .put("message_ts", "1700000000.000100");
            payload.putObject("channel").put("id", "CTEAM");
            payload.putObject("message").put("ts", "1700000000.000100").set("blocks", blocks);
            payload.put("response_url", after.slack().responseUrl("tick"));
            ObjectNode action = payload.putArray("actions").addObject().put("type", "checkboxes")
                    .put("action_id", ChecklistIds.TICK).put("block_id", blockId).put("action_ts", "1700000009.1");
            action.putArray("selected_options").addObject().put("value", "2");

            after.postSigned("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded", Map.of());

            FakeSlackApi.Call update = after.slack().await("chat.update", 1).get(0);
            assertEquals("CTEAM", update.param("channel"));
            assertTrue(update.blocks().toString().contains("1 of 2 done"), update.blocks().toString());
        }
    }

    /** One instance of the app, with its own connection pool on the shared database. */
    private static SlackTestKit start(Database database) {
        Stores memory = Stores.inMemory();
        try {
            return SlackTestKit.start(new Stores(memory.guideChoices(), memory.answerFeedback(),
                    memory.processedEvents(), memory.conversations(), memory.savedPlans(), memory.forgetMe(),
                    new JdbcChecklistRepository(database.dataSource()), memory.questionLog()), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
