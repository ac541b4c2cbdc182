package careercoach.slack.checklist;

import careercoach.MutableClock;
import careercoach.checklist.Checklist;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager asking in the DM how their team is doing gets their team view summed up (who is behind, who has not
 * started, who is on their way), not an answer from a guide; a manager with no team yet gets how the view fills.
 */
class TeamQuestionProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NOW);

    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(CLOCK);

    private static Checklist share(String person, String manager, Optional<LocalDate> due, String... items) {
        return StoredChecklists.shared(kit.stores().checklists(), TEAM, "CTEAM", person, manager, due,
                NOW.minus(Duration.ofDays(5)), items);
    }

    private static FakeSlackApi.Call ask(String userId, String text) throws Exception {
        int before = kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && ("D" + userId).equals(c.param("channel"))).size();
        assertEquals(200, kit.event(kit.newEventId(), kit.directMessage(userId, text), 0).statusCode());
        return kit.slack().await(c -> c.method().equals("chat.postMessage")
                && ("D" + userId).equals(c.param("channel")), before + 1).get(before);
    }

    @Test
    void howIsMyTeamDoing_isTheTeamViewSummedUp() throws Exception {
        Checklist late = share("ULATE", "UMGR", Optional.of(LocalDate.of(2026, 3, 1)), "Write the design doc",
                "Run the review");
        StoredChecklists.tick(kit.stores().checklists(), late, "1", "ULATE", NOW);
        share("UFRESH", "UMGR", Optional.empty(), "Shadow on-call", "Read the runbook");
        Checklist moving = share("UMOVING", "UMGR", Optional.empty(), "Mentor a new hire", "Lead a retro");
        StoredChecklists.tick(kit.stores().checklists(), moving, "1", "UMOVING", NOW);
        share("UELSE", "UOTHERMGR", Optional.of(LocalDate.of(2026, 3, 1)), "Not this manager's");

        String answer = ask("UMGR", "How is my team doing?").allText();

        assertTrue(answer.contains("3 people · 1 behind · 1 not started"), answer);
        assertTrue(answer.contains("*Behind:* <@ULATE> 1 overdue (1 of 2 done)"), answer);
        assertTrue(answer.contains("*Not started:* <@UFRESH> 0 of 2"), answer);
        assertTrue(answer.contains("*On their way:* <@UMOVING> 1 of 2 done"), answer);
        assertFalse(answer.contains("UELSE"), answer);

        String closePhrasing = ask("UMGR", "hey, any update on my reports?").allText();
        assertTrue(closePhrasing.contains("*Behind:* <@ULATE>"), closePhrasing);
    }

    @Test
    void howIsMyTeamDoing_inTheAssistantView_isAnsweredInItsThread() throws Exception {
        share("UPANEREPORT", "UPANEMGR", Optional.empty(), "Shadow on-call");
        String threadTs = "1729999327.000042";
        ObjectNode started = JSON.createObjectNode().put("type", "assistant_thread_started")
                .put("event_ts", "1715873754.429808");
        ObjectNode thread = started.putObject("assistant_thread").put("user_id", "UPANEMGR")
                .put("channel_id", "DUPANEMGR").put("thread_ts", threadTs);
        thread.putObject("context").put("team_id", TEAM).put("channel_id", "CTEAM");
        assertEquals(200, kit.event(kit.newEventId(), started, 0).statusCode());
        kit.slack().await("assistant.threads.setSuggestedPrompts", 1);
        ObjectNode question = kit.directMessage("UPANEMGR", "how are my reports doing?");
        question.put("thread_ts", threadTs);

        assertEquals(200, kit.event(kit.newEventId(), question, 0).statusCode());

        FakeSlackApi.Call answer = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && threadTs.equals(c.param("thread_ts")) && c.allText().contains("Your team"), 1).get(0);
        assertTrue(answer.allText().contains("*Not started:* <@UPANEREPORT> 0 of 1"), answer.allText());
    }

    @Test
    void howIsMyTeamDoing_withNothingSharedSaysHowTheTeamViewFills() throws Exception {
        String answer = ask("ULONE", "how's my team doing?").allText();

        assertTrue(answer.contains(TeamViewRenderer.EMPTY_TEAM), answer);
    }

    @Test
    void howIsMyTeamDoing_askedInAChannel_isAnsweredPrivatelyWithWhereToAsk_neverInTheChannel() throws Exception {
        share("UPEER", "UCHANMGR", Optional.of(LocalDate.of(2026, 3, 1)), "Overdue item");

        assertEquals(200, kit.event(kit.newEventId(), kit.mention("UCHANMGR", "CTEAM", "how is my team doing?"), 0)
                .statusCode());

        FakeSlackApi.Call note = kit.slack().await(c -> c.method().equals("chat.postEphemeral")
                && "CTEAM".equals(c.param("channel")), 1).get(0);
        assertEquals("UCHANMGR", note.param("user"));
        assertTrue(note.allText().contains("direct message"), note.allText());
        assertFalse(note.allText().contains("UPEER"), note.allText());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertTrue(kit.slack().calls(c -> c.method().equals("chat.postMessage")
                && "CTEAM".equals(c.param("channel"))).isEmpty(), "nothing in the channel, not a guide's answer either");
    }
}
