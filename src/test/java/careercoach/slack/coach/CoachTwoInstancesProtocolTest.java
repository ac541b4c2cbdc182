package careercoach.slack.coach;

import careercoach.Stores;
import careercoach.coach.Conversation;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.testkit.Buttons;
import careercoach.testkit.Await;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two app instances on one database, as behind a load balancer: clicks of one conversation alternate between them. */
class CoachTwoInstancesProtocolTest {
    private static final String USER = "U1";
    private static final String DM = "D" + USER;

    @DatabaseTest
    void clicks_alternatingBetweenTwoInstances_keepTheConversationConsistent(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            one.command(USER, "C1", "check");
            JsonNode message = dmMessages(one, 1).get(0).blocks();
            String[] ratings = {"NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT", "PRACTISED"};

            for (int i = 0; i < ratings.length; i++) {
                SlackTestKit instance = i % 2 == 0 ? two : one;
                String value = Buttons.value(message, "coach_answer_" + ratings[i]);
                instance.blockAction(USER, DM, "coach_answer_" + ratings[i], value);
                // The same click redelivered to the other instance changes nothing.
                (instance == one ? two : one).blockAction(USER, DM, "coach_answer_" + ratings[i], value);
                List<FakeSlackApi.Call> updates = instance.slack().await("chat.update", i / 2 + 1);
                message = updates.get(updates.size() - 1).blocks();
            }

            assertTrue(message.toString().contains("result"), message.toString());
            String id = Buttons.value(dmMessages(one, 1).get(0).blocks(), "coach_skip").split("\\|")[0];
            Conversation stored = two.stores().conversations().find(id).orElseThrow();
            assertEquals(Conversation.Status.FINISHED, stored.status());
            assertEquals(6, stored.version());
            assertEquals(6, stored.ratings().size());
            // Each instance answered the three duplicates it received with a note, and updated nothing for them.
            assertEquals(3, one.slack().await("chat.postEphemeral", 3).size());
            assertEquals(3, two.slack().await("chat.postEphemeral", 3).size());
            assertEquals(6, one.slack().calls("chat.update").size() + two.slack().calls("chat.update").size());
        }
    }

    @DatabaseTest
    void start_pressedTwiceOnTwoInstances_postsQuestionOneOnce(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            one.blockAction(USER, null, CoachRenderer.START_ACTION, "SKILL_CHECK");
            dmMessages(one, 1);
            two.blockAction(USER, null, CoachRenderer.START_ACTION, "SKILL_CHECK");

            assertEquals(1, dmPostsSettled(one, two), "question 1 is posted once");
            assertEquals(1, two.stores().conversations().open(FakeSlackApi.TEAM_ID, USER).size());
        }
    }

    @DatabaseTest
    void start_pressedTwiceAtOnceOnTwoInstances_keepsOneConversation(TestDatabase db) throws Exception {
        try (SlackTestKit one = SlackTestKit.start(Stores.database(db.database(), Clock.systemUTC()), Map.of());
             SlackTestKit two = SlackTestKit.start(Stores.database(db.openAnother(), Clock.systemUTC()), Map.of())) {
            Thread other = new Thread(() -> {
                try {
                    two.blockAction(USER, null, CoachRenderer.START_ACTION, "SKILL_CHECK");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            one.blockAction(USER, null, CoachRenderer.START_ACTION, "SKILL_CHECK");
            other.join();

            Await.until("a conversation is posted", () -> dmPosts(one) + dmPosts(two) > 0);
            assertEquals(1, dmPostsSettled(one, two), "question 1 is posted once");
            List<Conversation> open = one.stores().conversations().open(FakeSlackApi.TEAM_ID, USER);
            assertEquals(1, open.size(), open.toString());
        }
    }

    private static int dmPosts(SlackTestKit kit) {
        return kit.slack().calls(c -> c.method().equals("chat.postMessage") && DM.equals(c.param("channel"))).size();
    }

    /** The DM posts of both instances, once their executors had time to send a late one. */
    private static int dmPostsSettled(SlackTestKit one, SlackTestKit two) throws InterruptedException {
        Thread.sleep(500);
        return dmPosts(one) + dmPosts(two);
    }

    private static List<FakeSlackApi.Call> dmMessages(SlackTestKit kit, int count) {
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && DM.equals(c.param("channel")), count);
    }

}
