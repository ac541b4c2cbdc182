package careercoach.slack;

import careercoach.Stores;
import careercoach.coach.Conversation;
import careercoach.testkit.Buttons;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.OutageDatabase;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static careercoach.testkit.OutageDatabase.whenReachable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database out of reach for a while (a networked H2 behind a relay that is cut, then restored): guides are
 * still read and questions answered; changes answer "try again in a moment" and change nothing; once the database
 * is back the bot carries on by itself.
 */
class DatabaseOutageProtocolTest {
    private static final String USER = "U1";
    private static final String DM = "D" + USER;

    @TempDir
    Path dataDir;
    private OutageDatabase database;
    private SlackTestKit kit;

    @BeforeEach
    void start() throws Exception {
        database = new OutageDatabase(dataDir);
        kit = SlackTestKit.start(Stores.database(database.database(), Clock.systemUTC()), Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        kit.close();
        database.close();
    }

    @Test
    void databaseOutOfReach_readsWork_changesSayTryAgainAndLoseNothing_andTheBotRecoversByItself()
            throws Exception {
        kit.command(USER, "C1", "check");
        JsonNode question = kit.slack().await("chat.postMessage", 1).get(0).blocks();
        String answer = Buttons.value(question, "coach_answer_PRACTISED");
        String conversationId = answer.split("\\|")[0];
        kit.resetSlack();

        database.cut();

        HttpResponse<String> skills = kit.command(USER, "C1", "skills");
        assertEquals(200, skills.statusCode());
        assertTrue(skills.body().contains("blocks"), skills.body());
        kit.event(kit.newEventId(), kit.directMessage(USER, "how do I grow as a lead"), 0);
        FakeSlackApi.Call reply = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && DM.equals(c.param("channel")), 1).get(0);
        assertTrue(reply.allText().contains("lead"), reply.allText());

        assertEquals(200, kit.blockAction(USER, DM, "coach_answer_PRACTISED", answer).statusCode());
        String note = kit.slack().await("response_url", 1).get(0).param("text");
        assertTrue(note.contains("try again in a moment"), note);
        HttpResponse<String> progress = kit.command(USER, "C1", "progress");
        assertTrue(progress.body().contains("try again in a moment"), progress.body());

        database.restore();

        Conversation unchanged = whenReachable(() -> kit.stores().conversations().find(conversationId)).orElseThrow();
        assertEquals(0, unchanged.step(), "the click during the outage changed nothing");
        assertEquals(200, kit.blockAction(USER, DM, "coach_answer_PRACTISED", answer).statusCode());
        List<FakeSlackApi.Call> updates = kit.slack().await("chat.update", 1);
        assertTrue(updates.get(0).blocks().toString().contains("2 of 6"), updates.get(0).blocks().toString());
        assertEquals(1, kit.stores().conversations().find(conversationId).orElseThrow().step());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
    }
}
